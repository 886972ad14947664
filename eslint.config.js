// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for every script,
// Astro's for components and pages. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.staging/',
      'dist.builds/',
      'dist.*/',
      '.dist-*/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/**/site/',
      'test-results/',
      'playwright-report/',
      '.stryker-tmp*/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed bindings are deliberately unused (destructuring to omit a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests match the checker's output literally, columns two spaces apart, and mutate untyped
    // copies of content to break it on purpose.
    files: ['tests/**'],
    rules: { 'no-regex-spaces': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser tests take `test` and `expect` from tests/e2e/test.ts: Playwright's own `test` would
    // let every test's page install the offline copy (tests/e2e/test.ts says why that is off).
    files: ['tests/e2e/**'],
    ignores: ['tests/e2e/test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './test.ts'.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code: the client scripts, the service worker and the scripts inside components.
    files: ['src/client/**', 'src/**/*.astro', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
);

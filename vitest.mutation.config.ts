// The unit tests Stryker runs against each mutant: all of them except those that spawn the build
// or the CLI in a child process, which runs without the mutant and only costs time. Each test file
// stays isolated (Vitest's default): `isolate: false` ran about twice as fast and agreed on the
// mutants compared, but would let one file's module state decide another file's result.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/unit/check-build.test.ts',
        'tests/unit/check-cli.test.ts',
        'tests/unit/check-stamp.test.ts',
        '**/node_modules/**',
      ],
    },
  }),
);

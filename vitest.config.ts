import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The fixture-site build test runs Astro once; give it room on a 2-core machine.
    testTimeout: 120_000,
  },
});

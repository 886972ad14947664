import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The fixture-site build test runs Astro once; give it room on a 2-core machine.
    testTimeout: 120_000,
    // Vitest's default leaves one core to itself: one worker on two cores. Many tests wait on a
    // child process (the checker's CLI, the build, git), so a worker per core finishes sooner.
    maxWorkers: availableParallelism(),
  },
});

// The unit tests Stryker runs against each mutant: all of them except those that spawn the build
// or the CLI in a child process, which runs without the mutant and only costs time. The test
// files share one process (isolate: false): Stryker switches mutants at run time, so reloading
// every module for every file only costs time (about half of it on a busy two-core machine).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: { isolate: false, exclude: ['tests/unit/check-build.test.ts', 'tests/unit/check-cli.test.ts', '**/node_modules/**'] },
  }),
);

// The unit tests Stryker runs against each mutant: all of them except those that spawn the build
// or the CLI in a child process, which runs without the mutant and only costs time. Each test file
// stays isolated (Vitest's default): `isolate: false` ran about twice as fast and agreed on the
// mutants compared, but would let one file's module state decide another file's result.
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * Files that failed last time first (Vitest's own rule: the file that killed the previous mutant
 * likely kills the next), then the quickest first. Stryker stops a mutant's run at its first
 * failing test, and most mutants are killed; Vitest's default runs the longest file first, which
 * is right for filling many workers and wrong for one worker that stops early: a mutant a
 * 50 ms file kills waited for the 24 s file of checker variants before it.
 */
class FailedThenQuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec);
    if (files.some((spec) => !known(spec))) return super.sort(files);
    return [...files].sort((a, b) => {
      const [resultA, resultB] = [known(a)!, known(b)!];
      if (resultA.failed !== resultB.failed) return resultA.failed ? -1 : 1;
      return resultA.duration - resultB.duration;
    });
  }
}

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
      sequence: { sequencer: FailedThenQuickestFirst },
    },
  }),
);

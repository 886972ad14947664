/**
 * The committed mutation results name no path of the machine they were measured on: Stryker writes
 * the folder it ran in and its sandbox's paths into the incremental file, and
 * `scripts/mutation-results.ts` makes them relative.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../stryker.config.mjs';
import { withoutMachinePaths } from '../../scripts/mutation-results.ts';

type Results = { projectRoot: string; files: Record<string, { mutants: { status: string; statusReason?: string }[] }> };

describe('withoutMachinePaths', () => {
  it('makes the project root relative and drops the reasons of killed mutants, keeping those of ignored ones', () => {
    const written = JSON.stringify({
      files: {
        'src/lib/org.ts': {
          mutants: [
            { status: 'Killed', statusReason: 'at file:///srv/handbook/.stryker-tmp/s/x.ts:3 in /tmp/t-1/a.sh' },
            { status: 'Ignored', statusReason: 'equivalent, `split` returns at least one part' },
            { status: 'Survived' },
          ],
        },
      },
      projectRoot: '/srv/handbook',
      schemaVersion: '2',
    });
    expect(JSON.parse(withoutMachinePaths(written))).toEqual({
      files: {
        'src/lib/org.ts': {
          mutants: [
            { status: 'Killed' },
            { status: 'Ignored', statusReason: 'equivalent, `split` returns at least one part' },
            { status: 'Survived' },
          ],
        },
      },
      projectRoot: '.',
      schemaVersion: '2',
    });
  });
});

it.skipIf(!existsSync(config.incrementalFile as string))('the committed results name no path of a machine', () => {
  const results = JSON.parse(readFileSync(config.incrementalFile as string, 'utf8')) as Results;
  expect(results.projectRoot).toBe('.');
  const reasons = Object.values(results.files).flatMap((f) => f.mutants.map((m) => m.statusReason ?? ''));
  expect(reasons.filter((reason) => /(?:^|[\s'"(])\/[a-z]|file:\/\//i.test(reason))).toEqual([]);
});

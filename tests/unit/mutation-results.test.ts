/**
 * The committed mutation results name no path of the machine they were measured on: Stryker writes
 * the folder it ran in and its sandbox's paths into the incremental file, and
 * `scripts/mutation-results.ts` makes them relative. A run over a slice of the code keeps the
 * results the file held for the rest, with the test ids of the new run.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../stryker.config.mjs';
import { tidyResults, withEarlierResults, withoutMachinePaths, type Results } from '../../scripts/mutation-results.ts';

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

describe('withEarlierResults: a run over a slice keeps the results of the other files', () => {
  /** The earlier run: `org.ts` killed by test `0` (x), covered by `0` and `1` (y), in `org.test.ts`. */
  const earlier = (testSource = 'org tests', extra: Results['files'] = {}): Results => ({
    files: {
      'src/lib/org.ts': {
        source: 'org code',
        mutants: [
          { status: 'Killed', killedBy: ['0'], coveredBy: ['0', '1'] },
          { status: 'Survived', coveredBy: ['1'] },
          { status: 'CompileError' },
        ],
      },
      ...extra,
    },
    testFiles: {
      'tests/unit/org.test.ts': {
        source: testSource,
        tests: [
          { id: '0', name: 'x' },
          { id: '1', name: 'y' },
        ],
      },
    },
  });
  /** This run: only `raci.ts`, and the same test file under other ids. */
  const current = (
    testSource = 'org tests',
    tests = [
      { id: '7', name: 'y' },
      { id: '8', name: 'x' },
    ],
  ): Results => ({
    files: { 'src/lib/raci.ts': { source: 'raci code', mutants: [{ status: 'Killed', killedBy: ['7'] }] } },
    testFiles: { 'tests/unit/org.test.ts': { source: testSource, tests } },
  });
  const everyFile = () => true;

  it("adds the other files' mutants, each test id translated into this run's by its file and name", () => {
    expect(withEarlierResults(current(), earlier(), everyFile).files).toEqual({
      'src/lib/raci.ts': current().files['src/lib/raci.ts'],
      'src/lib/org.ts': {
        source: 'org code',
        mutants: [
          { status: 'Killed', killedBy: ['8'], coveredBy: ['8', '7'] },
          { status: 'Survived', coveredBy: ['7'] },
          { status: 'CompileError' },
        ],
      },
    });
  });

  it("keeps this run's result of a file both have, and nothing of a file that no longer exists", () => {
    const gone = { 'src/lib/gone.ts': { source: 'x', mutants: [{ status: 'Survived' }] } };
    const both = earlier('org tests', { ...gone, 'src/lib/raci.ts': { source: 'old', mutants: [] } });
    const merged = withEarlierResults(current(), both, (file) => file !== 'src/lib/gone.ts');
    expect(Object.keys(merged.files).sort()).toEqual(['src/lib/org.ts', 'src/lib/raci.ts']);
    expect(merged.files['src/lib/raci.ts']).toEqual(current().files['src/lib/raci.ts']);
    expect(merged.testFiles).toEqual(current().testFiles);
  });

  it('leaves out a kill made by a test whose file changed since (the next run tests it again), keeping a survivor without that test', () => {
    expect(
      withEarlierResults(current('org tests, edited'), earlier(), everyFile).files['src/lib/org.ts']!.mutants,
    ).toEqual([{ status: 'Survived', coveredBy: [] }, { status: 'CompileError' }]);
  });

  it('leaves out a kill made by a test of a file this run does not have, or whose name is no longer found once', () => {
    const removed: Results = { files: {}, testFiles: {} };
    expect(withEarlierResults(removed, earlier(), everyFile).files['src/lib/org.ts']!.mutants).toHaveLength(2);
    const twice = current('org tests', [
      { id: '7', name: 'x' },
      { id: '8', name: 'x' },
      { id: '9', name: 'y' },
    ]);
    expect(withEarlierResults(twice, earlier(), everyFile).files['src/lib/org.ts']!.mutants).toEqual([
      { status: 'Survived', coveredBy: ['9'] },
      { status: 'CompileError' },
    ]);
  });

  it('leaves out a kill by a test whose name the earlier run had twice', () => {
    const ambiguous = earlier();
    ambiguous.testFiles!['tests/unit/org.test.ts']!.tests.push({ id: '2', name: 'x' });
    expect(withEarlierResults(current(), ambiguous, everyFile).files['src/lib/org.ts']!.mutants).toHaveLength(2);
  });
});

describe('tidyResults', () => {
  it("writes the run's results with the earlier ones of the other files, and no path of the machine", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mutation-results-')), 'incremental.json');
    writeFileSync(
      file,
      JSON.stringify({
        projectRoot: '/srv/handbook',
        files: { 'src/lib/raci.ts': { mutants: [{ status: 'Killed', statusReason: 'in /tmp/x', killedBy: ['0'] }] } },
        testFiles: { 't.test.ts': { source: 's', tests: [{ id: '0', name: 'n' }] } },
      }),
    );
    const before = {
      files: { 'src/lib/org.ts': { mutants: [{ status: 'Killed', killedBy: ['4'] }] } },
      testFiles: { 't.test.ts': { source: 's', tests: [{ id: '4', name: 'n' }] } },
    };
    tidyResults(file, JSON.stringify(before));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      projectRoot: '.',
      files: {
        'src/lib/raci.ts': { mutants: [{ status: 'Killed', killedBy: ['0'] }] },
        'src/lib/org.ts': { mutants: [{ status: 'Killed', killedBy: ['0'] }] },
      },
      testFiles: { 't.test.ts': { source: 's', tests: [{ id: '0', name: 'n' }] } },
    });
  });
});

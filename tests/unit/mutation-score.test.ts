/**
 * `scripts/mutation-score.ts` counts only the files `stryker.config.mjs` mutates, and an area with a
 * file that has no result yet, or whose code changed since its result, is not held, whatever its
 * score: a partial or outdated run must not read as a measured bar.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-mutation-score-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mutant = (id: number, status: string) => ({
  id: String(id),
  mutatorName: 'ConditionalExpression',
  replacement: 'true',
  location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } },
  status,
});
/** The result of file `path` as it is now (or as `source` says it was), its mutants with these statuses. */
const file = (path: string, statuses: string[], source = readFileSync(path, 'utf8')) => ({
  language: 'typescript',
  source,
  mutants: statuses.map((status, i) => mutant(i, status)),
});

type TestFiles = Record<string, { source: string; tests: { id: string; name: string }[] }>;

/** Runs the script on a report of these files (and test files); its output and exit code. */
function score(
  files: Record<string, ReturnType<typeof file>>,
  testFiles?: TestFiles,
): { out: string; status: number | null } {
  const report = join(dir, 'report.json');
  writeFileSync(report, JSON.stringify({ schemaVersion: '2', thresholds: { high: 80, low: 60 }, files, testFiles }));
  const run = spawnSync(process.execPath, ['scripts/mutation-score.ts', report], { encoding: 'utf8' });
  return { out: run.stdout + run.stderr, status: run.status };
}

/** Every file of a folder that the config mutates, all its mutants killed. */
const allKilled = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('-child.ts') && f !== 'types.ts')
      .map((f) => [`${folder}/${f}`, file(`${folder}/${f}`, ['Killed'])]),
  );

it("leaves out a file the config no longer mutates, whose mutants would count against the area's score", () => {
  const { out, status } = score({
    ...allKilled('src/lib/checks'),
    'src/lib/code-blocks/shellcheck-child.ts': file('src/lib/code-blocks/shellcheck-child.ts', [
      'NoCoverage',
      'NoCoverage',
      'NoCoverage',
    ]),
  });
  expect(out).toMatch(/^src\/lib\/checks\s+\d+\s+\d+\s+0\s+0\s+0\s+0\s+100\.0 %\s+85 %$/m);
  expect(out).toContain(
    'Left out: 1 file(s) in the report that the config no longer mutates or that no longer exist (src/lib/code-blocks/shellcheck-child.ts).',
  );
  expect(out).not.toMatch(/^src\/lib \(the rest\).*BELOW/m);
  expect(status).toBe(0);
});

it('holds no bar for an area whose files have not all been run, and names those files', () => {
  const { out, status } = score({ 'src/lib/org.ts': file('src/lib/org.ts', ['Killed', 'Killed']) });
  expect(out).toMatch(/^src\/lib \(the rest\)\s+1\s+2\s+0\s+0\s+0\s+0\s+100\.0 %\s+80 %\s+\d+ file\(s\) not run$/m);
  expect(out).toMatch(/No result yet for \d+ file\(s\) the config mutates:\n(?: {2}src\/.+\n)*\s+src\/lib\/raci\.ts\n/);
  expect(out).not.toMatch(/^\s+src\/lib\/org\.ts$/m);
  expect(status).toBe(1);
});

it('holds no bar for an area with a file whose code changed since its result, and names it', () => {
  const checks = allKilled('src/lib/checks');
  const changed = 'src/lib/checks/duplicate-id.ts';
  const { out, status } = score({ ...checks, [changed]: file(changed, ['Killed'], 'export const before = 1;\n') });
  expect(out).toMatch(/^src\/lib\/checks\s+\d+\s+\d+\s+0\s+0\s+0\s+0\s+100\.0 %\s+85 %\s+1 file\(s\) changed since$/m);
  expect(out).toContain(
    `Changed since their result, or killed only by tests changed since, so not measured: 1 file(s)`,
  );
  expect(out).toMatch(new RegExp(`\\n  ${changed}\\n`));
  expect(status).toBe(1);
  expect(score(checks).status).toBe(0);
});

it('holds no bar for an area with a mutant killed only by a test file changed or removed since', () => {
  const checks = allKilled('src/lib/checks');
  const rule = 'src/lib/checks/duplicate-id.ts';
  const result = file(rule, ['Killed']);
  const killedBy = (tests: string[]) => ({
    ...result,
    mutants: result.mutants.map((m) => ({ ...m, killedBy: tests, coveredBy: tests })),
  });
  const testFile = 'tests/unit/check-duplicate-id.test.ts';
  const asNow = readFileSync(testFile, 'utf8');
  const tests = (source: string) => ({ source, tests: [{ id: '7', name: 'a' }] });
  const other = 'tests/unit/check-links.test.ts';
  const unchanged: TestFiles = {
    [testFile]: tests(asNow),
    [other]: { source: readFileSync(other, 'utf8'), tests: [{ id: '8', name: 'b' }] },
  };

  expect(score({ ...checks, [rule]: killedBy(['7']) }, unchanged).status).toBe(0);
  const edited: TestFiles = { [testFile]: tests(`${asNow}// edited\n`) };
  const removed: TestFiles = { 'tests/unit/removed.test.ts': tests('it("a")') };
  for (const since of [edited, removed]) {
    const { out, status } = score({ ...checks, [rule]: killedBy(['7']) }, since);
    expect(out).toMatch(/^src\/lib\/checks\s.*1 file\(s\) changed since$/m);
    expect(out).toMatch(
      new RegExp(`killed only by tests changed since, so not measured: 1 file\\(s\\).*\\n  ${rule}\\n`),
    );
    expect(out).toContain(`Test files changed or removed since the results: 1 (${Object.keys(since)[0]})`);
    expect(status).toBe(1);
  }
  // Another test that killed it is unchanged: the kill still holds.
  const oneChanged = { ...unchanged, [testFile]: tests(`${asNow}// edited\n`) };
  expect(score({ ...checks, [rule]: killedBy(['7', '8']) }, oneChanged).status).toBe(0);
});

it('leaves out a file that no longer exists', () => {
  const gone = 'src/lib/checks/removed-rule.ts';
  const { out, status } = score({ ...allKilled('src/lib/checks'), [gone]: file(gone, ['Survived'], 'x\n') });
  expect(out).toContain(`that no longer exist (${gone})`);
  expect(status).toBe(0);
});

it('says in one sentence that there are no results yet, rather than a stack trace', () => {
  const missing = join(dir, 'none.json');
  const run = spawnSync(process.execPath, ['scripts/mutation-score.ts', missing], { encoding: 'utf8' });
  expect(run.stderr.trim()).toBe(`no mutation results at ${missing}: run \`npm run mutation\` first`);
  expect(run.status).toBe(2);
});

it('holds the bar when the only files without a result are ones Stryker finds no mutant in, and lists them', () => {
  const rest = allKilled('src/lib');
  const noMutants = ['src/lib/build-time.ts', 'src/lib/calendar/index.ts'];
  for (const path of noMutants) delete rest[path];
  const { out, status } = score(rest);
  expect(out).toMatch(/^src\/lib \(the rest\)\s+\d+\s+\d+\s+0\s+0\s+0\s+0\s+100\.0 %\s+80 %$/m);
  expect(out).toContain(`Nothing to mutate (Stryker finds no mutant in them): 2 file(s): ${noMutants.join(', ')}.`);
  // (the browser modules have no result in this report, and are named as such)
  expect(out).not.toMatch(/No result yet[^]*\n {2}src\/lib\//);
  expect(status).toBe(0);
  // A file with mutants and no result still holds the bar back.
  delete rest['src/lib/org.ts'];
  const withoutOrg = score(rest);
  expect(withoutOrg.out).toMatch(/^src\/lib \(the rest\)\s.*80 %\s+1 file\(s\) not run$/m);
  expect(withoutOrg.out).toMatch(/No result yet for \d+ file\(s\)[^]*\n {2}src\/lib\/org\.ts\n/);
  expect(withoutOrg.status).toBe(1);
});

/**
 * The mutation score per area, read from Stryker's JSON report (mutation-testing-report-schema)
 * with Stryker's own definition: (killed + timeout) / (killed + timeout + survived + no coverage).
 * A mutant no test even runs (no coverage) counts as survived; ignored and invalid mutants are
 * left out. Exits non-zero when an area is below its threshold.
 *
 *   node scripts/mutation-score.ts [report.json …]
 *
 * Several reports (from runs over different files, `stryker run --mutate …`) are read as one;
 * where two name the same file, the later one wins. Each area is followed by its folders.
 *
 * Only the files `stryker.config.mjs` mutates count: the incremental file keeps the results of a
 * file the config has since left out, and they would count for code no longer tested. A file the
 * config mutates with no result yet is named, and its area is not held, whatever its score; so
 * is a file whose code changed since its result (the result is of other code: run Stryker again,
 * and its incremental mode re-tests only what changed), and so is a file with a mutant that only
 * tests changed or removed since killed: the test that killed it is no longer the test that runs.
 * (A survivor whose tests changed may now be killed: that only makes the score read low.)
 * Stryker's report leaves out a file it finds no mutant in (re-exports, a value read at load), so
 * a file with no result is given to Stryker's own instrumenter: one with no mutant has nothing to
 * measure and is only listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { noopLogger } from '@stryker-mutator/util';
import { calculateMetrics } from 'mutation-testing-metrics';
import { minimatch } from 'minimatch';
import config from '../stryker.config.mjs';

/** Each area the issue sets a bar for; a file belongs to the first area whose test matches. */
const AREAS: { name: string; threshold: number; has: (file: string) => boolean }[] = [
  { name: 'src/lib/checks', threshold: 85, has: (f) => f.startsWith('src/lib/checks/') },
  { name: 'src/lib (the rest)', threshold: 80, has: (f) => f.startsWith('src/lib/') },
  { name: 'pure browser modules', threshold: 80, has: () => true },
];

/** The part of Stryker's report read here: each mutated file with its mutants, and the test files. */
type Report = {
  files: Parameters<typeof calculateMetrics>[0];
  testFiles?: Record<string, { source?: string; tests: { id: string }[] }>;
};

/** Whether the config's `mutate` patterns take a file, read as Stryker reads them (minimatch, `!` leaves out). */
const patterns = config.mutate as string[];
const mutated = (file: string) =>
  patterns.some((p) => !p.startsWith('!') && minimatch(file, p)) &&
  !patterns.some((p) => p.startsWith('!') && minimatch(file, p.slice(1)));

const reportFiles = process.argv.length > 2 ? process.argv.slice(2) : [config.incrementalFile as string];
const missingReport = reportFiles.find((file) => !existsSync(file));
if (missingReport) {
  console.error(`no mutation results at ${missingReport}: run \`npm run mutation\` first`);
  process.exit(2);
}
const report: Report = { files: {} };
/** Per report, its test ids that belong to a test file changed or removed since the report. */
const changedTestsOf = new Map<string, Set<string>>();
/** Test files changed or removed since the report that ran them. */
const changedTestFiles = new Set<string>();
for (const reportFile of reportFiles) {
  const read = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const changedTests = new Set<string>();
  for (const [testFile, { source, tests }] of Object.entries(read.testFiles ?? {})) {
    if (source === undefined || (existsSync(testFile) && readFileSync(testFile, 'utf8') === source)) continue;
    changedTestFiles.add(testFile);
    for (const test of tests) changedTests.add(test.id);
  }
  for (const file of Object.keys(read.files)) changedTestsOf.set(file, changedTests);
  Object.assign(report.files, read.files);
}
const leftOut = Object.keys(report.files).filter((file) => !mutated(file) || !existsSync(file));
for (const file of leftOut) delete report.files[file];
/** Whether a mutant was killed only by tests that changed since (a time-out: by tests that ran it). */
const killedOnlyByChangedTests = (file: string, mutant: Report['files'][string]['mutants'][number]) => {
  const changedTests = changedTestsOf.get(file) ?? new Set<string>();
  const killers = mutant.status === 'Timeout' && !mutant.killedBy?.length ? mutant.coveredBy : mutant.killedBy;
  return (
    (mutant.status === 'Killed' || mutant.status === 'Timeout') &&
    !!killers?.length &&
    killers.every((test) => changedTests.has(test))
  );
};
/** Files whose code is no longer the code their result is of, or whose kills rest on changed tests. */
const changed = Object.entries(report.files)
  .filter(
    ([file, result]) =>
      readFileSync(file, 'utf8') !== result.source ||
      result.mutants.some((mutant) => killedOnlyByChangedTests(file, mutant)),
  )
  .map(([file]) => file)
  .sort();
/** Files the config mutates that no report has a result for. */
const withoutResult = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => `src/${file}`)
  .filter((file) => mutated(file) && !(file in report.files))
  .sort();
/** The mutants Stryker's instrumenter makes of those files, all in one pass. */
const { mutants: mutantsWithoutResult } = await new Instrumenter(noopLogger).instrument(
  withoutResult.map((file) => ({ name: file, content: readFileSync(file, 'utf8'), mutate: true })),
  { plugins: null, excludedMutations: [], ignorers: [] },
);
const hasMutants = new Set(mutantsWithoutResult.map((mutant) => mutant.fileName));
const notRun = withoutResult.filter((file) => hasMutants.has(file));
const nothingToMutate = withoutResult.filter((file) => !hasMutants.has(file));

/** The metrics of the files of `report` that `keep` accepts. */
function metricsOf(keep: (file: string) => boolean) {
  const files = Object.fromEntries(Object.entries(report.files).filter(([file]) => keep(file)));
  return { files: Object.keys(files).length, m: calculateMetrics(files).metrics };
}

const areaOf = (file: string) => AREAS.find((a) => a.has(file));
const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/'));

const pct = (n: number) => (Number.isNaN(n) ? '   n/a' : `${n.toFixed(1).padStart(5)} %`);
type Metrics = ReturnType<typeof metricsOf>['m'];
const line = (name: string, files: number, m: Metrics, bar: string) =>
  [
    name.padEnd(26),
    String(files).padStart(5),
    String(m.killed).padStart(7),
    String(m.timeout).padStart(8),
    String(m.survived).padStart(9),
    String(m.noCoverage).padStart(8),
    String(m.ignored).padStart(8),
    pct(m.mutationScore),
    bar,
  ].join('  ');

console.log(`\nMutation score per area and folder (${reportFiles.join(', ')})\n`);
console.log('area / folder               files  killed  timeout  survived  no cov.  ignored   score   bar');
let failed = false;
for (const area of AREAS) {
  const { files, m } = metricsOf((file) => areaOf(file) === area);
  const below = !(m.mutationScore >= area.threshold);
  const missing = notRun.filter((file) => areaOf(file) === area).length;
  const stale = changed.filter((file) => areaOf(file) === area).length;
  failed ||= (below || missing > 0 || stale > 0) && files > 0;
  const verdict =
    files === 0
      ? '  (not in this run)'
      : below
        ? '  BELOW'
        : missing
          ? `  ${missing} file(s) not run`
          : stale
            ? `  ${stale} file(s) changed since`
            : '';
  console.log(line(area.name, files, m, `${area.threshold} %${verdict}`));
  const folders = [
    ...new Set(
      Object.keys(report.files)
        .filter((f) => areaOf(f) === area)
        .map(folderOf),
    ),
  ].sort();
  for (const folder of folders) {
    const row = metricsOf((file) => areaOf(file) === area && folderOf(file) === folder);
    console.log(line(`  ${folder}/`, row.files, row.m, ''));
  }
}
if (notRun.length)
  console.log(`\nNo result yet for ${notRun.length} file(s) the config mutates:\n  ${notRun.join('\n  ')}`);
if (nothingToMutate.length)
  console.log(
    `\nNothing to mutate (Stryker finds no mutant in them): ${nothingToMutate.length} file(s): ${nothingToMutate.join(', ')}.`,
  );
if (changed.length)
  console.log(
    `\nChanged since their result, or killed only by tests changed since, so not measured: ${changed.length} file(s) (\`npm run mutation\` re-tests what changed):\n  ${changed.join('\n  ')}`,
  );
if (changedTestFiles.size)
  console.log(
    `\nTest files changed or removed since the results: ${changedTestFiles.size} (${[...changedTestFiles].sort().join(', ')}).`,
  );
if (leftOut.length)
  console.log(
    `\nLeft out: ${leftOut.length} file(s) in the report that the config no longer mutates or that no longer exist (${leftOut.join(', ')}).`,
  );
process.exitCode = failed ? 1 : 0;

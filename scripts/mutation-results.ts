/**
 * Stryker's incremental file is committed (see "Mutation testing" in the README). Two things are
 * done to it after each run:
 *
 * - Stryker writes into it the folder it ran in (`projectRoot`) and, in the reasons mutants were
 *   killed, the paths of its sandbox and of the tests' temporary folders: names of the machine, not
 *   of the repository. Its next run needs neither (it reuses a result by status and by the tests
 *   that killed or covered the mutant), so they are left out.
 * - Stryker writes only the files the run mutated: a slice (`--mutate`) would drop every other
 *   file's results. The results the file held before the run are kept for the files the run did
 *   not mutate, their test ids translated into the run's.
 *
 *   node scripts/mutation-results.ts [file]      (default: the config's incrementalFile)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import config from '../stryker.config.mjs';

interface Mutant {
  status: string;
  statusReason?: string;
  killedBy?: string[];
  coveredBy?: string[];
}
interface TestFile {
  source?: string;
  tests: { id: string; name: string }[];
}
export interface Results {
  projectRoot?: string;
  files: Record<string, { source?: string; mutants: Mutant[] }>;
  testFiles?: Record<string, TestFile>;
}

/**
 * The text of a results file without the machine in it: the project root made `.`, and the reason
 * a mutant was killed (the failing test's message, which names temporary folders and the sandbox)
 * left out. The reasons kept are those of ignored mutants: the `Stryker disable` comments' words.
 */
export function withoutMachinePaths(text: string): string {
  const results = JSON.parse(text) as Results;
  results.projectRoot = '.';
  for (const file of Object.values(results.files))
    for (const mutant of file.mutants) if (mutant.status !== 'Ignored') delete mutant.statusReason;
  return `${JSON.stringify(results, null, 2)}\n`;
}

/**
 * The ids of `earlier`'s tests in `current`: a test keeps its meaning only when its file's text is
 * the same in both runs and its name is found once in that file. Other tests have none.
 */
function testIdsIn(earlier: Results, current: Results): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [file, before] of Object.entries(earlier.testFiles ?? {})) {
    const now = current.testFiles?.[file];
    if (!now || before.source === undefined || now.source !== before.source) continue;
    const named = (tests: TestFile['tests'], name: string) => tests.filter((t) => t.name === name);
    for (const test of before.tests) {
      const [match, ...more] = named(now.tests, test.name);
      if (match && more.length === 0 && named(before.tests, test.name).length === 1) ids.set(test.id, match.id);
    }
  }
  return ids;
}

/**
 * `current` (a run's results) with `earlier`'s results for the files the run did not mutate and
 * that still `exist`. A kill is kept only when every test that made it is still the same test (its
 * file unchanged): otherwise the mutant is left out, and the next run that mutates the file tests
 * it again. A test that only covered a mutant and changed since is forgotten; a survivor it might
 * now kill then stays a survivor until its file is run again (the score reads low, never high).
 */
export function withEarlierResults(current: Results, earlier: Results, exist: (file: string) => boolean): Results {
  const ids = testIdsIn(earlier, current);
  const files = { ...current.files };
  for (const [file, result] of Object.entries(earlier.files)) {
    if (file in files || !exist(file)) continue;
    const mutants = result.mutants.flatMap((mutant): Mutant[] => {
      const killedBy = mutant.killedBy?.map((id) => ids.get(id));
      if (killedBy?.some((id) => id === undefined)) return [];
      const coveredBy = mutant.coveredBy?.flatMap((id) => ids.get(id) ?? []);
      return [{ ...mutant, ...(killedBy && { killedBy: killedBy as string[] }), ...(coveredBy && { coveredBy }) }];
    });
    files[file] = { ...result, mutants };
  }
  return { ...current, files };
}

/**
 * The results file after a run, as it is committed: with the results of `earlierText` (the file's
 * text before the run, if it had one) for the files the run left alone, and no path of the machine.
 */
export function tidyResults(file: string, earlierText?: string): void {
  if (!existsSync(file)) return;
  let results = JSON.parse(readFileSync(file, 'utf8')) as Results;
  if (earlierText !== undefined) results = withEarlierResults(results, JSON.parse(earlierText) as Results, existsSync);
  writeFileSync(file, withoutMachinePaths(JSON.stringify(results)));
}

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`)
  tidyResults(process.argv[2] ?? (config.incrementalFile as string));

/**
 * Stryker's incremental file is committed (see "Mutation testing" in the README), but Stryker
 * writes into it the folder it ran in (`projectRoot`) and, in the reasons mutants were killed,
 * the paths of its sandbox and of the tests' temporary folders: names of the machine, not of the
 * repository. Its next run needs neither (it reuses a result by status and by the tests that
 * killed or covered the mutant).
 *
 *   node scripts/mutation-results.ts [file]      (default: the config's incrementalFile)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import config from '../stryker.config.mjs';

interface Results {
  projectRoot?: string;
  files: Record<string, { mutants: { status: string; statusReason?: string }[] }>;
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

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const file = process.argv[2] ?? (config.incrementalFile as string);
  if (existsSync(file)) writeFileSync(file, withoutMachinePaths(readFileSync(file, 'utf8')));
}

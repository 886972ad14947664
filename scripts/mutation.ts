/**
 * `npm run mutation [-- <stryker options>]`: Stryker over the code `stryker.config.mjs` names (or
 * a slice of it: `npm run mutation -- --mutate 'src/lib/checks/**\/*.ts'`), then the score per
 * area and per folder of everything the incremental file holds, and the time the run took. The
 * incremental file is made free of the machine's paths first (`mutation-results.ts`).
 * Exit codes: Stryker's when it failed, else 1 when an area is below its bar, else 0.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const packageJson = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json');
const stryker = join(dirname(packageJson), 'bin', 'stryker.js');
const started = Date.now();
const run = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nStryker took ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
// Also after a run stopped part-way: Stryker saves what it decided, and that is committed too.
spawnSync(process.execPath, [new URL('mutation-results.ts', import.meta.url).pathname], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 2);

const score = spawnSync(process.execPath, [new URL('mutation-score.ts', import.meta.url).pathname], {
  stdio: 'inherit',
});
process.exit(score.status ?? 2);

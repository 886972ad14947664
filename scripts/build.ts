/**
 * `npm run build`: check the content, build into a fresh staging folder, fill the binders with the
 * pages they hold, index it with Pagefind, check its internal links, and only then publish it as dist/ with one rename
 * (scripts/publish.ts). Any failure leaves the last good dist/ untouched. With HANDBOOK_PDF=1 it
 * also prints the binders into the staged site (`downloads/*.pdf`, linked from the binder pages)
 * before the links are checked, so the published site carries its PDFs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildAndPublish, BuildStepError } from './publish.ts';
import { binderPdfsPublished } from '../src/lib/binder-contents.ts';
import { CHECKED_STAMP_ENV } from '../src/lib/content/fingerprint.ts';

const finalDir = resolve(process.env.HANDBOOK_DIST_DIR ?? 'dist');

/**
 * Astro holds every MDX body's compiled module while it bundles them: with 5,000 entries added to
 * the content, Node's default heap limit (about 4 GB) ran out there. Half the machine's memory,
 * unless NODE_OPTIONS sets a limit of its own.
 */
const astroHeap = /--max-old-space-size\b/.test(process.env.NODE_OPTIONS ?? '')
  ? []
  : [`--max-old-space-size=${Math.floor(totalmem() / 2 / 2 ** 20)}`];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new BuildStepError(label, result.status ?? 1);
}

try {
  const published = buildAndPublish(finalDir, (stagingDir) => {
    // The check records what it checked; Astro then loads that content without checking it again.
    const stamp = join(tmpdir(), `handbook-checked-${basename(stagingDir)}`);
    try {
      run('content check', process.execPath, ['scripts/check.ts', '--stamp', stamp]);
      run('astro build', process.execPath, [...astroHeap, 'node_modules/astro/bin/astro.mjs', 'build'], {
        HANDBOOK_OUT_DIR: stagingDir,
        [CHECKED_STAMP_ENV]: stamp,
      });
    } finally {
      rmSync(stamp, { force: true });
    }
    run('binders', process.execPath, ['scripts/binders.ts', stagingDir]);
    run('pagefind index', process.execPath, ['scripts/search-index.ts', stagingDir]);
    if (binderPdfsPublished())
      run('binder PDFs', process.execPath, ['scripts/pdf.ts'], { HANDBOOK_DIST_DIR: stagingDir });
    run('service worker', process.execPath, ['scripts/service-worker.ts', stagingDir]);
    run('security headers', process.execPath, ['scripts/headers.ts', stagingDir]);
    if (existsSync('scripts/check-links.ts'))
      run('internal links', process.execPath, ['scripts/check-links.ts', stagingDir]);
  });
  console.log(`\n✔ built ${finalDir} → ${published}`);
} catch (error) {
  if (!(error instanceof BuildStepError)) throw error;
  console.error(
    `\n✖ ${error.step} failed; ${existsSync(finalDir) ? 'the previous dist/ is left as it was' : 'no dist/ was written'}.`,
  );
  process.exit(error.status);
}

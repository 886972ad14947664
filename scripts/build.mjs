/**
 * `npm run build`: check the content, build into a fresh folder, index it with
 * Pagefind, check its internal links, and only then swap it in as dist/. Any failure
 * leaves the last good dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const finalDir = resolve(process.env.HANDBOOK_DIST_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed; ${existsSync(finalDir) ? 'the previous dist/ is left as it was' : 'no dist/ was written'}.`);
    rmSync(stagingDir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

rmSync(stagingDir, { recursive: true, force: true });
run('content check', process.execPath, ['scripts/check.ts']);
run('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { HANDBOOK_OUT_DIR: stagingDir });
run('pagefind index', process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', stagingDir]);
run('chinese search index', process.execPath, ['scripts/search-zh.ts', stagingDir]);
run('service worker', process.execPath, ['scripts/service-worker.ts', stagingDir]);
if (existsSync('scripts/check-links.ts')) run('internal links', process.execPath, ['scripts/check-links.ts', stagingDir]);

rmSync(finalDir, { recursive: true, force: true });
renameSync(stagingDir, finalDir);
console.log(`\n✔ built ${finalDir}`);

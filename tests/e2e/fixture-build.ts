/**
 * Builds a fixture site with `scripts/build.ts`, one build at a time per project: Astro writes its
 * generated modules and prerender chunks into the project's own `.astro/` folder whatever the output
 * and cache folders, so two builds running in parallel test workers would overwrite each other's.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join('node_modules', '.cache', 'handbook-fixture-build.lock');
const WAIT_MS = 20 * 60_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function acquire(): void {
  const deadline = Date.now() + WAIT_MS;
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // the holder has made the folder but not yet written its pid
      }
      // a lock left by a test run that was killed mid-build
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`waited ${WAIT_MS / 60_000} minutes for another fixture build (${LOCK})`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
}

/** `node scripts/build.ts` with `env` added, after any other fixture build of this project has finished. */
export function buildFixtureSite(env: Record<string, string>): SpawnSyncReturns<string> {
  acquire();
  try {
    return spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

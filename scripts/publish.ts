/**
 * Atomic publishing of a build. `dist` is a symbolic link to one complete build in
 * `dist.builds/<id>/`; a new build is written to a staging folder of its own, renamed to its
 * id when every step has passed, and published by renaming a fresh link over `dist`, which
 * is one `rename(2)`: a reader (nginx, a preview server, a copy) sees the old build or the
 * new one, never a missing or half-written `dist/`. Two builds at once get two staging
 * folders; a build that fails, or a swap that is cut off, leaves the previous build published.
 *
 *   dist -> dist.builds/20261129T194500Z-a1b2c3
 *   dist.builds/20261129T194500Z-a1b2c3/   the published build
 *   dist.builds/20261128T101010Z-d4e5f6/   kept for a rollback (`KEEP_BUILDS`)
 *   dist.builds/.staging-…/                a build in progress
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Published builds kept besides the current one, to roll back by pointing `dist` at one of them. */
export const KEEP_BUILDS = 3;

/** A staging folder older than this belongs to a build that died; younger ones may be a build running now. */
export const STALE_STAGING_MS = 6 * 60 * 60 * 1000;

const STAGING_PREFIX = '.staging-';
const SWAP_INFIX = '.swap-';

export const buildsDir = (dist: string): string => `${resolve(dist)}.builds`;

/** A new, empty staging folder that no other build uses (mkdtemp). */
export function stage(dist: string): string {
  const builds = buildsDir(dist);
  mkdirSync(builds, { recursive: true });
  const staging = mkdtempSync(join(builds, STAGING_PREFIX));
  // mkdtemp makes it 0700: the web server's user must be able to read the published build
  chmodSync(staging, 0o755);
  return staging;
}

/** Removes a staging folder after a failed build. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** The build `dist` points at now, or undefined when `dist` is missing or a plain folder. */
export function currentBuild(dist: string): string | undefined {
  const path = resolve(dist);
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return resolve(dirname(path), readlinkSync(path));
}

const buildId = (now: Date): string =>
  `${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${Math.random().toString(36).slice(2, 8)}`;

export interface PublishOptions {
  keep?: number;
  now?: Date;
  /** Called after the new link is made and before it replaces `dist`: a test cuts the swap off here. */
  beforeSwap?: () => void;
}

/**
 * Publishes a finished staging folder as `dist` with one rename, then prunes old builds.
 * Returns the folder now published.
 */
export function publish(dist: string, staging: string, options: PublishOptions = {}): string {
  const path = resolve(dist);
  const builds = buildsDir(path);
  const id = buildId(options.now ?? new Date());
  const target = join(builds, id);
  renameSync(staging, target);
  // a relative link, so the whole tree can be moved or mounted elsewhere
  const link = `${path}${SWAP_INFIX}${id}`;
  symlinkSync(join(basename(builds), id), link);
  try {
    options.beforeSwap?.();
    if (existsSync(path) && !lstatSync(path).isSymbolicLink()) {
      // a plain dist/ from before atomic publishing: kept as a build, once (rename cannot put a link over a folder)
      renameSync(path, join(builds, `${buildId(new Date(0))}-legacy`));
    }
    renameSync(link, path);
  } catch (error) {
    rmSync(link, { force: true });
    throw error;
  }
  prune(path, options.keep ?? KEEP_BUILDS);
  return target;
}

/**
 * Removes all but the newest `keep` published builds (never the current one), staging
 * folders of builds that died long ago, and swap links left by a cut-off publish.
 */
export function prune(dist: string, keep = KEEP_BUILDS, now = Date.now()): void {
  const path = resolve(dist);
  const builds = buildsDir(path);
  const current = currentBuild(path);
  const names = existsSync(builds) ? readdirSync(builds).sort() : [];
  const published = names.filter((n) => !n.startsWith('.') && join(builds, n) !== current);
  for (const name of published.slice(0, Math.max(0, published.length - keep)))
    rmSync(join(builds, name), { recursive: true, force: true });
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
    const staging = join(builds, name);
    if (now - statSync(staging).mtimeMs > STALE_STAGING_MS) rmSync(staging, { recursive: true, force: true });
  }
  const parent = dirname(path);
  for (const name of readdirSync(parent).filter((n) => n.startsWith(`${basename(path)}${SWAP_INFIX}`))) {
    const link = join(parent, name);
    if (now - lstatSync(link).mtimeMs > 60_000) rmSync(link, { force: true });
  }
}

/** A step of the build failed: its label and exit status. */
export class BuildStepError extends Error {
  readonly step: string;
  readonly status: number;
  constructor(step: string, status: number) {
    super(`${step} failed`);
    this.step = step;
    this.status = status;
  }
}

/**
 * Runs `build` into a fresh staging folder and publishes it; on any error the staging folder
 * is removed and `dist` is left as it was.
 */
export function buildAndPublish(dist: string, build: (staging: string) => void, options: PublishOptions = {}): string {
  const staging = stage(dist);
  try {
    build(staging);
  } catch (error) {
    discard(staging);
    throw error;
  }
  return publish(dist, staging, options);
}

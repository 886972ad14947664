/**
 * Which handbook a build is, for the stamp on printed binders: `HANDBOOK_VERSION` when the publisher
 * sets one, else `git describe` of the checkout against the release tags (`handbook-2026.12`,
 * `handbook-2026.12-3-g1a2b3c4` three commits later, a bare commit id before the first release,
 * `-dirty` with uncommitted edits), else empty (no git): the stamp then leaves the version out.
 */
import { execFileSync } from 'node:child_process';

function buildVersion(env: Record<string, string | undefined> = process.env): string {
  if (env.HANDBOOK_VERSION) return env.HANDBOOK_VERSION;
  try {
    return execFileSync('git', ['describe', '--tags', '--match', 'handbook-*', '--always', '--dirty'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** This build's version: one value for every page of the build. */
export const BUILD_VERSION = buildVersion();

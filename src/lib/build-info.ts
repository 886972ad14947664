/**
 * What a printed page says about the build it came from: the version (`HANDBOOK_VERSION` when the
 * publisher sets one, else the nearest release tag with the commits since, from `git describe`, or the
 * package version where there is no history), the
 * build day in the department's time zone, and the page's published address (its path alone when
 * the build was not told where the site is published: a placeholder host would mislead a reader).
 */
import { readFileSync } from 'node:fs';
import { simpleGit } from 'simple-git';
import { BUILT_AT } from './build-time.ts';
import { todayIn } from './today.ts';

export interface BuildInfo {
  version: string;
  /** The build day, YYYY-MM-DD. */
  built: string;
}

const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** `handbook-2026.12-3-gab12cd3` (three commits after the release), `ab12cd3` (no release yet), or the package version. */
export async function describeVersion(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  if (env.HANDBOOK_VERSION) return env.HANDBOOK_VERSION;
  try {
    const described = await simpleGit({ baseDir: dir }).raw([
      'describe',
      '--tags',
      '--match',
      'handbook-*',
      '--always',
      '--abbrev=7',
    ]);
    return described.trim() || packageVersion();
  } catch {
    return packageVersion();
  }
}

let cached: Promise<BuildInfo> | undefined;

/** The build's version and day, read once per build. */
export function buildInfo(): Promise<BuildInfo> {
  cached ??= describeVersion(process.cwd()).then((version) => ({
    version,
    built: todayIn(undefined, new Date(BUILT_AT)),
  }));
  return cached;
}

/**
 * The address to print for a page: absolute under the published site (`HANDBOOK_SITE_URL`), or the
 * path alone when the build has none.
 */
export function printedAddress(pathname: string, site: string | undefined = process.env.HANDBOOK_SITE_URL): string {
  return site ? new URL(pathname, site).href : pathname;
}

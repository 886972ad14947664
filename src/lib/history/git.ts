/**
 * The repository behind the content folder, read through the system git (via simple-git). Every
 * function answers "unavailable" instead of throwing when there is no git, no repository or only a
 * shallow clone, so a build from a tarball still succeeds and says so.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

/** Why the history cannot be read: the page says "history unavailable" and the git checks skip. */
export type UnavailableReason = 'no-repository' | 'shallow' | 'no-commits';
export interface Unavailable {
  available: false;
  reason: UnavailableReason;
}

export interface Repo {
  available: true;
  /** simple-git, run at the top of the work tree. */
  git: SimpleGit;
  /** The content folder relative to the top of the work tree, with a trailing `/` ('' at the top). */
  prefix: string;
}

/** The repository holding `contentDir`, if it is one with full history. */
export async function openRepo(contentDir: string): Promise<Repo | Unavailable> {
  let top: string;
  let prefix: string;
  try {
    const here = simpleGit({ baseDir: contentDir });
    [top, prefix] = (await here.raw(['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n') as [string, string];
    if ((await here.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true')
      return { available: false, reason: 'shallow' };
    await here.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    return {
      available: false,
      reason: /HEAD|unknown revision|Needed a single revision/i.test(message) ? 'no-commits' : 'no-repository',
    };
  }
  return {
    available: true,
    git: simpleGit({ baseDir: top, maxConcurrentProcesses: 4, config: ['core.quotePath=false'] }),
    prefix: prefix.trim(),
  };
}

/** A commit, as much of it as a reader needs. */
export interface CommitInfo {
  commit: string;
  /** Author date, YYYY-MM-DD: when the edit was made (a rebase keeps it). */
  date: string;
  subject: string;
}

/** The full commit id of `rev`, or undefined when it names no commit. */
export async function resolveCommit(repo: Repo, rev: string): Promise<CommitInfo | undefined> {
  try {
    const out = await repo.git.raw(['log', '-1', '--no-color', '--format=%H%x1f%as%x1f%s', `${rev}^{commit}`, '--']);
    const [commit, date, subject] = out.trim().split('\x1f') as [string, string, string];
    return { commit, date, subject };
    // Stryker disable next-line BlockStatement: an empty catch ends the function with undefined as well
  } catch {
    return undefined;
  }
}

/**
 * Every content file of `rev` written into a fresh temporary folder laid out like the content
 * folder, so the ordinary loader reads it. The caller removes the folder (`dispose`).
 */
export async function checkoutContent(repo: Repo, rev: string): Promise<{ dir: string; dispose: () => void }> {
  const listing = await repo.git.raw([
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    rev,
    '--',
    ...(repo.prefix ? [repo.prefix] : []),
  ]);
  const paths = listing.split('\0').filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'handbook-rev-'));
  try {
    const texts = await Promise.all(paths.map((path) => repo.git.show([`${rev}:${path}`])));
    paths.forEach((path, i) => {
      const target = join(dir, path.slice(repo.prefix.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, texts[i]!);
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One walk over the history of the content folder: every commit that touched it, newest first,
 * each with the full text of every file it changed after the change (`null` when it deleted the
 * file) and the renames git detected. A unified diff with unbounded context carries the whole file,
 * so one `git log` gives every version of every file without one process per file.
 */
export interface FileChange {
  path: string;
  /** The path before a rename. */
  from?: string;
  /** The text after the commit; null when deleted; undefined when git showed no text (a pure rename, a binary file). */
  text?: string | null;
}
export interface HistoryCommit extends CommitInfo {
  files: FileChange[];
}

export async function logContent(repo: Repo): Promise<HistoryCommit[]> {
  const out = await repo.git.raw([
    'log',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    '-p',
    '--unified=100000000',
    '--format=%x1e%H%x1f%as%x1f%s',
    ...(repo.prefix ? [`--relative=${repo.prefix}`] : []),
    '--',
    repo.prefix || '.',
  ]);
  return out
    .split('\x1e')
    .filter(Boolean)
    .map((chunk) => {
      const newline = chunk.indexOf('\n');
      const [commit, date, subject] = chunk.slice(0, newline === -1 ? undefined : newline).split('\x1f') as [
        string,
        string,
        string,
      ];
      // Stryker disable next-line StringLiteral: git ends every commit's header line with a newline, so a chunk always has one
      const patch = newline === -1 ? '' : chunk.slice(newline + 1);
      return { commit, date, subject, files: parsePatch(patch) };
    });
}

/** The files of one commit's patch (with full context) and their text after the commit. */
export function parsePatch(patch: string): FileChange[] {
  return patch
    .split(/^diff --git /m)
    .slice(1)
    .map((block) => {
      const lines = block.split('\n');
      let path = '';
      let from: string | undefined;
      let deleted = false;
      let hunk = -1;
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (line.startsWith('@@')) {
          hunk = i;
          break;
        }
        if (line.startsWith('rename from ')) from = line.slice('rename from '.length);
        else if (line.startsWith('rename to ')) path = line.slice('rename to '.length);
        else if (line.startsWith('deleted file mode')) deleted = true;
        else if (line.startsWith('+++ ') && line !== '+++ /dev/null') path = line.slice('+++ b/'.length);
        else if (line.startsWith('--- ') && line !== '--- /dev/null' && !path) path = line.slice('--- a/'.length);
      }
      // `diff --git a/x b/x` names the file when nothing else does (a pure rename lists it in `rename to`)
      if (!path) path = / b\/(.*)$/.exec(lines[0]!)?.[1] ?? lines[0]!;
      // (git reports a file deleted or renamed, never both)
      if (deleted) return { path, text: null };
      if (hunk === -1) return { path, ...(from ? { from } : {}) };
      const kept: string[] = [];
      let last = '';
      let noNewline = false;
      for (const line of lines.slice(hunk + 1)) {
        // "\ No newline at end of file" speaks of the line before it: the new text when that line was kept
        if (line.startsWith('\\')) noNewline ||= last === '+' || last === ' ';
        else if (line.startsWith('+') || line.startsWith(' ')) kept.push(line.slice(1));
        last = line[0] ?? '';
      }
      return { path, ...(from ? { from } : {}), text: kept.join('\n') + (noNewline ? '' : '\n') };
    });
}

/** A handbook release: a tag `handbook-YYYY.MM`, or `handbook-YYYY.MM.N` for a second one in a month. */
export const RELEASE_TAG = /^handbook-(\d{4})\.(0[1-9]|1[0-2])(?:\.([1-9]\d*))?$/;

export interface Release extends CommitInfo {
  tag: string;
}

const releaseOrder = (tag: string): number[] => {
  const m = RELEASE_TAG.exec(tag)!;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
};

/** Every release tag, oldest first (by the name, which is the release's month). */
export async function listReleases(repo: Repo): Promise<Release[]> {
  const out = await repo.git.raw(['for-each-ref', '--format=%(refname:short)', 'refs/tags/handbook-*']);
  const tags = out.split('\n').filter((t) => RELEASE_TAG.test(t));
  tags.sort((a, b) => {
    const [x, y] = [releaseOrder(a), releaseOrder(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  const releases: Release[] = [];
  for (const tag of tags) {
    const info = await resolveCommit(repo, `refs/tags/${tag}`);
    if (info) releases.push({ tag, ...info });
  }
  return releases;
}

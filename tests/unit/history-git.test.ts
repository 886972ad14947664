/**
 * The repository behind the content folder, read through git: a content folder at the top of its
 * repository, a checkout that fails halfway, release tags with a third number, and the patch lines
 * that name a file or end it without a newline.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkoutContent,
  listReleases,
  logContent,
  openRepo,
  parsePatch,
  type Repo,
} from '../../src/lib/history/git.ts';
import { TestRepo } from '../fixtures/history/repo.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newRepo(): TestRepo {
  const repo = new TestRepo();
  cleanup.push(repo.root);
  return repo;
}

async function opened(dir: string): Promise<Repo> {
  const repo = await openRepo(dir);
  if (!repo.available) throw new Error(`no repository: ${repo.reason}`);
  return repo;
}

describe('a content folder at the top of its repository', () => {
  it('has no prefix, and its history lists every commit with the paths from the top', async () => {
    const r = newRepo();
    const first = r.commit('2026-11-01', 'start');
    r.edit('roles/ceo.yaml', (t) => t.replace('summary: CEO.', 'summary: Chief executive.'));
    const second = r.commit('2026-11-02', 'Reword the CEO');
    const repo = await opened(r.root);
    expect(repo.prefix).toBe('');
    const log = await logContent(repo);
    expect(log.map((c) => [c.commit, c.date, c.subject])).toEqual([
      [second, '2026-11-02', 'Reword the CEO'],
      [first, '2026-11-01', 'start'],
    ]);
    expect(log[0]!.files).toEqual([
      { path: 'src/content/roles/ceo.yaml', text: readFileSync(join(r.content, 'roles/ceo.yaml'), 'utf8') },
    ]);
  });

  it('checks out every file of a revision under its path from the top', async () => {
    const r = newRepo();
    const first = r.commit('2026-11-01', 'start');
    const repo = await opened(r.root);
    const { dir, dispose } = await checkoutContent(repo, first);
    try {
      expect(readFileSync(join(dir, 'src/content/roles/ceo.yaml'), 'utf8')).toBe(
        readFileSync(join(r.content, 'roles/ceo.yaml'), 'utf8'),
      );
      expect(readdirSync(join(dir, 'src/content/roles')).sort()).toEqual(readdirSync(join(r.content, 'roles')).sort());
    } finally {
      dispose();
    }
  });
});

describe('a checkout that fails on a file', () => {
  it('fails with git’s error and leaves no folder behind', async () => {
    const r = newRepo();
    r.commit('2026-11-01', 'start');
    // a submodule entry whose commit the repository does not hold: listed by ls-tree, refused by show
    r.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},src/content/roles/sub`);
    r.git('commit', '-q', '-m', 'Add a broken submodule');
    const rev = r.git('rev-parse', 'HEAD').trim();
    const repo = await opened(r.content);
    const temp = mkdtempSync(join(tmpdir(), 'checkout-failure-'));
    cleanup.push(temp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      await expect(checkoutContent(repo, rev)).rejects.toThrow(
        /1111111111111111111111111111111111111111|bad object|sub/,
      );
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });
});

describe('the releases', () => {
  it('are in the order of their months, then of their third number, read as a number', async () => {
    const r = newRepo();
    r.commit('2026-11-01', 'start');
    for (const tag of ['handbook-2026.12', 'handbook-2026.11.10', 'handbook-2026.11.9', 'handbook-2026.11']) r.tag(tag);
    const releases = await listReleases(await opened(r.content));
    expect(releases.map((x) => x.tag)).toEqual([
      'handbook-2026.11',
      'handbook-2026.11.9',
      'handbook-2026.11.10',
      'handbook-2026.12',
    ]);
  });
});

describe('a patch', () => {
  it('names a binary file by the path on its diff line', () => {
    const patch = [
      'diff --git a/roles/logo.png b/roles/logo.png',
      'new file mode 100644',
      'index 0000000..1111111',
      'Binary files /dev/null and b/roles/logo.png differ',
      '',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([{ path: 'roles/logo.png' }]);
  });

  it('gives a pure rename its old and new path and no text', () => {
    const patch = [
      'diff --git a/roles/a.yaml b/roles/b.yaml',
      'similarity index 100%',
      'rename from roles/a.yaml',
      'rename to roles/b.yaml',
      '',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([{ path: 'roles/b.yaml', from: 'roles/a.yaml' }]);
  });

  it('ends the text without a newline when its last line, kept unchanged, has none', () => {
    const patch = [
      'diff --git a/roles/a.yaml b/roles/a.yaml',
      'index 1..2 100644',
      '--- a/roles/a.yaml',
      '+++ b/roles/a.yaml',
      '@@ -1,2 +1,2 @@',
      '-one',
      '+uno',
      ' two',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([{ path: 'roles/a.yaml', text: 'uno\ntwo' }]);
  });

  it('ends the text with a newline when only the removed last line had none', () => {
    const patch = [
      'diff --git a/roles/a.yaml b/roles/a.yaml',
      'index 1..2 100644',
      '--- a/roles/a.yaml',
      '+++ b/roles/a.yaml',
      '@@ -1,2 +1,2 @@',
      ' one',
      '-two',
      '\\ No newline at end of file',
      '+three',
      '',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([{ path: 'roles/a.yaml', text: 'one\nthree\n' }]);
  });
});

/**
 * The history of every entry from git: which paths are entries, and, per commit, the version and
 * whether the commit changed what the file says or only how it is written. Each test tells a short
 * story in a fresh repository.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryKeyOfPath, readContentHistory, type Revision } from '../../src/lib/history/entries.ts';
import type { EntryKey } from '../../src/lib/model.ts';
import { TestRepo } from '../fixtures/history/repo.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh repository with the fixture content committed as `start` on 2026-11-01. */
function story(): { repo: TestRepo; start: string } {
  const repo = new TestRepo();
  cleanup.push(repo.root);
  return { repo, start: repo.commit('2026-11-01', 'start') };
}

async function revisionsOf(repo: TestRepo, key: string): Promise<Revision[]> {
  const history = await readContentHistory(repo.content);
  if (!history.available) throw new Error(`no history: ${history.reason}`);
  return history.entries.get(key as EntryKey) ?? [];
}

/** A commit as a revision: its id, date and subject, then what the history says of it. */
const revision = (commit: string, date: string, subject: string, rest: Partial<Revision>): Revision => ({
  commit,
  date,
  subject,
  formatOnly: false,
  ...rest,
});

describe('the entry a content path holds', () => {
  it('is the collection and the id for a content file', () => {
    expect(entryKeyOfPath('roles/ceo.yaml')).toBe('roles:ceo');
    expect(entryKeyOfPath('runbooks/rollback.mdx')).toBe('runbooks:rollback');
  });

  it('is none for a translation, a file of no collection, or a collection folder itself', () => {
    expect(entryKeyOfPath('runbooks/zh-cn/rollback.mdx')).toBeUndefined();
    expect(entryKeyOfPath('roles/zh-cn/ceo.yaml')).toBeUndefined();
    expect(entryKeyOfPath('notes/ceo.yaml')).toBeUndefined();
    expect(entryKeyOfPath('roles')).toBeUndefined();
    expect(entryKeyOfPath('roles/ceo.txt')).toBeUndefined();
  });
});

describe('the revisions of an entry', () => {
  it('are oldest first, each with the version the file had in it', async () => {
    const { repo, start } = story();
    repo.edit('roles/ceo.yaml', (t) =>
      t.replace('summary: CEO.', 'summary: Chief executive.').replace('"1.0"', '"1.1"'),
    );
    const second = repo.commit('2026-11-02', 'Reword the CEO');
    expect(await revisionsOf(repo, 'roles:ceo')).toEqual([
      revision(start, '2026-11-01', 'start', { version: '1.0' }),
      revision(second, '2026-11-02', 'Reword the CEO', { version: '1.1' }),
    ]);
  });

  it('read a version written as a number as its text, and none when the file states none', async () => {
    const { repo, start } = story();
    writeFileSync(join(repo.content, 'roles/plain.yaml'), 'name: { en: Plain, zh: 平 }\n');
    repo.edit('roles/ceo.yaml', (t) => t.replace('version: "1.0"', 'version: 2'));
    const second = repo.commit('2026-11-02', 'Add a role; number the CEO version');
    expect(await revisionsOf(repo, 'roles:ceo')).toEqual([
      revision(start, '2026-11-01', 'start', { version: '1.0' }),
      revision(second, '2026-11-02', 'Add a role; number the CEO version', { version: '2' }),
    ]);
    const plain = await revisionsOf(repo, 'roles:plain');
    expect(plain).toEqual([revision(second, '2026-11-02', 'Add a role; number the CEO version', {})]);
    expect('version' in plain[0]!).toBe(false);
  });

  it('mark a change of layout only as formatting: keys reordered, a body rewrapped or its leading blank line dropped', async () => {
    const { repo } = story();
    repo.edit('roles/ceo.yaml', (t) =>
      t.replace('scope: external\n', '').replace('summary: CEO.\n', 'summary: CEO.\nscope: external\n'),
    );
    repo.commit('2026-11-02', 'Reorder the CEO');
    repo.edit('runbooks/rollback.mdx', (t) =>
      t.replace("Run the pipeline's rollback job.", "Run the  pipeline's\nrollback   job."),
    );
    repo.commit('2026-11-03', 'Rewrap the rollback');
    repo.edit('runbooks/rollback.mdx', (t) => t.replace('---\n\n## Steps', '---\n## Steps'));
    repo.commit('2026-11-04', 'Close up the rollback');
    expect((await revisionsOf(repo, 'roles:ceo')).map((r) => [r.subject, r.formatOnly])).toEqual([
      ['start', false],
      ['Reorder the CEO', true],
    ]);
    expect((await revisionsOf(repo, 'runbooks:rollback')).map((r) => [r.subject, r.formatOnly])).toEqual([
      ['start', false],
      ['Rewrap the rollback', true],
      ['Close up the rollback', true],
    ]);
  });

  it('mark a changed value, a changed word of the body and a word split in two as changes of meaning', async () => {
    const { repo } = story();
    repo.edit('roles/ceo.yaml', (t) => t.replace('summary: CEO.', 'summary: The CEO.'));
    repo.commit('2026-11-02', 'Reword the CEO');
    repo.edit('runbooks/rollback.mdx', (t) => t.replace('rollback job', 'restore job'));
    repo.commit('2026-11-03', 'Name the job');
    repo.edit('runbooks/rollback.mdx', (t) => t.replace('restore job', 're store job'));
    repo.commit('2026-11-04', 'Split a word');
    expect((await revisionsOf(repo, 'roles:ceo')).map((r) => [r.subject, r.formatOnly])).toEqual([
      ['start', false],
      ['Reword the CEO', false],
    ]);
    expect((await revisionsOf(repo, 'runbooks:rollback')).map((r) => [r.subject, r.formatOnly])).toEqual([
      ['start', false],
      ['Name the job', false],
      ['Split a word', false],
    ]);
  });

  it('count each new text of a file that does not parse as a change of meaning', async () => {
    const { repo } = story();
    writeFileSync(join(repo.content, 'roles/ceo.yaml'), 'name: [unclosed\n');
    repo.commit('2026-11-02', 'Break the CEO');
    writeFileSync(join(repo.content, 'roles/ceo.yaml'), 'name: [still unclosed\n');
    repo.commit('2026-11-03', 'Break it otherwise');
    expect((await revisionsOf(repo, 'roles:ceo')).map((r) => [r.subject, r.version, r.formatOnly])).toEqual([
      ['start', '1.0', false],
      ['Break the CEO', undefined, false],
      ['Break it otherwise', undefined, false],
    ]);
  });

  it('end with the deletion, keeping the last version; a file added again with the same text is a change', async () => {
    const { repo, start } = story();
    rmSync(join(repo.content, 'roles/ceo.yaml'));
    const deleted = repo.commit('2026-11-02', 'Remove the CEO');
    expect(await revisionsOf(repo, 'roles:ceo')).toEqual([
      revision(start, '2026-11-01', 'start', { version: '1.0' }),
      revision(deleted, '2026-11-02', 'Remove the CEO', { version: '1.0', deleted: true }),
    ]);

    const again = story();
    const text = 'name: { en: CEO, zh: 首席执行官 }\n';
    writeFileSync(join(again.repo.content, 'roles/ceo.yaml'), text);
    again.repo.commit('2026-11-02', 'Shorten the CEO');
    rmSync(join(again.repo.content, 'roles/ceo.yaml'));
    again.repo.commit('2026-11-03', 'Remove the CEO');
    writeFileSync(join(again.repo.content, 'roles/ceo.yaml'), text);
    again.repo.commit('2026-11-04', 'Bring the CEO back');
    expect((await revisionsOf(again.repo, 'roles:ceo')).map((r) => [r.subject, r.formatOnly, r.deleted])).toEqual([
      ['start', false, undefined],
      ['Shorten the CEO', false, undefined],
      ['Remove the CEO', false, true],
      ['Bring the CEO back', false, undefined],
    ]);
  });
});

/** How a path in the content folder (or in git's history of it) names an entry, and which tags are releases. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { entryIdFromPath, globPattern } from '../../src/lib/content/files.ts';
import { entryKeyOfPath } from '../../src/lib/history/entries.ts';
import { RELEASE_TAG } from '../../src/lib/history/git.ts';

describe('entry ids from paths', () => {
  it('the file name without its extension, wherever it sits below the collection folder', () => {
    expect(entryIdFromPath('roles', 'ops-engineer.yaml')).toBe('ops-engineer');
    expect(entryIdFromPath('roles', 'it/ops/ops-engineer.yml')).toBe('ops-engineer');
    expect(entryIdFromPath('runbooks', 'db\\restore.v2.mdx')).toBe('restore.v2');
  });

  it('a clause file named with dashes is the clause with dots', () => {
    expect(entryIdFromPath('clauses', '3-1.yaml')).toBe('3.1');
  });

  it('the glob of a collection with one extension, and of one with two', () => {
    expect(globPattern('runbooks')).toEqual(['**/*.mdx', '!zh-cn/**']);
    expect(globPattern('roles')).toEqual(['**/*.{yaml,yml}', '!zh-cn/**']);
  });
});

describe('entries from paths in the history', () => {
  it('a content file of a collection, in a subfolder too, whatever the case of its extension', () => {
    expect(entryKeyOfPath('roles/ops-engineer.yaml')).toBe('roles:ops-engineer');
    expect(entryKeyOfPath('clauses/3-1.YAML')).toBe('clauses:3.1');
    expect(entryKeyOfPath('runbooks/db/restore.mdx')).toBe('runbooks:restore');
  });

  it('not a file of another kind, outside a collection folder, or the folder itself', () => {
    expect(entryKeyOfPath('roles/ops-engineer.mdx')).toBeUndefined();
    expect(entryKeyOfPath('runbooks/restore.yaml')).toBeUndefined();
    expect(entryKeyOfPath('notes/ops-engineer.yaml')).toBeUndefined();
    expect(entryKeyOfPath('roles')).toBeUndefined();
    expect(entryKeyOfPath('README.md')).toBeUndefined();
  });

  it('not a translation, whose history the translation rules keep, but an entry in a folder of another name', () => {
    expect(entryKeyOfPath('runbooks/zh-cn/restore.mdx')).toBeUndefined();
    expect(entryKeyOfPath('runbooks/zh-cn/db/restore.mdx')).toBeUndefined();
    expect(entryKeyOfPath('runbooks/zh/restore.mdx')).toBe('runbooks:restore');
    expect(entryKeyOfPath('runbooks/db/zh-cn/restore.mdx')).toBe('runbooks:restore');
    expect(entryKeyOfPath('runbooks/zh-cn.mdx')).toBe('runbooks:zh-cn');
  });
});

describe('release tags', () => {
  it('handbook-YYYY.MM, or .N for another release in the month', () => {
    for (const tag of ['handbook-2026.11', 'handbook-2026.01', 'handbook-2026.12.2', 'handbook-2026.11.10'])
      expect(tag).toMatch(RELEASE_TAG);
  });

  it('not a month 00 or 13, a single-digit month, a release 0 or 01, or anything around the name', () => {
    for (const tag of [
      'handbook-2026.00',
      'handbook-2026.13',
      'handbook-2026.1',
      'handbook-2026.11.0',
      'handbook-2026.11.01',
      'v-handbook-2026.11',
      'handbook-2026.11-rc',
      'handbook-26.11',
    ])
      expect(tag).not.toMatch(RELEASE_TAG);
  });
});

describe('the default content folder', () => {
  it('is src/content, the repository’s own content, where the policy’s clauses are', async () => {
    vi.resetModules();
    const { DEFAULT_CONTENT_DIR } = await import('../../src/lib/content/files.ts');
    expect(existsSync(join(DEFAULT_CONTENT_DIR, 'clauses', '4-1.yaml'))).toBe(true);
    expect(DEFAULT_CONTENT_DIR).toBe('src/content');
  });
});

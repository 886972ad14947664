/**
 * Ranking from the build's result table: the hits come without fetching any result's fragment,
 * in the order the fragments would give, and only the hits shown fetch theirs, for the excerpt.
 */
import { describe, expect, it } from 'vitest';
import { rankHits, searchHits, type Pagefind, type ResultTable } from '../../src/client/search/engine.ts';
import type { PagefindData, Reader } from '../../src/client/search/results.ts';

const english: Reader = { zhPrefix: '/zh-cn', zh: false };

const page = (url: string, title: string, other: Record<string, string> = {}): PagefindData => ({
  url,
  excerpt: `excerpt of ${title}`,
  meta: { title, ...other },
  filters: { kind: ['runbook'] },
});

/** A Pagefind answering every query with `results` (id, page, score), counting the fragments fetched. */
function fake(results: [string, PagefindData, number][], fetched: string[]): Pagefind {
  return {
    async options() {},
    async mergeIndex() {},
    async filters() {
      return {};
    },
    async preload() {},
    async search() {
      return {
        results: results.map(([id, data, score]) => ({
          id,
          score,
          data: async () => {
            fetched.push(id);
            return data;
          },
        })),
      };
    },
  };
}

const rollbackZh = page('/zh-cn/runbooks/rollback/', '回滚', { en: 'Roll back a release' });
const rollbackEn = page('/runbooks/rollback/', 'Roll back a release', { zh: '回滚' });
const restore = page('/runbooks/database-restore/', 'Restore the database');
const drill = page('/checklists/drill/', 'Drill');
const results: [string, PagefindData, number][] = [
  ['zh-cn_1', rollbackZh, 9],
  ['en_2', restore, 8],
  ['en_3', rollbackEn, 7],
  ['en_4', drill, 6],
];
const tableOf = (rows: [string, PagefindData, number][]): ResultTable =>
  Object.fromEntries(rows.map(([id, { url, meta, filters }]) => [id, { url, meta, filters }]));

describe('rankHits with the result table', () => {
  it('ranks as the fragments would, fetching none of them until the excerpts are asked for', async () => {
    const fetched: string[] = [];
    const ranked = await rankHits(fake(results, fetched), 'roll back', { reader: english, table: tableOf(results) });
    const fromFragments = await searchHits(fake(results, []), 'roll back', { reader: english });
    expect(fetched).toEqual([]);
    expect(ranked!.hits.map((h) => [h.url, h.title, h.other, h.kind])).toEqual(
      fromFragments!.map((h) => [h.url, h.title, h.other, h.kind]),
    );
    expect(ranked!.hits.map((h) => h.url)).toEqual([
      '/runbooks/rollback/',
      '/runbooks/database-restore/',
      '/checklists/drill/',
    ]);
  });

  it('fetches the fragments of the hits shown only, and gives their excerpts in the hits’ order', async () => {
    const fetched: string[] = [];
    const ranked = await rankHits(fake(results, fetched), 'roll back', {
      reader: english,
      table: tableOf(results),
      max: 2,
    });
    // the rollback page is found in both languages: the reader's (English) result gives its excerpt
    expect(await ranked!.excerpts()).toEqual(['excerpt of Roll back a release', 'excerpt of Restore the database']);
    expect(fetched.sort()).toEqual(['en_2', 'en_3']);
  });

  it('falls back to a result’s fragment where the table does not know it (a table of another build)', async () => {
    const fetched: string[] = [];
    const ranked = await rankHits(fake(results, fetched), 'roll back', {
      reader: english,
      table: tableOf(results.filter(([id]) => id !== 'en_4')),
    });
    expect(fetched).toEqual(['en_4']);
    expect(ranked!.hits.map((h) => h.url)).toContain('/checklists/drill/');
  });
});

/** Search across both languages as the dialog runs it, on a fake Pagefind that answers from a table. */
import { describe, expect, it } from 'vitest';
import { preloadQuery, searchHits, setUp, type Pagefind } from '../../src/client/search/engine.ts';
import type { PagefindData, Reader } from '../../src/client/search/results.ts';

const english: Reader = { zhPrefix: '/zh-cn', zh: false };
const chinese: Reader = { zhPrefix: '/zh-cn', zh: true };

const page = (url: string, title: string, other: Record<string, string> = {}): PagefindData => ({
  url,
  excerpt: `${title} …`,
  meta: { title, ...other },
  filters: {},
});

/** A Pagefind whose every query answers with the listed results (both languages' indexes, merged). */
function fake(answers: Record<string, [PagefindData, number][]>, calls: unknown[] = []): Pagefind {
  return {
    async options(options) {
      calls.push(['options', options]);
    },
    async mergeIndex(path, options) {
      calls.push(['mergeIndex', path, options]);
    },
    async filters() {
      return {};
    },
    async preload(term, options) {
      calls.push(['preload', term, options]);
    },
    async search(term, options) {
      calls.push(['search', term, options]);
      return {
        results: (answers[term ?? ''] ?? []).map(([data, score], i) => ({
          id: `${term}-${i}`,
          score,
          data: async () => data,
        })),
      };
    },
  };
}

const controlZh = page('/zh-cn/controls/prc-01/', '采购须按顺序三级签字后方可执行', {
  en: 'Procurement signed in order',
});
const controlEn = page('/controls/prc-01/', 'Procurement signed in order', { zh: '采购须按顺序三级签字后方可执行' });
const auditZh = page('/zh-cn/checklists/quarterly-internal-audit/', '季度内部审计');
const clauseZh = page('/zh-cn/policy/3-1/', '3.1 核心流程');

describe('preloadQuery', () => {
  it('preloads the query and each of its synonyms, under the filters the search will use', async () => {
    const calls: unknown[] = [];
    const filters = { kind: ['runbook'] };
    await preloadQuery(fake({}, calls), 'rollback plan', { filters, synonyms: [['rollback', 'revert']] });
    expect(calls).toStrictEqual([
      ['preload', 'rollback plan', { filters }],
      ['preload', 'revert plan', { filters }],
    ]);
  });

  it('preloads nothing for an empty query, and no filters when none are given', async () => {
    const calls: unknown[] = [];
    await preloadQuery(fake({}, calls), '', { synonyms: [] });
    expect(calls).toStrictEqual([]);
    await preloadQuery(fake({}, calls), 'drill', {});
    expect(calls).toStrictEqual([['preload', 'drill', { filters: {} }]]);
  });
});

describe('search across languages', () => {
  it('merges the other languages’ indexes of the same bundle, under their language, with the site’s base', async () => {
    const calls: unknown[] = [];
    await setUp(fake({}, calls), { bundle: 'https://h/pagefind/', baseUrl: '/', otherLanguages: ['zh-cn'] });
    expect(calls).toEqual([
      ['options', expect.objectContaining({ baseUrl: '/', excerptLength: 24 })],
      ['mergeIndex', 'https://h/pagefind/', expect.objectContaining({ baseUrl: '/', language: 'zh-cn' })],
    ]);
  });

  it('puts the page whose title holds the query first, above longer pages that only have its words', async () => {
    const pf = fake({
      三级签字: [
        [auditZh, 9.8],
        [clauseZh, 8],
        [controlZh, 7.5],
      ],
    });
    const hits = await searchHits(pf, '三级签字', { reader: chinese });
    expect(hits!.map((h) => h.url)).toEqual([
      '/zh-cn/controls/prc-01/',
      '/zh-cn/checklists/quarterly-internal-audit/',
      '/zh-cn/policy/3-1/',
    ]);
  });

  it('lists an entry found in both languages once, as the reader’s language has it, linked to the reader’s page', async () => {
    const pf = fake({
      procurement: [
        [controlZh, 5],
        [controlEn, 4],
        [clauseZh, 3],
      ],
    });
    const onEnglish = await searchHits(pf, 'procurement', { reader: english });
    expect(onEnglish!.map((h) => [h.url, h.title, h.excerpt])).toEqual([
      ['/controls/prc-01/', 'Procurement signed in order', 'Procurement signed in order …'],
      ['/policy/3-1/', '3.1 核心流程', '3.1 核心流程 …'],
    ]);
    const onChinese = await searchHits(pf, 'procurement', { reader: chinese });
    expect(onChinese!.map((h) => [h.url, h.title])).toEqual([
      ['/zh-cn/controls/prc-01/', '采购须按顺序三级签字后方可执行'],
      ['/zh-cn/policy/3-1/', '3.1 核心流程'],
    ]);
  });

  it('adds what the synonyms find, the typed phrasing in depth and each synonym’s best few', async () => {
    const many = Array.from({ length: 30 }, (_, i) => [page(`/p/${i}/`, `p${i}`), 30 - i] as [PagefindData, number]);
    const calls: unknown[] = [];
    const pf = fake(
      { 回滚: many.slice(0, 25), rollback: [[page('/runbooks/rollback/', 'Rollback'), 40], ...many] },
      calls,
    );
    const hits = await searchHits(pf, '回滚', {
      reader: english,
      synonyms: [['rollback', '回滚']],
      max: 4,
      filters: { kind: { any: ['runbook'] } },
    });
    expect(calls).toEqual([
      ['search', '回滚', { filters: { kind: { any: ['runbook'] } } }],
      ['search', 'rollback', { filters: { kind: { any: ['runbook'] } } }],
    ]);
    // 'rollback' is titled with the synonym: its best score is added, so it leads; the typed
    // phrasing's first 8 (max × 2) and the synonym's first 2 (max ÷ 2) are merged.
    expect(hits!.map((h) => h.url)).toEqual(['/runbooks/rollback/', '/p/0/', '/p/1/', '/p/2/']);
  });

  it('merges the typed phrasing’s first max × 2 and each synonym’s first max ÷ 2, no more', async () => {
    const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => page(`/${id}/`, id.toUpperCase()));
    const pf = fake({
      回滚: [
        [a!, 10],
        [b!, 9],
        [c!, 8],
        [d!, 7],
        [e!, 6.9],
      ],
      rollback: [
        [f!, 6],
        [b!, 5],
        [e!, 4.5],
      ],
    });
    const hits = await searchHits(pf, '回滚', { reader: english, synonyms: [['回滚', 'rollback']], max: 2 });
    // B's second score and E's two lie past the cuts: A (10) and B (9) lead, not B (14) or E (11.4)
    expect(hits!.map((h) => h.url)).toEqual(['/a/', '/b/']);
  });

  it('gives no hits when Pagefind dropped the search of any one phrasing', async () => {
    const pf = fake({ 回滚: [[controlEn, 1]] });
    const partly: Pagefind = {
      ...pf,
      search: async (term, options) => (term === 'rollback' ? null : pf.search(term, options)),
    };
    expect(await searchHits(partly, '回滚', { reader: english, synonyms: [['回滚', 'rollback']] })).toBeUndefined();
  });

  it('with no words, asks for the filters alone; a dropped search gives no hits', async () => {
    const calls: unknown[] = [];
    expect(await searchHits(fake({ '': [[controlEn, 1]] }, calls), '', { reader: english })).toHaveLength(1);
    expect(calls).toEqual([['search', null, { filters: {} }]]);
    const dropped: Pagefind = { ...fake({}), search: async () => null };
    expect(await searchHits(dropped, 'x', { reader: english })).toBeUndefined();
  });
});

/** The search dialog's pure logic: the filter query, and one list of hits out of the English and the Chinese index. */
import { describe, expect, it } from 'vitest';
import {
  countSelected,
  expandQuery,
  filterQuery,
  mergeByScore,
  normaliseUrl,
  orderValues,
  toHits,
  type PagefindData,
} from '../../src/client/search/results.ts';

/** The same page, /roles/ops-engineer/, as the Chinese companion index and the English index return it. */
const zhRecord: PagefindData = {
  url: '/roles/ops-engineer/',
  excerpt: '负责<mark>系统运维</mark>',
  meta: { title: '系统运维岗', lang: 'zh-CN' },
  filters: { title_en: ['Operations engineer'], kind: ['role'], owner: ['Department head'] },
};
const enRecord: PagefindData = {
  url: '/roles/ops-engineer/index.html',
  excerpt: 'Runs the <mark>operations</mark>',
  meta: { title: 'Operations engineer', zh: '系统运维岗' },
  filters: { kind: ['role'], owner: ['Department head'] },
};
const planRecord: PagefindData = {
  url: '/plans/system-failure/index.html',
  excerpt: 'When the booking system fails',
  meta: { title: 'System failure', url: '/plans/system-failure/' },
  filters: { kind: ['plan'], severity: ['minor', 'major', 'critical'] },
};

describe('hits', () => {
  it('a page found in both indexes is listed once, as the better-ranked result found it', () => {
    const hits = toHits([zhRecord, planRecord, enRecord]);
    expect(hits.map((h) => h.url)).toEqual(['/roles/ops-engineer/', '/plans/system-failure/']);
    expect(hits[0]).toEqual({
      url: '/roles/ops-engineer/',
      title: 'Operations engineer',
      zh: '系统运维岗',
      excerpt: '负责<mark>系统运维</mark>',
      excerptLang: 'zh-CN',
      kind: 'role',
      owner: 'Department head',
      severity: [],
    });
    expect(toHits([enRecord, zhRecord])).toEqual([
      {
        url: '/roles/ops-engineer/',
        title: 'Operations engineer',
        zh: '系统运维岗',
        excerpt: 'Runs the <mark>operations</mark>',
        kind: 'role',
        owner: 'Department head',
        severity: [],
      },
    ]);
  });

  it('takes the page address from the meta url when there is one, and its severities from the filter', () => {
    expect(toHits([planRecord])).toEqual([
      {
        url: '/plans/system-failure/',
        title: 'System failure',
        excerpt: 'When the booking system fails',
        kind: 'plan',
        severity: ['minor', 'major', 'critical'],
      },
    ]);
  });

  it('a result with no title is titled by its address', () => {
    expect(toHits([{ url: '/x/index.html', excerpt: '', meta: {}, filters: {} }])[0]).toMatchObject({
      url: '/x/',
      title: '/x/',
    });
  });

  it('a page address loses a trailing index.html, nothing else', () => {
    expect(normaliseUrl('/policy/3-1/index.html')).toBe('/policy/3-1/');
    expect(normaliseUrl('/policy/index.html/3-1/')).toBe('/policy/index.html/3-1/');
    expect(normaliseUrl('/policy/3-1/')).toBe('/policy/3-1/');
  });
});

describe('filters', () => {
  it('the query names only the filters with a ticked value, each as "any of"', () => {
    expect(filterQuery({ kind: ['runbook', 'plan'], owner: [], severity: ['critical'] })).toEqual({
      kind: { any: ['runbook', 'plan'] },
      severity: { any: ['critical'] },
    });
    expect(filterQuery({ kind: [] })).toEqual({});
  });

  it('counts every ticked value of every filter', () => {
    expect(countSelected({ kind: ['runbook', 'plan'], owner: [], severity: ['critical'] })).toBe(3);
    expect(countSelected({})).toBe(0);
  });

  it('orders values: the listed ones first in their order, the others alphabetically after them', () => {
    expect(orderValues(['guide', 'plan', 'checklist', 'control', 'policy'], ['policy', 'role', 'plan'])).toEqual([
      'policy',
      'plan',
      'checklist',
      'control',
      'guide',
    ]);
    expect(orderValues(['b', 'a'])).toEqual(['a', 'b']);
  });
});

describe('synonyms in the query', () => {
  const groups = [
    ['500', '5xx'],
    ['on call', 'on-call', '值班'],
    ['db', 'database', '数据库'],
  ];

  it('searches for what the content says as well as what was typed', () => {
    expect(expandQuery('500 errors', groups)).toEqual(['500 errors', '5xx errors']);
    expect(expandQuery('who is On Call tonight', groups)).toEqual([
      'who is On Call tonight',
      'who is on-call tonight',
      'who is 值班 tonight',
    ]);
    expect(expandQuery('数据库 恢复', groups)).toEqual(['数据库 恢复', 'db 恢复', 'database 恢复']);
  });

  it('matches whole words only, and caps the number of queries', () => {
    expect(expandQuery('1500 rooms', groups)).toEqual(['1500 rooms']);
    expect(expandQuery('dbadmin', groups)).toEqual(['dbadmin']);
    expect(expandQuery('db on call 500', groups, 3)).toHaveLength(3);
  });

  it('takes a Chinese term only whole, since Chinese writes no spaces between words', () => {
    expect(expandQuery('数据库', groups)).toEqual(['数据库', 'db', 'database']);
    expect(expandQuery('数据库备份', groups)).toEqual(['数据库备份']);
  });

  it('merges the lists by total score, each page once', () => {
    const merged = mergeByScore([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 5 },
      ],
      [
        { id: 'c', score: 3 },
        { id: 'a', score: 4.5 },
      ],
    ]);
    expect(merged.map((r) => `${r.id}${r.score}`)).toEqual(['a1', 'b5', 'c3']);
  });
});

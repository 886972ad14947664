/** The search dialog's pure logic: the filter query, and one list of hits out of the English and the Chinese index. */
import { describe, expect, it } from 'vitest';
import {
  countSelected,
  expandQuery,
  filterQuery,
  inReadersLanguage,
  mergeByScore,
  normaliseUrl,
  orderValues,
  pageKey,
  titleHolds,
  toHits,
  type PagefindData,
  type Reader,
} from '../../src/client/search/results.ts';

const english: Reader = { zhPrefix: '/zh-cn', zh: false };
const chinese: Reader = { zhPrefix: '/zh-cn', zh: true };

/** One entry, /roles/ops-engineer/, as the Chinese and the English index return it. */
const zhRecord: PagefindData = {
  url: '/zh-cn/roles/ops-engineer/',
  excerpt: '负责<mark>系统运维</mark>',
  meta: { title: '系统运维岗', en: 'Operations engineer' },
  filters: { kind: ['role'], owner: ['department-head'] },
};
const enRecord: PagefindData = {
  url: '/roles/ops-engineer/index.html',
  excerpt: 'Runs the <mark>operations</mark>',
  meta: { title: 'Operations engineer', zh: '系统运维岗' },
  filters: { kind: ['role'], owner: ['department-head'] },
};
const planRecord: PagefindData = {
  url: '/plans/system-failure/index.html',
  excerpt: 'When the booking system fails',
  meta: { title: 'System failure', url: '/plans/system-failure/' },
  filters: { kind: ['plan'], severity: ['minor', 'major', 'critical'] },
};

describe('hits', () => {
  it('an entry found in both languages is listed once, as the better-ranked result found it, linked in the reader’s language', () => {
    const hits = toHits([zhRecord, planRecord, enRecord], english);
    expect(hits.map((h) => h.url)).toEqual(['/roles/ops-engineer/', '/plans/system-failure/']);
    expect(hits[0]).toEqual({
      url: '/roles/ops-engineer/',
      title: 'Operations engineer',
      other: '系统运维岗',
      otherLang: 'zh-CN',
      excerpt: '负责<mark>系统运维</mark>',
      excerptLang: 'zh-CN',
      kind: 'role',
      owner: 'department-head',
      severity: [],
    });
    expect(toHits([enRecord, zhRecord], chinese)).toEqual([
      {
        url: '/zh-cn/roles/ops-engineer/',
        title: '系统运维岗',
        other: 'Operations engineer',
        otherLang: 'en',
        excerpt: 'Runs the <mark>operations</mark>',
        excerptLang: 'en',
        kind: 'role',
        owner: 'department-head',
        severity: [],
      },
    ]);
  });

  it('a result in the reader’s language has no language marks on its excerpt', () => {
    expect(toHits([zhRecord], chinese)[0]).toMatchObject({ url: '/zh-cn/roles/ops-engineer/', title: '系统运维岗' });
    expect(toHits([zhRecord], chinese)[0]!.excerptLang).toBeUndefined();
    expect(toHits([enRecord], english)[0]!.excerptLang).toBeUndefined();
  });

  it('takes the page address from the meta url when there is one, and its severities from the filter', () => {
    expect(toHits([planRecord], english)).toEqual([
      {
        url: '/plans/system-failure/',
        title: 'System failure',
        excerpt: 'When the booking system fails',
        kind: 'plan',
        severity: ['minor', 'major', 'critical'],
      },
    ]);
    // A page with one title only keeps it on a Chinese reader's list, linked to the Chinese page.
    expect(toHits([planRecord], chinese)[0]).toMatchObject({
      url: '/zh-cn/plans/system-failure/',
      title: 'System failure',
    });
  });

  it('a page titled the same in both languages shows its title once, with no other-language title', () => {
    const same: PagefindData = { url: '/roles/ceo/', excerpt: '', meta: { title: 'CEO', zh: 'CEO' }, filters: {} };
    const [hit] = toHits([same], english);
    expect(hit!.title).toBe('CEO');
    expect('other' in hit! || 'otherLang' in hit!).toBe(false);
  });

  it('a result with no title is titled by its address', () => {
    expect(toHits([{ url: '/x/index.html', excerpt: '', meta: {}, filters: {} }], english)[0]).toMatchObject({
      url: '/x/',
      title: '/x/',
    });
  });

  it('both languages of a page share one key: the address without the Chinese prefix', () => {
    expect(pageKey('/zh-cn/policy/3-1/index.html', english)).toBe('/policy/3-1/');
    expect(pageKey('/policy/3-1/', chinese)).toBe('/policy/3-1/');
    // only a whole leading segment is the prefix
    expect(pageKey('/zh-cnx/a/', english)).toBe('/zh-cnx/a/');
    expect(inReadersLanguage(zhRecord, chinese)).toBe(true);
    expect(inReadersLanguage(zhRecord, english)).toBe(false);
    expect(inReadersLanguage(enRecord, english)).toBe(true);
  });

  it('a title holds the query as typed, in either language, ignoring case', () => {
    const control: PagefindData = {
      url: '/zh-cn/controls/prc-01/',
      excerpt: '',
      meta: { title: '采购须按顺序三级签字后方可执行', en: 'Procurement signed in order' },
      filters: {},
    };
    expect(titleHolds(control, '三级签字')).toBe(true);
    expect(titleHolds(control, ' procurement ')).toBe(true);
    expect(titleHolds(control, '三级 签字')).toBe(false);
    expect(titleHolds(control, '  ')).toBe(false);
    expect(titleHolds(enRecord, '系统运维')).toBe(true);
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

  it('puts the synonym where the Chinese term stands, however many spaces come before it', () => {
    expect(expandQuery('采购  审批', [['审批', '批准']])).toEqual(['采购  审批', '采购  批准']);
    expect(expandQuery(' 采购\t审批 流程', [['审批', '批准']])).toEqual([' 采购\t审批 流程', ' 采购\t批准 流程']);
  });

  it('takes a word that ends in a letter only where no letter follows it, whatever its inner characters', () => {
    expect(expandQuery('x-rays', [['x-ray', 'radiograph']])).toEqual(['x-rays']);
    expect(expandQuery('an x-ray', [['x-ray', 'radiograph']])).toEqual(['an x-ray', 'an radiograph']);
  });

  it('lists each query once, however often a group names a synonym', () => {
    expect(expandQuery('500 errors', [['500', '5xx', '5xx']])).toEqual(['500 errors', '5xx errors']);
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

  it('keeps a preferred result of a page over the first one found, and the first of two preferred ones', () => {
    const merged = mergeByScore(
      [
        [
          { id: 'a', score: 2, lang: 'en' },
          { id: 'a', score: 1, lang: 'zh' },
          { id: 'a', score: 1, lang: 'zh2' },
        ],
      ],
      (r) => r.lang.startsWith('zh'),
    );
    expect(merged).toEqual([{ id: 'a', score: 1, lang: 'zh' }]);
  });
});

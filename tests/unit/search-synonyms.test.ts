/** Search synonyms are content: each glossary term's two names and the words readers type for it. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../src/lib/model.ts';
import { searchSynonyms } from '../../src/lib/search-synonyms.ts';
import { expandQuery } from '../../src/client/search/results.ts';
import { realModel } from '../fixtures/generated/model.ts';

let model: Model;
let groups: string[][];
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = realModel();
  groups = searchSynonyms(model);
});

describe('search synonyms from the glossary terms', () => {
  it('groups each term’s English and Chinese names with what readers type for it', () => {
    expect(groups).toContainEqual([
      'System failure',
      '系统故障',
      '5xx',
      '500',
      '502',
      '503',
      '504',
      'server error',
      '服务器错误',
      'outage',
      'downtime',
      'system down',
      '宕机',
    ]);
    expect(groups).toContainEqual(['On call', '值班', 'on-call', 'oncall', '值守']);
    expect(groups).toContainEqual(['Database', '数据库', 'DB']);
    // a term with no synonyms of its own still joins its two names
    expect(groups).toContainEqual(['Three signatures', '三级签字']);
    expect(groups).toHaveLength(model.all('terms').length);
  });

  it('gives no word to two groups, so a typed word is never read two ways', () => {
    const seen = new Map<string, number>();
    groups.forEach((group, i) => {
      for (const word of group) {
        const key = word.toLowerCase();
        expect(seen.get(key) ?? i, `“${word}” is in two groups`).toBe(i);
        seen.set(key, i);
      }
    });
  });

  it('turns what people type into what the handbook writes, in both languages', () => {
    // the typed words, the term's two names, then the handbook's own word
    expect(expandQuery('500 errors', groups)).toEqual([
      '500 errors',
      'System failure errors',
      '系统故障 errors',
      '5xx errors',
    ]);
    expect(expandQuery('DB restore', groups)).toContain('数据库 restore');
    expect(expandQuery('db restore', groups)).toContain('Database restore');
    expect(expandQuery('on call', groups)).toContain('值班');
    expect(expandQuery('值班', groups)).toContain('On call');
    expect(expandQuery('outage', groups)).toContain('系统故障');
    expect(expandQuery('hack', groups)).toContain('Network security incident');
    expect(expandQuery('三级签字', groups)).toContain('Three signatures');
  });

  it('leaves a query with none of the words as typed', () => {
    expect(expandQuery('kubectl rollout status', groups)).toEqual(['kubectl rollout status']);
  });
});

describe('a term with nothing to add', () => {
  const term = (en: string, zh: string, synonyms: string[]) => ({ data: { name: { en, zh }, synonyms } });
  const modelOf = (terms: ReturnType<typeof term>[]) =>
    ({ all: (collection: string) => (collection === 'terms' ? terms : []) }) as unknown as Model;

  it('makes no group when its names are the same word and it has no synonym, blank ones left out', () => {
    expect(
      searchSynonyms(
        modelOf([term('API', 'API', []), term('SLA', ' SLA ', ['  ', '']), term('DB', '数据库', [' ', ' 库 '])]),
      ),
    ).toEqual([['DB', '数据库', '库']]);
  });
});

/** The "did you mean" of every error, and the display title of every kind of entry. */
import { beforeEach, describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/suggest.ts';
import { entryTitle, entryTitles, roleName } from '../../src/lib/titles.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

describe('closest and didYouMean', () => {
  const ids = ['ops-engineer', 'department-head', 'security-auditor', 'test-engineer', 'ceo'];

  it('the nearest candidates first, three by default, ignoring case', () => {
    expect(closest('OPS-ENGINER', ids)).toEqual(['ops-engineer', 'test-engineer', 'ceo']);
    expect(closest('ops-enginer', ids, 1)).toEqual(['ops-engineer']);
  });

  it('equally near candidates in alphabetical order, each once', () => {
    expect(closest('ab', ['ac', 'aa', 'ad', 'aa'], 5)).toEqual(['aa', 'ac', 'ad']);
  });

  it('names them in backticks, or says nothing when there is no candidate', () => {
    expect(didYouMean('ops-enginer', ids, 2)).toBe('did you mean `ops-engineer`, `test-engineer`?');
    expect(didYouMean('x', [])).toBeUndefined();
  });
});

describe('entry titles', () => {
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = fixtureModel();
  });

  it('a clause: its number before its title; the Chinese title alone', () => {
    expect(entryTitles(model.get('clauses', '2.1')!)).toEqual({ en: '2.1 Structure', zh: '内部结构' });
  });

  it('a role: its name; an entry with a bilingual title: that title', () => {
    expect(entryTitles(model.get('roles', 'department-head')!)).toEqual({ en: 'Department head', zh: '部门负责人' });
    expect(entryTitles(model.get('obligations', 'rotation')!)).toEqual({ en: 'Job rotation', zh: '轮岗' });
  });

  it('a separation rule, whose title is English only', () => {
    const rule = model.get('separation', 'operations-vs-testing')!;
    expect(entryTitles(rule)).toEqual({ en: 'Operations and testing are never held by one person' });
    expect(entryTitle(rule)).toBe('Operations and testing are never held by one person');
  });

  it("a role name in the page's language, or the id when the model has no such role", () => {
    expect(roleName(model, 'department-head', 'en')).toBe('Department head');
    expect(roleName(model, 'department-head', 'zh-cn')).toBe('部门负责人');
    expect(roleName(model, 'night-porter', 'en')).toBe('night-porter');
    expect(roleName(model, 'night-porter', 'zh-cn')).toBe('night-porter');
  });
});

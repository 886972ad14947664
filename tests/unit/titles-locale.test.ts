/** An entry's title on a Chinese page: a clause keeps its number, other entries show their Chinese title. */
import { describe, expect, it } from 'vitest';
import { entryTitle } from '../../src/lib/titles.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

describe('entryTitle in Chinese', () => {
  it('puts the clause number before a clause’s Chinese title', () => {
    expect(entryTitle(fixtureModel().get('clauses', '3.1')!, 'zh-cn')).toBe('3.1 核心流程');
  });

  it('shows another entry’s Chinese title alone', () => {
    expect(entryTitle(fixtureModel().get('controls', 'chg-01')!, 'zh-cn')).toBe('发布须经审批');
  });
});

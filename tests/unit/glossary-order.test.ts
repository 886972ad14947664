/** The glossary's order where terms tie or hold numbers, and its anchors: stable across builds, numbers read as numbers. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGlossary, glossaryAnchor } from '../../src/lib/glossary.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const CEO = { en: 'CEO', zh: '首席执行官' };

/** The fixture with two permissions named exactly as the CEO role. */
let model: Model;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = ['approve-release', 'approve-project'].reduce(
    (m, id) =>
      withChange(m, 'permissions', id, (data: { title: typeof CEO }) => {
        data.title = { ...CEO };
      }),
    fixtureModel(),
  );
});

describe('rows with the same term', () => {
  it('are ordered by their anchors, in English and in Chinese alike', () => {
    const anchorsOfCeo = (locale: 'en' | 'zh-cn') =>
      buildGlossary(model, locale)
        .filter((r) => r.term.en === CEO.en && r.term.zh === CEO.zh)
        .map((r) => r.anchor);
    expect(anchorsOfCeo('en')).toEqual(['permission-approve-project', 'permission-approve-release', 'role-ceo']);
    expect(anchorsOfCeo('zh-cn')).toEqual(['permission-approve-project', 'permission-approve-release', 'role-ceo']);
  });
});

describe('terms with numbers', () => {
  it('are ordered by the number, not digit by digit, in English and in Chinese', () => {
    const numbered = (['approve-release', 'approve-project'] as const).reduce(
      (m, id, i) =>
        withChange(m, 'permissions', id, (data: { title: typeof CEO }) => {
          data.title = i === 0 ? { en: 'Gate 10', zh: '关卡10' } : { en: 'Gate 9', zh: '关卡9' };
        }),
      fixtureModel(),
    );
    for (const locale of ['en', 'zh-cn'] as const) {
      const gates = buildGlossary(numbered, locale)
        .map((r) => r.term.en)
        .filter((t) => t.startsWith('Gate '));
      expect([locale, gates]).toStrictEqual([locale, ['Gate 9', 'Gate 10']]);
    }
  });
});

describe('glossaryAnchor', () => {
  it('is the kind and the id, with the dots of a dotted id as hyphens', () => {
    expect(glossaryAnchor('permissions', 'approve-release')).toBe('permission-approve-release');
    expect(glossaryAnchor('clauses', '3.1.2')).toBe('policy-3-1-2');
  });
});

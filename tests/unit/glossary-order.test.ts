/** The glossary's order where two rows have the same term in both languages: by their anchors, so the order is stable across builds. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/lib/glossary.ts';
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

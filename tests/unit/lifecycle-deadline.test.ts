/** A stage's deadline in its own words, with the open value filled in, or left open when the model lacks it. */
import { describe, expect, it } from 'vitest';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { deadlineWords, lifecycleStages } from '../../src/lib/lifecycle.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

const en = wordsFormatter('en', (id) => id);
const requirementsDeadline = (model: Model) =>
  deadlineWords(
    model,
    lifecycleStages(model).find((s) => s.id === 'requirements')!,
  );

describe("a stage's deadline", () => {
  it("reads with the parameter's value and unit", () => {
    expect(en(requirementsDeadline(fixtureModel())!)).toBe(
      'Kickoff meeting within 5 days of the requirements being confirmed',
    );
  });

  it('reads X, with no unit, when the model lacks the parameter', () => {
    const model = buildModel(
      fixtureModel().entries.filter((e) => !(e.collection === 'parameters' && e.id === 'kickoff-days')),
    );
    expect(en(requirementsDeadline(model)!)).toBe('Kickoff meeting within X  of the requirements being confirmed');
  });
});

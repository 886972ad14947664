/** Which sentence of a clause each quote rests on, at the sentence boundaries; the clauses in the policy's order; spans in any order. */
import { describe, expect, it } from 'vitest';
import { clauseSentences, markQuotes, sentenceCoverage } from '../../src/lib/quotes.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

/** Clause 4.1 as three sentences, quoted by three permissions. */
function threeSentences(quotes: Record<string, string>) {
  let model = withChange(fixtureModel(), 'clauses', '4.1', (d) => {
    d.text.zh = '甲乙。丙丁。戊己。';
  });
  for (const [permission, quote] of Object.entries(quotes)) {
    model = withChange(model, 'permissions', permission, (d) => {
      d.basis = { collection: 'clauses', id: '4.1', quotes: [quote] };
    });
  }
  return model;
}

const restingOn = (model: ReturnType<typeof fixtureModel>) =>
  clauseSentences(model, '4.1').map((s) => ({ n: s.n, text: s.text, resting: s.resting.map((u) => u.id).sort() }));

describe('the quotes resting on each sentence of a clause', () => {
  it('are those that overlap it: a quote ending where the next sentence starts rests on its own sentence only', () => {
    const model = threeSentences({ 'approve-project': '甲乙。', 'change-page-code': '丙丁。' });
    expect(restingOn(model)).toEqual([
      { n: 1, text: '甲乙。', resting: ['approve-project'] },
      { n: 2, text: '丙丁。', resting: ['change-page-code'] },
      { n: 3, text: '戊己。', resting: [] },
    ]);
  });

  it('include a quote that runs across two sentences, on both', () => {
    const model = threeSentences({ 'approve-project': '乙。丙' });
    expect(restingOn(model)).toEqual([
      { n: 1, text: '甲乙。', resting: ['approve-project'] },
      { n: 2, text: '丙丁。', resting: ['approve-project'] },
      { n: 3, text: '戊己。', resting: [] },
    ]);
  });
});

describe('the sentence coverage of the policy', () => {
  it("lists the clauses in the policy's order (their `order`), not the order their files load in", () => {
    const model = fixtureModel();
    const byOrder = model
      .all('clauses')
      .map((c) => ({ id: c.id, order: c.data.order }))
      .sort((a, b) => a.order - b.order)
      .map((c) => c.id);
    // the fixture's files load in another order, or this test could not tell
    expect(model.all('clauses').map((c) => c.id)).not.toEqual(byOrder);
    expect(sentenceCoverage(model).map((c) => c.clause)).toEqual(byOrder);
  });
});

describe('quoted spans given in any order', () => {
  it('are each marked where they are in the text', () => {
    expect(
      markQuotes('abcdef', [
        { anchor: 'q-late', start: 4, end: 6 },
        { anchor: 'q-early', start: 0, end: 2 },
      ]),
    ).toEqual([
      { kind: 'quote', anchor: 'q-early', pieces: [{ kind: 'text', text: 'ab' }] },
      { kind: 'text', text: 'cd' },
      { kind: 'quote', anchor: 'q-late', pieces: [{ kind: 'text', text: 'ef' }] },
    ]);
  });
});

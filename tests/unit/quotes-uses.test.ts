/** Which entries quote which words of a clause, which cite it unquoted, and how a clause text is cut into sentences and marked spans. */
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../src/lib/basis.ts';
import { buildModel } from '../../src/lib/model.ts';
import { clauseSentences, markQuotes, quotesByClause, splitSentences, unquotedUses } from '../../src/lib/quotes.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

/** The clause 3.2 (`每月X{ops-report-day}日和X{tech-report-day}日提交。`) and one duty that quotes it twice, loaded twice. */
function reportModel(quote: string) {
  const model = withChange(fixtureModel(), 'obligations', 'monthly-operations-report', (d) => {
    d.basis = { collection: 'clauses', id: '3.2', quotes: [quote] };
    d.cadence.basis = { collection: 'clauses', id: '3.2', quotes: [quote] };
  });
  const clause = model.get('clauses', '3.2')!;
  const duty = model.get('obligations', 'monthly-operations-report')!;
  return buildModel([clause, duty, { ...duty }]);
}

describe('the quotes of a clause', () => {
  it("are the clause's own words where the quote matches them, with their offsets, each entry file counted once", () => {
    const quote = '每月 X{ops-report-day} 日';
    const use = {
      collection: 'obligations',
      id: 'monthly-operations-report',
      quote: '每月X{ops-report-day}日',
      anchor: quoteAnchor(quote),
      start: 0,
      end: 20,
    };
    expect([...quotesByClause(reportModel(quote))]).toEqual([
      [
        '3.2',
        [
          { ...use, field: 'cadence.basis' },
          { ...use, field: 'basis' },
        ],
      ],
    ]);
  });
});

describe('the entries that cite a clause without quoting it', () => {
  const unquoted = () =>
    withChange(fixtureModel(), 'permissions', 'approve-project', (d) => {
      d.basis = { collection: 'clauses', id: '4.1', quotes: [], legacy: true };
    });

  it('are those whose basis names the clause and quotes nothing, each entry file once', () => {
    const model = unquoted();
    const twice = buildModel([...model.entries, model.get('permissions', 'approve-project')!]);
    expect(unquotedUses(twice, '4.1')).toEqual([{ collection: 'permissions', id: 'approve-project', field: 'basis' }]);
  });

  it('are none for a clause every citation of which quotes it', () => {
    expect(unquotedUses(unquoted(), '3.2')).toEqual([]);
    expect(unquotedUses(fixtureModel(), '4.1')).toEqual([]);
  });
});

describe('the sentences of a Chinese text', () => {
  it('end at a run of end marks, which stays with its sentence', () => {
    expect(splitSentences('甲。。乙！？丙')).toEqual([
      { text: '甲。。', start: 0, end: 3 },
      { text: '乙！？', start: 3, end: 6 },
      { text: '丙', start: 6, end: 7 },
    ]);
  });

  it('leave out the white space between and after them', () => {
    expect(splitSentences('甲。 乙。 ')).toEqual([
      { text: '甲。', start: 0, end: 2 },
      { text: '乙。', start: 3, end: 5 },
    ]);
  });

  it('are none for a clause the model does not have', () => {
    expect(clauseSentences(fixtureModel(), '99.9')).toEqual([]);
  });
});

describe('a clause text with marked quotes', () => {
  it('nests a span inside the longer one that starts at the same place', () => {
    expect(
      markQuotes('abcdef', [
        { anchor: 'q-inner', start: 0, end: 2 },
        { anchor: 'q-outer', start: 0, end: 4 },
      ]),
    ).toEqual([
      {
        kind: 'quote',
        anchor: 'q-outer',
        pieces: [
          { kind: 'quote', anchor: 'q-inner', pieces: [{ kind: 'text', text: 'ab' }] },
          { kind: 'text', text: 'cd' },
        ],
      },
      { kind: 'text', text: 'ef' },
    ]);
  });

  it('marks nothing for an empty span', () => {
    expect(markQuotes('abc', [{ anchor: 'q-empty', start: 1, end: 1 }])).toEqual([{ kind: 'text', text: 'abc' }]);
  });

  it('keeps the words before, between and after parameter markers', () => {
    expect(markQuotes('每月X{ops-report-day}日和X{tech-report-day}日提交。', [])).toEqual([
      { kind: 'text', text: '每月' },
      { kind: 'parameter', id: 'ops-report-day' },
      { kind: 'text', text: '日和' },
      { kind: 'parameter', id: 'tech-report-day' },
      { kind: 'text', text: '日提交。' },
    ]);
  });
});

/** What rests on which words: quoted spans on the clause text, sentences, and coverage. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import {
  clauseSentences,
  markQuotes,
  sentenceCoverage,
  splitSentences,
  type MarkedPiece,
} from '../../src/lib/quotes.ts';

/** The pieces as a string: `[a:…]` for a quoted span with anchor a, `X` for an open value. */
const show = (pieces: MarkedPiece[]): string =>
  pieces
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'parameter' ? `X` : `[${p.anchor}:${show(p.pieces)}]`))
    .join('');

describe('marking quoted spans', () => {
  const text = '部门负责人初审,财务部复审,CEO终审,三级签字后方可执行。';
  it('marks each span once, nesting a quote inside a longer one', () => {
    expect(
      show(
        markQuotes(text, [
          { anchor: 'a', start: 0, end: 19 },
          { anchor: 'b', start: 8, end: 13 },
          { anchor: 'a', start: 0, end: 19 },
        ]),
      ),
    ).toBe('[a:部门负责人初审,[b:财务部复审],CEO终审],三级签字后方可执行。');
  });

  it('cuts a crossing span at the end of the first, keeping the markup nested and each anchor once', () => {
    expect(
      show(
        markQuotes(text, [
          { anchor: 'a', start: 0, end: 7 },
          { anchor: 'b', start: 5, end: 13 },
        ]),
      ),
    ).toBe('[a:部门负责人[b:初审]],财务部复审,CEO终审,三级签字后方可执行。');
  });

  it('never splits an open value', () => {
    const withX = '结项验收需在系统上线后X{acceptance-days}日内完成。';
    expect(show(markQuotes(withX, [{ anchor: 'a', start: 13, end: 33 }]))).toBe(
      '结项验收需在系统上线后[a:X日内完成]。',
    );
  });
});

describe('sentences', () => {
  it('splits Chinese text at 。 and keeps the offsets', () => {
    const text = '第一句。第二句,还在第二句。 第三句';
    expect(splitSentences(text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['第一句。', '第一句。'],
      ['第二句,还在第二句。', '第二句,还在第二句。'],
      ['第三句', '第三句'],
    ]);
  });

  it('lists what rests on each sentence of a clause, and the sentences nothing rests on', () => {
    const { model } = checkContent({ contentDir: 'tests/fixtures/clean/content' });
    const sentences = clauseSentences(model, '4.1');
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.resting.map((u) => `${u.collection}:${u.id}`)).toContain('permissions:approve-project');
    expect(sentences[0]!.resting.every((u) => sentences[0]!.text.includes(u.quote))).toBe(true);
    const coverage = sentenceCoverage(model);
    expect(coverage.map((c) => c.clause)).toEqual(['2.1', '2.2', '4.1', '6.2']);
    expect(coverage.every((c) => c.sentences.length > 0)).toBe(true);
  });
});

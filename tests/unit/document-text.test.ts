/** Review dates of document control, and the open values in clause text. */
import { describe, expect, it } from 'vitest';
import { addMonths, isOverdue, nextReview } from '../../src/lib/document.ts';
import { asSourceText, splitMarkers } from '../../src/lib/text.ts';

const doc = (reviewed: string, reviewEveryMonths: number) => ({
  owner: { collection: 'roles' as const, id: 'department-head' },
  version: '1.0',
  effective: reviewed,
  reviewed,
  reviewEveryMonths,
});

describe('review dates', () => {
  it('adds months to a date, keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-11-01', 6)).toBe('2027-05-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 13)).toBe('2027-09-30');
    expect(addMonths('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('a document is overdue from the day after its next review, not on it', () => {
    expect(nextReview(doc('2026-11-01', 12) as never)).toBe('2027-11-01');
    expect(isOverdue(doc('2026-11-01', 12) as never, '2027-11-01')).toBe(false);
    expect(isOverdue(doc('2026-11-01', 12) as never, '2027-11-02')).toBe(true);
  });
});

describe('open values in clause text', () => {
  it('splits text into plain runs and the parameters it names, in order', () => {
    expect(splitMarkers('X{a}天内完成,X{b}')).toEqual([
      { kind: 'parameter', id: 'a' },
      { kind: 'text', text: '天内完成,' },
      { kind: 'parameter', id: 'b' },
    ]);
    expect(splitMarkers('within X{acceptance-days} days.')).toEqual([
      { kind: 'text', text: 'within ' },
      { kind: 'parameter', id: 'acceptance-days' },
      { kind: 'text', text: ' days.' },
    ]);
    expect(splitMarkers('')).toEqual([]);
  });

  it('puts every open value back to the X the source prints', () => {
    expect(asSourceText('须在X{acceptance-days}个工作日内、X{b}前')).toBe('须在X个工作日内、X前');
  });
});

/** Recurrence rules on their own: the days a rule without BYDAY, BYMONTH or BYMONTHDAY takes from its start, BYSETPOS, and a rule that never occurs. */
import { describe, expect, it } from 'vitest';
import { firstOccurrence, occurrences, type RecurrenceRule } from '../../src/lib/calendar/rule.ts';

const between = (rule: RecurrenceRule, start: string, from: string, to: string) =>
  occurrences({ rule, start }, from, to);

describe('a rule that names no day', () => {
  it('weekly, falls on the weekday of its start', () => {
    // 2026-11-04 is a Wednesday
    expect(between({ freq: 'WEEKLY', interval: 1 }, '2026-11-04', '2026-11-01', '2026-11-30')).toEqual([
      '2026-11-04',
      '2026-11-11',
      '2026-11-18',
      '2026-11-25',
    ]);
  });

  it('monthly, falls on the day of the month of its start', () => {
    expect(between({ freq: 'MONTHLY', interval: 1 }, '2026-11-17', '2026-11-01', '2027-02-28')).toEqual([
      '2026-11-17',
      '2026-12-17',
      '2027-01-17',
      '2027-02-17',
    ]);
  });

  it('yearly, falls on the month and day of its start', () => {
    expect(between({ freq: 'YEARLY', interval: 1 }, '2026-03-09', '2026-01-01', '2028-12-31')).toEqual([
      '2026-03-09',
      '2027-03-09',
      '2028-03-09',
    ]);
  });

  it('yearly in named months, falls on the day of its start in each', () => {
    expect(between({ freq: 'YEARLY', interval: 1, byMonth: [2, 8] }, '2026-02-09', '2026-01-01', '2027-03-01')).toEqual(
      ['2026-02-09', '2026-08-09', '2027-02-09'],
    );
  });

  it('yearly on a named day, falls in the month of its start', () => {
    expect(
      between({ freq: 'YEARLY', interval: 1, byMonthDay: [20] }, '2026-05-20', '2026-01-01', '2027-12-31'),
    ).toEqual(['2026-05-20', '2027-05-20']);
  });
});

describe('BYSETPOS', () => {
  it('picks the n-th of the days BYMONTHDAY selects, counting from 1', () => {
    const rule: RecurrenceRule = { freq: 'MONTHLY', interval: 1, byMonthDay: [3, 10, 20], bySetPos: [2] };
    expect(between(rule, '2026-11-01', '2026-11-01', '2026-12-31')).toEqual(['2026-11-10', '2026-12-10']);
  });
});

describe('the first occurrence of a rule', () => {
  it('is the first matching day on or after the anchor', () => {
    expect(firstOccurrence({ freq: 'MONTHLY', interval: 1, byMonthDay: [-1] }, '2026-11-05')).toBe('2026-11-30');
  });

  it('is refused, with the rule and the anchor, when no day within 400 days matches', () => {
    expect(() =>
      firstOccurrence({ freq: 'YEARLY', interval: 1, byMonth: [2], byMonthDay: [30] }, '2026-01-01'),
    ).toThrow(new RangeError('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30: no occurrence within 400 days of 2026-01-01'));
  });
});

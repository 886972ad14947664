/** Words a generator returns, worded in the page's language: dictionary keys, content text, and the values Intl names. */
import { describe, expect, it } from 'vitest';
import { wordsFormatter, monthHeading } from '../../src/i18n/words.ts';
import { asWritten, fillTemplate, say } from '../../src/lib/words.ts';

const names: Record<string, string> = { 'department-head': 'Department head', ceo: 'CEO', finance: 'Finance' };
const sayEn = wordsFormatter('en', (id) => names[id] ?? id);

describe('wording in English', () => {
  it('gives ordinals their English endings by the plural rules, teens included', () => {
    const ordinal = (n: number) => sayEn(say('calendar.day.nth', { ordinal: { ordinal: n } }));
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual([
      'on the 1st',
      'on the 2nd',
      'on the 3rd',
      'on the 4th',
      'on the 11th',
      'on the 12th',
      'on the 13th',
      'on the 21st',
      'on the 22nd',
      'on the 23rd',
      'on the 31st',
    ]);
  });

  it('names months and weekdays with Intl, and joins lists with the dictionary’s words', () => {
    expect(
      sayEn(
        say('calendar.when.endOfMonths', { period: say('calendar.period.quarter'), months: { months: [3, 6, 9, 12] } }),
      ),
    ).toBe('Every quarter, due by the last day of March, June, September and December');
    expect(
      sayEn(say('calendar.when.weekday', { period: say('calendar.period.weeks', { n: 2 }), weekday: { weekday: 1 } })),
    ).toBe('Every 2 weeks, on Tuesday');
    expect(
      sayEn(say('calendar.when.yearEnd', { period: say('calendar.period.year'), day: 31, month: { month: 12 } })),
    ).toBe('Every year, due by 31 December');
    expect(monthHeading('en', '2027-09')).toBe('Sep 2027');
  });

  it('names roles, as alternatives or as a list', () => {
    expect(sayEn(say('diagram.roles', { roles: { roles: ['department-head', 'ceo'], join: 'or' } }))).toBe(
      'Department head or CEO',
    );
    expect(sayEn(asWritten('{to}', { to: { roles: ['department-head', 'finance', 'ceo'], join: 'comma' } }))).toBe(
      'Department head, Finance, CEO',
    );
  });

  it('fills the content’s own placeholders and leaves the others as written', () => {
    expect(sayEn(asWritten('Kickoff within {value} {unit}; see {elsewhere}', { value: 5, unit: 'days' }))).toBe(
      'Kickoff within 5 days; see {elsewhere}',
    );
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('leaves a placeholder without a value empty when asked, as incident mode does', () => {
    expect(fillTemplate('{count} of {total} {count}', { count: 2 }, { unknown: 'empty' })).toBe('2 of  2');
  });
});

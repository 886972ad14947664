/** Words a generator returns, worded in the page's language: dictionary keys, content text, and the values Intl names. */
import { describe, expect, it } from 'vitest';
import { dateText, monthHeading, parameterPhrase, wordsFormatter } from '../../src/i18n/words.ts';
import { asWritten, fillTemplate, named, say } from '../../src/lib/words.ts';

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

describe('wording in Chinese', () => {
  const zhNames: Record<string, string> = { 'department-head': '部门负责人', ceo: '首席执行官' };
  const sayZh = wordsFormatter('zh-cn', (id) => zhNames[id] ?? id);

  it('names months by number and weekdays as 星期…, with the Chinese list words', () => {
    expect(
      sayZh(
        say('calendar.when.endOfMonths', { period: say('calendar.period.quarter'), months: { months: [3, 6, 9, 12] } }),
      ),
    ).toBe('每季度,3月、6月、9月和12月的最后一天前完成');
    expect(sayZh(say('calendar.when.weekday', { period: say('calendar.period.week'), weekday: { weekday: 0 } }))).toBe(
      '每周星期一',
    );
    expect(
      sayZh(say('calendar.when.yearEnd', { period: say('calendar.period.year'), day: 31, month: { month: 12 } })),
    ).toBe('每年,12月31日前完成');
    expect(monthHeading('zh-cn', '2027-09')).toBe('2027年9月');
  });

  it('writes a day of the month as 5日, not as an English ordinal', () => {
    const day = say('calendar.day.nthOfFirstMonth', { ordinal: { ordinal: 15 }, day: 15 });
    expect(sayZh(say('calendar.when.day', { period: say('calendar.period.quarter'), day }))).toBe('每季度首月15日');
    expect(sayEn(say('calendar.when.day', { period: say('calendar.period.quarter'), day }))).toBe(
      'Every quarter, on the 15th of the first month',
    );
  });

  it('counts steps as 第 3 步 and names roles in Chinese', () => {
    expect(sayZh(say('diagram.step', { step: 3, roles: { roles: ['department-head', 'ceo'], join: 'or' } }))).toBe(
      '第 3 步：部门负责人或首席执行官',
    );
  });

  it('shows a two-language name in the page’s language, and the Chinese beside it only on an English page', () => {
    const title = { en: 'Requirements gathering', zh: '需求收集' };
    expect(sayEn(named(title))).toBe('Requirements gathering');
    expect(sayZh(named(title))).toBe('需求收集');
    expect(sayZh(named({ en: 'Gate only in English' }))).toBe('Gate only in English');
    const beside = asWritten('{zh}', { zh: { zhBeside: title } });
    expect(sayEn(beside)).toBe('需求收集');
    expect(sayZh(beside)).toBe('');
    expect(sayEn(asWritten('{zh}', { zh: { zhBeside: { en: 'CEO', zh: 'CEO' } } }))).toBe('');
  });

  it('writes a date as 2026年11月1日 on a Chinese page and keeps ISO on an English one', () => {
    expect(dateText('zh-cn', '2026-11-01')).toBe('2026年11月1日');
    expect(dateText('zh-cn', '2027-12-31')).toBe('2027年12月31日');
    expect(dateText('en', '2026-11-01')).toBe('2026-11-01');
    expect(dateText('zh-cn', 'not stated')).toBe('not stated');
  });
});

describe('parameterPhrase: an open value as people write it', () => {
  it.each([
    ['en', 5, 'day-of-month', 'the 5th of each month'],
    ['en', 22, 'day-of-month', 'the 22nd of each month'],
    ['en', 15, 'day-of-quarter', 'the 15th of the first month of each quarter'],
    ['en', 'tuesday', 'weekday', 'every Tuesday'],
    ['en', 14, 'days', '14 days'],
    ['zh-cn', 5, 'day-of-month', '每月5日'],
    ['zh-cn', 15, 'day-of-quarter', '每季度首月15日'],
    ['zh-cn', 'tuesday', 'weekday', '每周二'],
    ['zh-cn', 3, 'months', '3 个月'],
  ] as const)('%s %s %s → %s', (locale, value, unit, text) => {
    expect(parameterPhrase(locale, { value, unit })).toBe(text);
  });
});

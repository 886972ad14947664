/**
 * The figures a text states, unit by unit: every spelling of an English unit, the small Chinese
 * numbers, and the frequencies counted in times or in every-N periods.
 *
 * Each test loads the module afresh (`vi.resetModules()` and a dynamic import), so that the unit
 * tables the module builds when it loads are built by the test that reads them.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshKeys() {
  vi.resetModules();
  const { figuresIn } = await import('../../src/lib/figures.ts');
  return (text: string) => figuresIn(text).map((f) => f.key);
}

describe('English units', () => {
  it('reads working and business days, with a space or a hyphen, one or many', async () => {
    const keys = await freshKeys();
    expect(keys('within 2 working days')).toEqual(['2 workday']);
    expect(keys('within 1 working day')).toEqual(['1 workday']);
    expect(keys('within 3 business-days')).toEqual(['3 workday']);
    expect(keys('within 5 Business Days')).toEqual(['5 workday']);
  });

  it('reads days, hours, minutes and their short forms, one or many', async () => {
    const keys = await freshKeys();
    expect(keys('1 day')).toEqual(['1 day']);
    expect(keys('2 days')).toEqual(['2 day']);
    expect(keys('1 hour')).toEqual(['1 hour']);
    expect(keys('2 hours')).toEqual(['2 hour']);
    expect(keys('1 hr')).toEqual(['1 hour']);
    expect(keys('3 hrs')).toEqual(['3 hour']);
    expect(keys('4 h')).toEqual(['4 hour']);
    expect(keys('1 minute')).toEqual(['1 minute']);
    expect(keys('5 minutes')).toEqual(['5 minute']);
    expect(keys('1 min')).toEqual(['1 minute']);
    expect(keys('10 mins')).toEqual(['10 minute']);
  });

  it('reads weeks, months, quarters and years, one or many', async () => {
    const keys = await freshKeys();
    expect(keys('1 week')).toEqual(['1 week']);
    expect(keys('2 weeks')).toEqual(['2 week']);
    expect(keys('1 month')).toEqual(['1 month']);
    expect(keys('six months')).toEqual(['6 month']);
    expect(keys('1 quarter')).toEqual(['1 quarter']);
    expect(keys('2 quarters')).toEqual(['2 quarter']);
    expect(keys('1 year')).toEqual(['1 year']);
    expect(keys('3 years')).toEqual(['3 year']);
  });

  it('reads a percentage written as a sign or as a word', async () => {
    const keys = await freshKeys();
    expect(keys('80 %')).toEqual(['80 percent']);
    expect(keys('5 percent')).toEqual(['5 percent']);
    expect(keys('3 per cent')).toEqual(['3 percent']);
  });
});

describe('English frequencies', () => {
  it('reads a count of times a period', async () => {
    const keys = await freshKeys();
    expect(keys('three times a month')).toEqual(['3/month']);
    expect(keys('2 times per week')).toEqual(['2/week']);
  });

  it('reads every N periods, leaving out a count of one', async () => {
    const keys = await freshKeys();
    expect(keys('every 1 month')).toEqual(['1/month']);
    expect(keys('every 6 months')).toEqual(['1/6month']);
    expect(keys('every two weeks')).toEqual(['1/2week']);
  });
});

describe('Chinese numbers', () => {
  it('reads ten, the tens and ten-and-a-digit', async () => {
    const keys = await freshKeys();
    expect(keys('十天')).toEqual(['10 day']);
    expect(keys('二十天')).toEqual(['20 day']);
    expect(keys('两个月')).toEqual(['2 month']);
    expect(keys('十五分钟')).toEqual(['15 minute']);
    expect(keys('二十四小时')).toEqual(['24 hour']);
    expect(keys('三十个工作日')).toEqual(['30 workday']);
  });

  it('reads no figure in a run of numerals that is not one small number', async () => {
    const keys = await freshKeys();
    expect(keys('一二十天')).toEqual([]);
    expect(keys('十五六天')).toEqual([]);
    expect(keys('二十两天')).toEqual([]);
  });
});

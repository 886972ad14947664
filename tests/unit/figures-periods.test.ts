/**
 * The frequencies a text states by the name of its period (`quarterly`, `每季度`) or a count of times
 * (`twice a year`), and numbers with decimals. Loaded afresh for each test: the tables of period
 * names are built when the module loads (see "Mutation testing" in the README).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

let keys: (text: string) => string[];
beforeEach(async () => {
  vi.resetModules();
  const { figuresIn } = await import('../../src/lib/figures.ts');
  keys = (text) => figuresIn(text).map((f) => f.key);
});

describe('English periods by name', () => {
  it('reads each word for once a period', () => {
    expect(keys('daily')).toEqual(['1/day']);
    expect(keys('weekly')).toEqual(['1/week']);
    expect(keys('monthly')).toEqual(['1/month']);
    expect(keys('quarterly')).toEqual(['1/quarter']);
    expect(keys('yearly, annually, an annual review')).toEqual(['1/year', '1/year', '1/year']);
    expect(keys('half-yearly')).toEqual(['1/half-year']);
    expect(keys('semi-annually, a semi-annual check, biannually')).toEqual([
      '1/half-year',
      '1/half-year',
      '1/half-year',
    ]);
  });

  it('reads once, twice and thrice a period', () => {
    expect(keys('once a quarter')).toEqual(['1/quarter']);
    expect(keys('twice a year')).toEqual(['2/year']);
    expect(keys('thrice a month')).toEqual(['3/month']);
  });
});

describe('Chinese periods', () => {
  it('reads every spelling of each period after 每', () => {
    expect(keys('每日')).toEqual(['1/day']);
    expect(keys('每天')).toEqual(['1/day']);
    expect(keys('每周')).toEqual(['1/week']);
    expect(keys('每星期')).toEqual(['1/week']);
    expect(keys('每月')).toEqual(['1/month']);
    expect(keys('每季')).toEqual(['1/quarter']);
    expect(keys('每季度两次')).toEqual(['2/quarter']);
    expect(keys('每半年')).toEqual(['1/half-year']);
    expect(keys('每年')).toEqual(['1/year']);
    expect(keys('每三个月')).toEqual(['1/3month']);
  });
});

describe('numbers with decimals', () => {
  it('reads one decimal and several', () => {
    expect(keys('2.5 hours')).toEqual(['2.5 hour']);
    expect(keys('可用性 99.95%')).toEqual(['99.95 percent']);
  });
});

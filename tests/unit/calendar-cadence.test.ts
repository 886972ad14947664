/** From an obligation's cadence to its recurrence rule and the rule in words, and the cadences the calendar refuses. */
import { describe, expect, it } from 'vitest';
import { recurringEvents, type RecurringEvent } from '../../src/lib/calendar/cadence.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const en = wordsFormatter('en', (id) => id);
const event = (model: Model, id: string): RecurringEvent => recurringEvents(model).find((e) => e.id === id)!;
/** The fixture with the operations report due on `day`. */
const reportDueOn = (day: number | string) =>
  withChange(fixtureModel(), 'parameters', 'ops-report-day', (d) => {
    d.value = day;
  });
/** The error `recurringEvents` throws for `model`. */
function refusal(model: Model): Error {
  try {
    recurringEvents(model);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the cadences were accepted');
}

describe('a monthly duty due on a day of the month', () => {
  it('falls on that day up to the 28th, which every month has', () => {
    const e = event(reportDueOn(28), 'monthly-operations-report');
    expect(e.rule).toStrictEqual({ freq: 'MONTHLY', interval: 1, byMonthDay: [28] });
    expect(e.timing).toBe('day');
    expect(e.parameters).toEqual(['ops-report-day']);
    expect(en(e.when)).toBe('Every month, on the 28th');
  });

  it('falls on the 29th, or the last day of a shorter month', () => {
    const e = event(reportDueOn(29), 'monthly-operations-report');
    expect(e.rule).toStrictEqual({ freq: 'MONTHLY', interval: 1, byMonthDay: [28, 29], bySetPos: [-1] });
    expect(en(e.when)).toBe('Every month, on the 29th (or the last day of a shorter month)');
  });

  it('falls on the last day of every month when due on the 31st', () => {
    const e = event(reportDueOn(31), 'monthly-operations-report');
    expect(e.rule).toStrictEqual({ freq: 'MONTHLY', interval: 1, byMonthDay: [-1] });
    expect(en(e.when)).toBe('Every month, on the last day');
  });

  it('is refused for a day that is not one of 1 to 31, naming the obligation, the parameter and the value', () => {
    const error = refusal(reportDueOn(32));
    expect(error.name).toBe('CadenceError');
    expect(error.message).toBe(
      'obligation `monthly-operations-report`: day parameter `ops-report-day` must be a day of the month from 1 to 31, not `32`',
    );
  });

  it('is refused when its day parameter does not exist', () => {
    const model = withChange(fixtureModel(), 'obligations', 'monthly-operations-report', (d) => {
      d.cadence.dayParameter = { collection: 'parameters', id: 'nowhere' };
    });
    const error = refusal(model);
    expect(error.name).toBe('CadenceError');
    expect(error.message).toBe('obligation `monthly-operations-report`: day parameter `nowhere` does not exist');
  });
});

describe('a period of months that does not divide the year', () => {
  it('repeats every n months from the first, due by its last day', () => {
    const model = withChange(fixtureModel(), 'obligations', 'monthly-release', (d) => {
      d.cadence.interval = 5;
    });
    const e = event(model, 'monthly-release');
    expect(e.rule).toStrictEqual({ freq: 'MONTHLY', interval: 5, byMonthDay: [-1] });
    expect(e.timing).toBe('due');
    expect(e.parameters).toEqual([]);
    expect(en(e.when)).toBe('Every 5 months, due by the last day');
  });

  it('falls on its day of the first month when a parameter fixes the day', () => {
    const model = withChange(fixtureModel(), 'obligations', 'monthly-operations-report', (d) => {
      d.cadence.interval = 5;
    });
    const e = event(model, 'monthly-operations-report');
    expect(e.rule).toStrictEqual({ freq: 'MONTHLY', interval: 5, byMonthDay: [5] });
    expect(e.timing).toBe('day');
    expect(en(e.when)).toBe('Every 5 months, on the 5th of the first month');
  });
});

describe('a quarterly duty every n quarters', () => {
  it('is due at the end of every n-th quarter, its months named', () => {
    const model = withChange(fixtureModel(), 'obligations', 'quarterly-internal-audit', (d) => {
      d.cadence.interval = 2;
    });
    const e = event(model, 'quarterly-internal-audit');
    expect(e.rule).toStrictEqual({ freq: 'YEARLY', interval: 1, byMonth: [6, 12], byMonthDay: [-1] });
  });
});

describe('an interval parameter', () => {
  const rotationEvery = (years: unknown) =>
    withChange(fixtureModel(), 'parameters', 'rotation-years', (d) => {
      d.value = years;
    });

  it('of 1 makes a yearly duty, said as every year', () => {
    const e = event(rotationEvery(1), 'rotation');
    expect(e.rule).toStrictEqual({ freq: 'YEARLY', interval: 1, byMonth: [12], byMonthDay: [31] });
    expect(e.parameters).toEqual(['rotation-years']);
    expect(en(e.when)).toBe('Every year, due by 31 December');
  });

  it('of 2 is said as every 2 years', () => {
    const e = event(rotationEvery(2), 'rotation');
    expect(e.rule).toStrictEqual({ freq: 'YEARLY', interval: 2, byMonth: [12], byMonthDay: [31] });
    expect(en(e.when)).toBe('Every 2 years, due by 31 December');
  });

  it('below 1, not a number, or missing is refused', () => {
    const refused = (parameter: string) =>
      `obligation \`rotation\`: interval parameter \`${parameter}\` must be a whole number of at least 1`;
    const gone = withChange(fixtureModel(), 'obligations', 'rotation', (d) => {
      d.cadence.intervalParameter = { collection: 'parameters', id: 'rotation-years-gone' };
    });
    for (const [model, message] of [
      [rotationEvery(0), refused('rotation-years')],
      [rotationEvery('three'), refused('rotation-years')],
      [gone, refused('rotation-years-gone')],
    ] as const) {
      const error = refusal(model);
      expect(error.name).toBe('CadenceError');
      expect(error.message).toBe(message);
    }
  });
});

describe('a yearly cadence', () => {
  it('cannot take a day parameter', () => {
    const model = withChange(fixtureModel(), 'obligations', 'rotation', (d) => {
      d.cadence.dayParameter = { collection: 'parameters', id: 'ops-report-day' };
    });
    const error = refusal(model);
    expect(error.name).toBe('CadenceError');
    expect(error.message).toBe('obligation `rotation`: a yearly cadence cannot take a day parameter');
  });
});

describe('a weekly duty on a weekday', () => {
  it('every second week is said with the period and the weekday', () => {
    const model = withChange(fixtureModel(), 'obligations', 'weekly-department-meeting', (d) => {
      d.cadence.interval = 2;
    });
    const e = event(model, 'weekly-department-meeting');
    expect(e.rule).toStrictEqual({ freq: 'WEEKLY', interval: 2, byDay: ['TU'] });
    expect(en(e.when)).toBe('Every 2 weeks, on Tuesday');
  });

  /** The fixture with the weekly meeting on `day`. */
  const meetingOn = (day: string) =>
    withChange(fixtureModel(), 'parameters', 'weekly-meeting-day', (d) => {
      d.value = day;
    });

  it('falls on Monday, the first day of the week, written in any case', () => {
    const e = event(meetingOn('Monday'), 'weekly-department-meeting');
    expect(e.rule).toStrictEqual({ freq: 'WEEKLY', interval: 1, byDay: ['MO'] });
  });

  it('is refused for a day that is not a weekday, naming the weekdays', () => {
    const error = refusal(meetingOn('someday'));
    expect(error.name).toBe('CadenceError');
    expect(error.message).toBe(
      'obligation `weekly-department-meeting`: day parameter `weekly-meeting-day` must be a weekday ' +
        '(monday, tuesday, wednesday, thursday, friday, saturday, sunday), not `someday`',
    );
  });
});

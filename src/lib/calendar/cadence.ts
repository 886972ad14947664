/**
 * From an obligation's cadence to a recurrence rule, its first date and the rule in words
 * (dictionary keys with values, worded by the page).
 *
 * Dates are calendar days in the department's time zone, Asia/Shanghai. The policy fixes days
 * (report due days, the meeting weekday, the strategy meeting's day of the quarter) but never a
 * time of day, so every event is an all-day event; a time the handbook proposes (`cadence.time`) is
 * worded with the rule and marked by its own basis. A cadence with no day parameter is shown at the
 * end of its period, as a "due" date ("each quarter" → the last day of the quarter), except weekly
 * meetings, shown on the Monday; a cadence that names its months (`cadence.months`) falls in those.
 *
 * The first date (DTSTART) is the first occurrence on or after the obligation's effective date,
 * so the feed is the same on every build and follows a change of parameter at once.
 */
import { WEEKDAYS, type Bilingual } from '../../schemas/index.ts';
import type { Entry } from '../content/load.ts';
import { basisId, type BasisId } from '../matrix.ts';
import type { Model } from '../model.ts';
import { say, type Words } from '../words.ts';
import { firstOccurrence, WEEKDAY_CODES, type RecurrenceRule } from './rule.ts';

export interface RecurringEvent {
  /** The obligation's id; also the event's UID. */
  id: string;
  title: Bilingual;
  description: string;
  kind: string;
  owner: string;
  participants: string[];
  basis: BasisId;
  cadenceBasis: BasisId;
  rule: RecurrenceRule;
  /** First occurrence, YYYY-MM-DD, in Asia/Shanghai. */
  start: string;
  /** `day`: a parameter fixes the day; `due`: the end of the period; `week-start`: a weekly duty with no day. */
  timing: 'day' | 'due' | 'week-start';
  /** Parameters the rule is computed from. */
  parameters: string[];
  /** The rule in words. */
  when: Words;
  /** Where the months of the year the duty falls in come from, when its cadence names them. */
  monthsBasis?: BasisId;
  /** The time of day it starts (`10:00`), where the content gives one, and where that comes from. */
  time?: { at: string; basis: BasisId };
}

/** BYMONTHDAY for "day d": day d, or the month's last day where it is shorter (31 is simply the last day). */
function dayOfMonth(d: number): Pick<RecurrenceRule, 'byMonthDay' | 'bySetPos'> {
  if (d <= 28) return { byMonthDay: [d] };
  if (d === 31) return { byMonthDay: [-1] };
  return { byMonthDay: Array.from({ length: d - 27 }, (_, i) => 28 + i), bySetPos: [-1] };
}

/** A cadence the calendar cannot follow; the message names the obligation, the parameter and the value. */
class CadenceError extends Error {
  constructor(obligation: string, message: string) {
    super(`obligation \`${obligation}\`: ${message}`);
    this.name = 'CadenceError';
  }
}

/** "Every week", "Every 3 months": the dictionary's word for one period or several. */
function period(freq: 'week' | 'month' | 'quarter' | 'year', n: number): Words {
  const one = {
    week: 'calendar.period.week',
    month: 'calendar.period.month',
    quarter: 'calendar.period.quarter',
    year: 'calendar.period.year',
  } as const;
  const many = {
    week: 'calendar.period.weeks',
    month: 'calendar.period.months',
    quarter: 'calendar.period.quarters',
    year: 'calendar.period.years',
  } as const;
  return n === 1 ? say(one[freq]) : say(many[freq], { n });
}

/** Turns one obligation's cadence into a rule, reading its parameters from the model. */
function cadenceRule(
  model: Model,
  o: Entry<'obligations'>,
): Pick<RecurringEvent, 'rule' | 'timing' | 'parameters' | 'when' | 'monthsBasis'> {
  const { cadence } = o.data;
  const parameters: string[] = [];
  let interval = cadence.interval;
  if (cadence.intervalParameter) {
    const p = model.get('parameters', cadence.intervalParameter.id);
    if (!p || typeof p.data.value !== 'number' || p.data.value < 1)
      throw new CadenceError(
        o.id,
        `interval parameter \`${cadence.intervalParameter.id}\` must be a whole number of at least 1`,
      );
    interval = p.data.value;
    parameters.push(p.id);
  }
  const dayParam = cadence.dayParameter ? model.get('parameters', cadence.dayParameter.id) : undefined;
  if (cadence.dayParameter && !dayParam)
    throw new CadenceError(o.id, `day parameter \`${cadence.dayParameter.id}\` does not exist`);
  if (dayParam) parameters.push(dayParam.id);

  if (cadence.freq === 'weekly') {
    if (dayParam) {
      const index = WEEKDAYS.indexOf(String(dayParam.data.value).toLowerCase() as (typeof WEEKDAYS)[number]);
      if (index < 0)
        throw new CadenceError(
          o.id,
          `day parameter \`${dayParam.id}\` must be a weekday (${WEEKDAYS.join(', ')}), not \`${dayParam.data.value}\``,
        );
      // every week: written as people write it, "Every Tuesday, 10:00" / "每周二 10:00"
      const weekday = { weekday: index, style: 'cadence' as const };
      return {
        rule: { freq: 'WEEKLY', interval, byDay: [WEEKDAY_CODES[index]!] },
        timing: 'day',
        parameters,
        when:
          interval > 1
            ? say('calendar.when.weekday', { period: period('week', interval), weekday: { weekday: index } })
            : cadence.time
              ? say('calendar.when.everyWeekdayAt', { weekday, time: cadence.time })
              : say('calendar.when.everyWeekday', { weekday }),
      };
    }
    return {
      rule: { freq: 'WEEKLY', interval, byDay: ['MO'] },
      timing: 'week-start',
      parameters,
      when: say('calendar.when.weekStart', { period: period('week', interval) }),
    };
  }

  if (cadence.freq === 'yearly') {
    if (dayParam) throw new CadenceError(o.id, 'a yearly cadence cannot take a day parameter');
    return {
      rule: { freq: 'YEARLY', interval, byMonth: [12], byMonthDay: [31] },
      timing: 'due',
      parameters,
      when: say('calendar.when.yearEnd', { period: period('year', interval), day: 31, month: { month: 12 } }),
    };
  }

  // monthly and quarterly: a period of n months
  const months = cadence.freq === 'quarterly' ? 3 * interval : interval;
  const every = cadence.freq === 'quarterly' ? period('quarter', interval) : period('month', interval);
  let day: Pick<RecurrenceRule, 'byMonthDay' | 'bySetPos'> = { byMonthDay: [-1] };
  let timing: RecurringEvent['timing'] = 'due';
  // day-of-quarter: day d of the first month of each quarter; a day of the month in a longer period also falls in its first month
  const firstMonthOfPeriod = months > 1;
  let dayWords: Words | undefined;
  if (dayParam) {
    const value = Number(dayParam.data.value);
    if (!Number.isInteger(value) || value < 1 || value > 31)
      throw new CadenceError(
        o.id,
        `day parameter \`${dayParam.id}\` must be a day of the month from 1 to 31, not \`${dayParam.data.value}\``,
      );
    day = dayOfMonth(value);
    timing = 'day';
    // `ordinal` for languages that say "the 5th", `day` for those that say 5日
    dayWords =
      value === 31
        ? say(firstMonthOfPeriod ? 'calendar.day.lastOfFirstMonth' : 'calendar.day.last')
        : value > 28
          ? say(firstMonthOfPeriod ? 'calendar.day.nthOfFirstMonthOrLast' : 'calendar.day.nthOrLast', {
              ordinal: { ordinal: value },
              day: value,
            })
          : say(firstMonthOfPeriod ? 'calendar.day.nthOfFirstMonth' : 'calendar.day.nth', {
              ordinal: { ordinal: value },
              day: value,
            });
  }
  if (months === 1)
    return {
      rule: { freq: 'MONTHLY', interval: 1, ...day },
      timing,
      parameters,
      when: dayWords
        ? say('calendar.when.day', { period: every, day: dayWords })
        : say('calendar.when.monthEnd', { period: every }),
    };
  if (12 % months !== 0) {
    return {
      rule: { freq: 'MONTHLY', interval: months, ...day },
      timing,
      parameters,
      when: dayWords
        ? say('calendar.when.day', { period: every, day: dayWords })
        : say('calendar.when.periodEnd', { period: every }),
    };
  }
  // periods that divide the year: name their months, so the quarter or half-year is explicit
  const count = 12 / months;
  const named = !dayParam && cadence.months !== undefined;
  const byMonth = named
    ? cadence.months!
    : Array.from({ length: count }, (_, i) => (firstMonthOfPeriod && dayParam ? 1 + i * months : (i + 1) * months));
  return {
    rule: { freq: 'YEARLY', interval: 1, byMonth, ...day },
    timing,
    parameters,
    when: dayWords
      ? say('calendar.when.dayInMonths', { period: every, day: dayWords, months: { months: byMonth } })
      : say('calendar.when.endOfMonths', { period: every, months: { months: byMonth } }),
    ...(named && cadence.monthsBasis ? { monthsBasis: basisId(cadence.monthsBasis) } : {}),
  };
}

export function recurringEvents(model: Model): RecurringEvent[] {
  return model.all('obligations').map((o) => {
    const r = cadenceRule(model, o);
    return {
      id: o.id,
      title: o.data.title,
      description: o.data.description,
      kind: o.data.kind,
      owner: o.data.owner.id,
      participants: o.data.participants.map((p) => p.id),
      basis: basisId(o.data.basis),
      cadenceBasis: basisId(o.data.cadence.basis),
      ...r,
      ...(o.data.cadence.time && o.data.cadence.timeBasis
        ? { time: { at: o.data.cadence.time, basis: basisId(o.data.cadence.timeBasis) } }
        : {}),
      start: firstOccurrence(r.rule, o.data.document.effective),
    };
  });
}

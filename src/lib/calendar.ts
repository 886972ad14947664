/**
 * Recurring obligations as calendar events: a recurrence rule from each cadence, its first date
 * from the parameters, and the iCalendar feed built with ical-generator.
 *
 * Dates are calendar days in the department's time zone, Asia/Shanghai. The policy fixes days
 * (report due days, the meeting weekday, the strategy meeting's day of the quarter) but never a
 * time of day, so every event is an all-day event: a subscriber sees the duty on its day, and no
 * hour is invented. A cadence with no day parameter is shown at the end of its period, as a
 * "due" date ("each quarter" → the last day of the quarter), except weekly meetings, shown on the
 * Monday.
 *
 * The first date (DTSTART) is the first occurrence on or after the obligation's effective date,
 * so the feed is the same on every build and follows a change of parameter at once.
 */
import ical, {
  type ICalEventRepeatingFreq,
  type ICalRepeatingOptions,
  type ICalRRuleStub,
  type ICalWeekday,
} from 'ical-generator';
import { WEEKDAYS, type Bilingual } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import { basisId, basisLabel, type BasisId } from './basis.ts';
import type { Model } from './model.ts';
import { roleName } from './titles.ts';
import { TIME_ZONE } from './today.ts';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A recurrence rule, the subset of RFC 5545 the cadences need. */
export interface RecurrenceRule {
  freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  byDay?: Weekday[];
  byMonth?: number[];
  /** Days of the month; negative counts from the end (-1 is the last day). */
  byMonthDay?: number[];
  bySetPos?: number[];
}

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
  when: string;
  /** Where a proposal of the handbook places the duty inside its period. */
  placement?: string;
}

/**
 * Proposed months for duties whose description places them in the year but whose cadence cannot
 * say so (the two six-monthly drills alternate quarters, so one drill of the two runs every
 * quarter). Used only when it fits the cadence: as many months as periods in a year, evenly spaced.
 */
export const PROPOSED_MONTHS: Record<string, { months: number[]; note: string }> = {
  'drill-security-incident': { months: [3, 9], note: 'in the first and third quarters, as its description proposes' },
  'drill-data-leak': { months: [6, 12], note: 'in the second and fourth quarters, as its description proposes' },
};

// ---- dates as plain calendar days ----------------------------------------------------------

export interface Day {
  year: number;
  month: number;
  day: number;
}

export const parseDay = (iso: string): Day => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
export const formatDay = (d: Day): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const toUtc = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (date: Date): Day => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});
const addDays = (d: Day, n: number): Day => fromUtc(new Date(toUtc(d).getTime() + n * 86_400_000));
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 for Monday … 6 for Sunday. */
const weekdayIndex = (d: Day): number => (toUtc(d).getUTCDay() + 6) % 7;

export { TIME_ZONE, todayIn } from './today.ts';

// ---- matching a rule ------------------------------------------------------------------------

/** The days of a month a rule's BYMONTHDAY and BYSETPOS select. */
function monthDays(rule: RecurrenceRule, year: number, month: number): number[] {
  const last = daysInMonth(year, month);
  const candidates = [
    ...new Set((rule.byMonthDay ?? []).map((v) => (v > 0 ? v : last + 1 + v)).filter((v) => v >= 1 && v <= last)),
  ].sort((a, b) => a - b);
  if (!rule.bySetPos?.length) return candidates;
  return rule.bySetPos
    .map((p) => candidates[p > 0 ? p - 1 : candidates.length + p])
    .filter((v): v is number => v !== undefined);
}

/** Whether `d` is an occurrence of `rule` started at `start` (the interval counts from the start's period). */
export function occursOn(rule: RecurrenceRule, start: Day, d: Day): boolean {
  if (toUtc(d) < toUtc(start)) return false;
  if (rule.freq === 'WEEKLY') {
    const weeks = Math.floor(
      (toUtc(addDays(d, -weekdayIndex(d))).getTime() - toUtc(addDays(start, -weekdayIndex(start))).getTime()) /
        (7 * 86_400_000),
    );
    const days = rule.byDay ?? [WEEKDAY_CODES[weekdayIndex(start)]!];
    return weeks % rule.interval === 0 && days.includes(WEEKDAY_CODES[weekdayIndex(d)]!);
  }
  if (rule.freq === 'MONTHLY') {
    const months = (d.year - start.year) * 12 + (d.month - start.month);
    const days = rule.byMonthDay ? monthDays(rule, d.year, d.month) : [start.day];
    return months % rule.interval === 0 && days.includes(d.day);
  }
  const years = d.year - start.year;
  const months = rule.byMonth ?? [start.month];
  const days = rule.byMonthDay ? monthDays(rule, d.year, d.month) : [start.day];
  return years % rule.interval === 0 && months.includes(d.month) && days.includes(d.day);
}

/** Every occurrence from `from` to `to` (inclusive, YYYY-MM-DD). */
export function occurrences(event: Pick<RecurringEvent, 'rule' | 'start'>, from: string, to: string): string[] {
  const start = parseDay(event.start);
  const out: string[] = [];
  for (let d = parseDay(from > event.start ? from : event.start); formatDay(d) <= to; d = addDays(d, 1)) {
    if (occursOn(event.rule, start, d)) out.push(formatDay(d));
  }
  return out;
}

/** The first day on or after `anchor` that matches the rule's pattern: the event's DTSTART. */
export function firstOccurrence(rule: RecurrenceRule, anchor: string): string {
  let d = parseDay(anchor);
  for (let i = 0; i < 400; i++, d = addDays(d, 1)) {
    // the start defines the interval's phase, so test the pattern with interval 1
    if (occursOn({ ...rule, interval: 1 }, d, d)) return formatDay(d);
  }
  throw new Error(`no date within a year of ${anchor} matches ${rruleText(rule)}`);
}

export function rruleText(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth?.length) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay?.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay?.length) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.bySetPos?.length) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  return parts.join(';');
}

// ---- from cadence to rule -------------------------------------------------------------------

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** BYMONTHDAY for "day d": day d, or the month's last day where it is shorter (31 is simply the last day). */
function dayOfMonth(d: number): Pick<RecurrenceRule, 'byMonthDay' | 'bySetPos'> {
  if (d <= 28) return { byMonthDay: [d] };
  if (d === 31) return { byMonthDay: [-1] };
  return { byMonthDay: Array.from({ length: d - 27 }, (_, i) => 28 + i), bySetPos: [-1] };
}

export class CadenceError extends Error {
  constructor(obligation: string, message: string) {
    super(`obligation \`${obligation}\`: ${message}`);
    this.name = 'CadenceError';
  }
}

/** Turns one obligation's cadence into a rule, reading its parameters from the model. */
export function cadenceRule(
  model: Model,
  o: Entry<'obligations'>,
): Pick<RecurringEvent, 'rule' | 'timing' | 'parameters' | 'when' | 'placement'> {
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
  const every = (n: number, unit: string) => (n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`);

  if (cadence.freq === 'weekly') {
    if (dayParam) {
      const index = WEEKDAYS.indexOf(String(dayParam.data.value).toLowerCase() as (typeof WEEKDAYS)[number]);
      if (index < 0)
        throw new CadenceError(
          o.id,
          `day parameter \`${dayParam.id}\` must be a weekday (${WEEKDAYS.join(', ')}), not \`${dayParam.data.value}\``,
        );
      const name = WEEKDAYS[index]!.replace(/^./, (c) => c.toUpperCase());
      return {
        rule: { freq: 'WEEKLY', interval, byDay: [WEEKDAY_CODES[index]!] },
        timing: 'day',
        parameters,
        when: `${every(interval, 'week')}, on ${name}`,
      };
    }
    return {
      rule: { freq: 'WEEKLY', interval, byDay: ['MO'] },
      timing: 'week-start',
      parameters,
      when: `${every(interval, 'week')} (no day fixed; shown on Monday)`,
    };
  }

  if (cadence.freq === 'yearly') {
    if (dayParam) throw new CadenceError(o.id, 'a yearly cadence cannot take a day parameter');
    return {
      rule: { freq: 'YEARLY', interval, byMonth: [12], byMonthDay: [31] },
      timing: 'due',
      parameters,
      when: `${every(interval, 'year')}, due by 31 December`,
    };
  }

  // monthly and quarterly: a period of n months
  const months = cadence.freq === 'quarterly' ? 3 * interval : interval;
  const periodWord =
    cadence.freq === 'quarterly'
      ? interval === 1
        ? 'Every quarter'
        : `Every ${interval} quarters`
      : every(interval, 'month');
  let day: Pick<RecurrenceRule, 'byMonthDay' | 'bySetPos'> = { byMonthDay: [-1] };
  let timing: RecurringEvent['timing'] = 'due';
  let firstMonthOfPeriod = false;
  let dayWords = 'due by the last day';
  if (dayParam) {
    const value = Number(dayParam.data.value);
    if (!Number.isInteger(value) || value < 1 || value > 31)
      throw new CadenceError(
        o.id,
        `day parameter \`${dayParam.id}\` must be a day of the month from 1 to 31, not \`${dayParam.data.value}\``,
      );
    day = dayOfMonth(value);
    timing = 'day';
    // day-of-quarter: day d of the first month of each quarter; a day of the month in a longer period also falls in its first month
    firstMonthOfPeriod = months > 1;
    dayWords =
      value === 31
        ? `on the last day${firstMonthOfPeriod ? ' of the first month' : ''}`
        : `on the ${ordinal(value)}${firstMonthOfPeriod ? ' of the first month' : ''}${value > 28 ? ' (or the last day of a shorter month)' : ''}`;
  }
  if (months === 1)
    return {
      rule: { freq: 'MONTHLY', interval: 1, ...day },
      timing,
      parameters,
      when: `${periodWord}, ${dayWords}${dayParam ? '' : ' of the month'}`,
    };
  if (12 % months !== 0) {
    return {
      rule: { freq: 'MONTHLY', interval: months, ...day },
      timing,
      parameters,
      when: `${periodWord}, ${dayWords}`,
    };
  }
  // periods that divide the year: name their months, so the quarter or half-year is explicit
  const count = 12 / months;
  let byMonth = Array.from({ length: count }, (_, i) => (firstMonthOfPeriod ? 1 + i * months : (i + 1) * months));
  let placement: string | undefined;
  const proposed = PROPOSED_MONTHS[o.id];
  if (
    proposed &&
    !dayParam &&
    proposed.months.length === count &&
    proposed.months.every((m, i) => i === 0 || m - proposed.months[i - 1]! === months)
  ) {
    byMonth = proposed.months;
    placement = proposed.note;
  }
  const names = byMonth.map((m) => MONTH_NAMES[m - 1]!);
  const monthList = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  return {
    rule: { freq: 'YEARLY', interval: 1, byMonth, ...day },
    timing,
    parameters,
    when: `${periodWord}, ${dayWords}${dayParam ? '' : ' of'} ${dayParam ? `(${monthList})` : monthList}`,
    ...(placement ? { placement } : {}),
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
      start: firstOccurrence(r.rule, o.data.document.effective),
    };
  });
}

// ---- iCalendar ------------------------------------------------------------------------------

export interface IcsOptions {
  /** Absolute site URL, for each event's link (`https://handbook.example.internal`). */
  site?: string;
  /** Path of an obligation's page (`/obligations/<id>/`). */
  urlOf?: (id: string) => string;
}

/**
 * The event's recurrence for ical-generator: its options object, which writes the RRULE. The
 * library accepts BYSETPOS only beside BYDAY, which RFC 5545 does not require; for "day 29 or 30,
 * or the last day of a shorter month" (BYMONTHDAY with BYSETPOS) it takes an RRule-like object
 * instead, backed by the same rule and the expansion the tests check against rrule.js.
 */
function repeating(e: RecurringEvent): ICalRepeatingOptions | ICalRRuleStub {
  if (e.rule.bySetPos && !e.rule.byDay) {
    return {
      toString: () => `RRULE:${rruleText(e.rule)}`,
      between: (after: Date, before: Date) =>
        occurrences(e, after.toISOString().slice(0, 10), before.toISOString().slice(0, 10)).map(
          (d) => new Date(`${d}T00:00:00Z`),
        ),
    };
  }
  return {
    freq: e.rule.freq as ICalEventRepeatingFreq,
    ...(e.rule.interval !== 1 ? { interval: e.rule.interval } : {}),
    ...(e.rule.byDay ? { byDay: e.rule.byDay as ICalWeekday[] } : {}),
    ...(e.rule.byMonth ? { byMonth: e.rule.byMonth } : {}),
    ...(e.rule.byMonthDay ? { byMonthDay: e.rule.byMonthDay } : {}),
    ...(e.rule.bySetPos ? { bySetPos: e.rule.bySetPos } : {}),
  };
}

const basisWords = (b: BasisId) => basisLabel(b, 'proposed by the handbook');

/** The feed: one all-day recurring event per obligation, UID `<id>@<site host>`. */
export function buildIcs(model: Model, options: IcsOptions = {}): string {
  const events = recurringEvents(model);
  const host = options.site ? new URL(options.site).host : 'handbook.local';
  const name = (id: string) => roleName(model, id);
  // DTSTAMP: the latest review of anything the feed is computed from, so every build writes the same feed
  const stamp =
    [...model.all('obligations'), ...model.all('parameters')]
      .map((e) => e.data.document.reviewed)
      .sort()
      .at(-1) ?? '2026-01-01';
  const calendar = ical({
    name: 'IT Policy Handbook: recurring duties',
    description: 'Every recurring duty of the hotel reservation system policy, with the days set by its open values.',
    prodId: { company: 'hotel-it', product: 'policy-handbook', language: 'EN' },
    ...(options.site ? { url: options.site } : {}),
  });
  // no TZID is used (all-day events), so no VTIMEZONE is needed; this tells clients the calendar's home zone
  calendar.x('X-WR-TIMEZONE', TIME_ZONE);
  for (const e of events) {
    const start = parseDay(e.start);
    const lines = [
      e.description,
      '',
      `When: ${e.when}${e.placement ? ` (${e.placement})` : ''}.`,
      `Owner: ${name(e.owner)}.`,
      e.participants.length ? `Participants: ${e.participants.map(name).join(', ')}.` : '',
      `Required by ${basisWords(e.basis)}; cadence ${basisWords(e.cadenceBasis)}.`,
      e.parameters.length ? `Open values used: ${e.parameters.join(', ')}.` : '',
    ].filter((l, i) => l !== '' || i === 1);
    calendar.createEvent({
      id: `${e.id}@${host}`,
      // all-day: ical-generator writes a Date's UTC calendar day when no calendar time zone is set
      start: new Date(Date.UTC(start.year, start.month - 1, start.day)),
      allDay: true,
      stamp: new Date(`${stamp}T00:00:00Z`),
      summary: e.timing === 'due' ? `${e.title.en} (due)` : e.title.en,
      description: lines.join('\n'),
      repeating: repeating(e),
      ...(options.site && options.urlOf ? { url: new URL(options.urlOf(e.id), options.site).href } : {}),
    });
  }
  return calendar.toString();
}

// ---- the year view --------------------------------------------------------------------------

export interface YearView {
  /** The months shown, `YYYY-MM`. */
  months: string[];
  rows: { event: RecurringEvent; days: number[][] }[];
}

/** `months` months from `fromMonth` (YYYY-MM), each event's days in each month. */
export function yearView(events: RecurringEvent[], fromMonth: string, months = 12): YearView {
  const [y, m] = fromMonth.split('-').map(Number) as [number, number];
  const list = Array.from({ length: months }, (_, i) => {
    const total = y * 12 + (m - 1) + i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
  const first = `${list[0]}-01`;
  const lastMonth = list.at(-1)!;
  const last = `${lastMonth}-${String(daysInMonth(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5)))).padStart(2, '0')}`;
  return {
    months: list,
    rows: events.map((event) => {
      const dates = occurrences(event, first, last);
      return {
        event,
        days: list.map((month) => dates.filter((d) => d.startsWith(month)).map((d) => Number(d.slice(8)))),
      };
    }),
  };
}

export const monthName = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5)) - 1]!.slice(0, 3)} ${month.slice(0, 4)}`;

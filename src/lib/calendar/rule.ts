/** Recurrence rules (the subset of RFC 5545 the cadences need): matching a day, listing occurrences, RRULE text. */
import { addDays, daysInMonth, formatDay, parseDay, toUtc, weekdayIndex, type Day } from './days.ts';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

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
function occursOn(rule: RecurrenceRule, start: Day, d: Day): boolean {
  // Stryker disable next-line BooleanLiteral: no caller asks about a day before the start (occurrences begins at it, firstOccurrence passes the day as its own start)
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

/** Every occurrence from `from` to `to` (inclusive, YYYY-MM-DD) of a rule started at `start`. */
export function occurrences(event: { rule: RecurrenceRule; start: string }, from: string, to: string): string[] {
  const start = parseDay(event.start);
  const out: string[] = [];
  for (let d = parseDay(from > event.start ? from : event.start); formatDay(d) <= to; d = addDays(d, 1)) {
    if (occursOn(event.rule, start, d)) out.push(formatDay(d));
  }
  return out;
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

/** The first day on or after `anchor` that matches the rule's pattern: the event's DTSTART. */
export function firstOccurrence(rule: RecurrenceRule, anchor: string): string {
  let d = parseDay(anchor);
  for (let i = 0; i < 400; i++, d = addDays(d, 1)) {
    // the start defines the interval's phase, so test the pattern with interval 1
    if (occursOn({ ...rule, interval: 1 }, d, d)) return formatDay(d);
  }
  throw new RangeError(`${rruleText(rule)}: no occurrence within 400 days of ${anchor}`);
}

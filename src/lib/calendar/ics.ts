/** The iCalendar feed, built with ical-generator: one all-day recurring event per obligation. */
import ical, {
  type ICalEventRepeatingFreq,
  type ICalRepeatingOptions,
  type ICalRRuleStub,
  type ICalWeekday,
} from 'ical-generator';
import type { BasisId } from '../matrix.ts';
import type { Model } from '../model.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../routes.ts';
import { TIME_ZONE } from '../today.ts';
import { named, say, type Words } from '../words.ts';
import { parseDay } from './days.ts';
import { occurrences, rruleText } from './rule.ts';
import { recurringEvents, type RecurringEvent } from './cadence.ts';

export interface IcsOptions {
  /** Turns words into text, in the feed's language. */
  say: (words: Words) => string;
  /** The feed's language: the events' titles and the calendar's language tag (English by default). */
  locale?: Locale;
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
    // Stryker disable next-line ObjectLiteral: no cadence gives BYSETPOS beside BYDAY, and one without BYDAY takes the branch above
    ...(e.rule.bySetPos ? { bySetPos: e.rule.bySetPos } : {}),
  };
}

const basisWords = (b: BasisId): Words =>
  b === 'proposed' ? say('ics.basisProposed') : say('ics.basisClause', { id: b });

/** The lines of an event's description, as words. */
function eventDescription(e: RecurringEvent): Words[] {
  return [
    { text: e.description },
    { text: '' },
    say(e.monthsBasis ? 'ics.whenMonths' : 'ics.when', {
      when: e.when,
      ...(e.monthsBasis ? { months: basisWords(e.monthsBasis) } : {}),
    }),
    say('ics.owner', { role: { roles: [e.owner], join: 'and' } }),
    ...(e.participants.length ? [say('ics.participants', { roles: { roles: e.participants, join: 'comma' } })] : []),
    say('ics.basis', { basis: basisWords(e.basis), cadence: basisWords(e.cadenceBasis) }),
    ...(e.parameters.length ? [say('ics.parameters', { ids: e.parameters.join(', ') })] : []),
  ];
}

/** The feed: one all-day recurring event per obligation, UID `<id>@<site host>`. */
export function buildIcs(model: Model, options: IcsOptions): string {
  const events = recurringEvents(model);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const host = options.site ? new URL(options.site).host : 'handbook.local';
  // DTSTAMP: the latest review of anything the feed is computed from, so every build writes the same feed
  const stamp =
    [...model.all('obligations'), ...model.all('parameters')]
      .map((e) => e.data.document.reviewed)
      .sort()
      // Stryker disable next-line StringLiteral: this default is taken only when the model has no obligations, and then no event carries the stamp
      .at(-1) ?? '2026-01-01';
  const calendar = ical({
    name: options.say(say('ics.name')),
    description: options.say(say('ics.description')),
    prodId: { company: 'hotel-it', product: 'policy-handbook', language: LOCALES[locale].htmlLang.toUpperCase() },
    ...(options.site ? { url: options.site } : {}),
  });
  // no TZID is used (all-day events), so no VTIMEZONE is needed; this tells clients the calendar's home zone
  calendar.x('X-WR-TIMEZONE', TIME_ZONE);
  for (const e of events) {
    const start = parseDay(e.start);
    calendar.createEvent({
      id: `${e.id}@${host}`,
      // all-day: ical-generator writes a Date's UTC calendar day when no calendar time zone is set
      start: new Date(Date.UTC(start.year, start.month - 1, start.day)),
      allDay: true,
      stamp: new Date(`${stamp}T00:00:00Z`),
      summary: options.say(e.timing === 'due' ? say('ics.due', { title: { name: e.title } }) : named(e.title)),
      description: eventDescription(e).map(options.say).join('\n'),
      repeating: repeating(e),
      ...(options.site && options.urlOf ? { url: new URL(options.urlOf(e.id), options.site).href } : {}),
    });
  }
  return calendar.toString();
}

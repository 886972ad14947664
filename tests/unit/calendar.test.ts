/** Every recurring obligation becomes an all-day iCalendar event whose RRULE a parser library reads the same way we do. */
import { beforeEach, describe, expect, it } from 'vitest';
import rrule from 'rrule';
import {
  buildIcs,
  occurrences,
  recurringEvents,
  rruleText,
  yearView,
  todayIn,
  type RecurringEvent,
} from '../../src/lib/calendar/index.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel, realModel, withChange } from '../fixtures/generated/model.ts';

interface IcsEvent {
  uid: string;
  summary: string;
  dtstart: string;
  rrule: string;
  raw: string;
}

/** The VEVENTs of a feed, with folded lines joined (RFC 5545 §3.1). */
function parseIcs(ics: string): IcsEvent[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => {
    const props = Object.fromEntries(
      m[1]!
        .split('\r\n')
        .filter(Boolean)
        .map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon), line.slice(colon + 1)];
        }),
    );
    return {
      uid: props['UID']!,
      summary: props['SUMMARY']!,
      dtstart: props['DTSTART;VALUE=DATE']!,
      rrule: props['RRULE']!,
      raw: m[1]!,
    };
  });
}

/** rrule.js reads DTSTART;VALUE=DATE with the current time of day, so give it midnight UTC explicitly. */
const parserFor = (e: IcsEvent) => rrule.rrulestr(`DTSTART:${e.dtstart}T000000Z\nRRULE:${e.rrule}`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const nextDates = (e: IcsEvent, n: number) =>
  parserFor(e)
    .all((_, i) => i < n)
    .map(iso);
const byUid = (ics: string) => Object.fromEntries(parseIcs(ics).map((e) => [e.uid.split('@')[0]!, e]));
/** Words as the English pages show them. */
const sayIn = (model: Model) => wordsFormatter('en', (id) => roleName(model, id, 'en'));
const feed = (model: Model) =>
  buildIcs(model, {
    say: sayIn(model),
    site: 'https://handbook.example.internal',
    urlOf: (id) => `/obligations/${id}/`,
  });

describe('the iCalendar feed of the fixture model', () => {
  let model: Model;
  let ics: string;
  let events: Record<string, IcsEvent>;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = fixtureModel();
    ics = feed(model);
    events = byUid(ics);
  });

  it('has one event per obligation, all-day, with a stable UID', () => {
    expect(Object.keys(events).sort()).toEqual(model.ids('obligations').sort());
    for (const e of Object.values(events)) {
      expect(e.uid).toMatch(/@handbook\.example\.internal$/);
      expect(e.dtstart).toMatch(/^\d{8}$/);
    }
    expect(ics).toContain('X-WR-TIMEZONE:Asia/Shanghai');
  });

  it.each([
    ['weekly-department-meeting', 'FREQ=WEEKLY;BYDAY=TU', ['2026-11-03', '2026-11-10', '2026-11-17']],
    ['monthly-operations-report', 'FREQ=MONTHLY;BYMONTHDAY=5', ['2026-11-05', '2026-12-05', '2027-01-05']],
    // due day 31: the last day of every month
    [
      'monthly-technical-report',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      ['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28'],
    ],
    ['monthly-release', 'FREQ=MONTHLY;BYMONTHDAY=-1', ['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28']],
    // day of the first month of each quarter
    [
      'quarterly-strategy-meeting',
      'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15',
      ['2027-01-15', '2027-04-15', '2027-07-15'],
    ],
    [
      'quarterly-internal-audit',
      'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      ['2026-12-31', '2027-03-31', '2027-06-30'],
    ],
    // a six-monthly drill in the quarters its description proposes
    ['drill-security-incident', 'FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=-1', ['2027-03-31', '2027-09-30', '2028-03-31']],
    // every rotation-years (3) years
    ['rotation', 'FREQ=YEARLY;INTERVAL=3;BYMONTH=12;BYMONTHDAY=31', ['2026-12-31', '2029-12-31', '2032-12-31']],
  ])('%s: RRULE %s, next dates %j', (id, rule, dates) => {
    const e = events[id]!;
    expect(e.rrule).toBe(rule);
    expect(nextDates(e, dates.length)).toEqual(dates);
    expect(e.dtstart).toBe(dates[0]!.replace(/-/g, ''));
  });

  it('marks a duty with no fixed day as due, and says so in words', () => {
    expect(events['quarterly-internal-audit']!.summary).toBe('Quarterly internal audit (due)');
    expect(events['weekly-department-meeting']!.summary).toBe('Weekly department meeting');
    const audit = recurringEvents(model).find((e) => e.id === 'quarterly-internal-audit')!;
    expect(sayIn(model)(audit.when)).toBe('Every quarter, due by the last day of March, June, September and December');
  });
});

describe('a change of parameter moves the events that use it', () => {
  let model: Model;
  beforeEach(() => {
    model = fixtureModel();
  });
  it('the weekly meeting follows weekly-meeting-day', () => {
    const friday = byUid(feed(withChange(model, 'parameters', 'weekly-meeting-day', (d) => (d.value = 'friday'))));
    expect(friday['weekly-department-meeting']!.rrule).toBe('FREQ=WEEKLY;BYDAY=FR');
    expect(nextDates(friday['weekly-department-meeting']!, 2)).toEqual(['2026-11-06', '2026-11-13']);
  });
  it('a weekly meeting is written as people write it, "Every Tuesday, 10:00" / "每周二 10:00", its time marked by its own basis', () => {
    const timed = withChange(model, 'obligations', 'weekly-department-meeting', (d) => {
      d.cadence.time = '10:00';
      d.cadence.timeBasis = 'proposed';
    });
    const event = (m: Model) => recurringEvents(m).find((e) => e.id === 'weekly-department-meeting')!;
    const en = wordsFormatter('en', (id) => id);
    const zh = wordsFormatter('zh-cn', (id) => id);
    expect(en(event(timed).when)).toBe('Every Tuesday, 10:00');
    expect(zh(event(timed).when)).toBe('每周二 10:00');
    expect(event(timed).time).toEqual({ at: '10:00', basis: 'proposed' });
    expect(en(event(model).when)).toBe('Every Tuesday');
    expect(zh(event(model).when)).toBe('每周二');
    expect(event(model).time).toBeUndefined();
  });
  it('the report follows its due day, and the strategy meeting its day of the quarter', () => {
    const changed = withChange(
      withChange(model, 'parameters', 'ops-report-day', (d) => (d.value = 12)),
      'parameters',
      'strategy-meeting-day',
      (d) => (d.value = 3),
    );
    const events = byUid(feed(changed));
    expect(nextDates(events['monthly-operations-report']!, 2)).toEqual(['2026-11-12', '2026-12-12']);
    expect(nextDates(events['quarterly-strategy-meeting']!, 2)).toEqual(['2027-01-03', '2027-04-03']);
  });
  it('a due day of 30 falls on the last day of February', () => {
    const events = byUid(feed(withChange(model, 'parameters', 'tech-report-day', (d) => (d.value = 30))));
    expect(events['monthly-technical-report']!.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    expect(nextDates(events['monthly-technical-report']!, 4)).toEqual([
      '2026-11-30',
      '2026-12-30',
      '2027-01-30',
      '2027-02-28',
    ]);
  });
  it('rotation follows rotation-years', () => {
    const events = byUid(feed(withChange(model, 'parameters', 'rotation-years', (d) => (d.value = 2))));
    expect(nextDates(events['rotation']!, 3)).toEqual(['2026-12-31', '2028-12-31', '2030-12-31']);
  });
  it('a weekday parameter that is not a weekday is refused, naming the obligation', () => {
    expect(() =>
      recurringEvents(withChange(model, 'parameters', 'weekly-meeting-day', (d) => (d.value = 'someday'))),
    ).toThrow(/weekly-department-meeting.*must be a weekday/);
  });
});

/** Our own expansion (used by the year view) against rrule.js, over three years, for every event. */
function agreesWithRrule(events: RecurringEvent[], ics: string) {
  const parsed = byUid(ics);
  for (const event of events) {
    const e = parsed[event.id]!;
    expect(e.rrule, event.id).toBe(rruleText(event.rule));
    const theirs = parserFor(e)
      .between(new Date('2026-01-01T00:00:00Z'), new Date('2029-12-31T00:00:00Z'), true)
      .map(iso);
    expect(occurrences(event, '2026-01-01', '2029-12-31'), event.id).toEqual(theirs);
    expect(theirs[0], `${event.id}: DTSTART is the first occurrence`).toBe(event.start);
  }
}

describe('every RRULE parses and yields the dates the year view shows', () => {
  it('for the fixture model', () => {
    const model = fixtureModel();
    agreesWithRrule(recurringEvents(model), feed(model));
  });
  it('for the real content', () => {
    const model = realModel();
    const events = recurringEvents(model);
    expect(events.length).toBe(model.ids('obligations').length);
    agreesWithRrule(events, feed(model));
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    // the three reports on their due days, the strategy meeting in the first month of the quarter
    for (const [id, param] of [
      ['monthly-operations-report', 'ops-report-day'],
      ['monthly-security-report', 'security-report-day'],
      ['monthly-technical-report', 'tech-report-day'],
    ] as const) {
      expect(byId[id]!.rule.byMonthDay).toEqual([Number(model.get('parameters', param)!.data.value)]);
    }
    expect(byId['quarterly-strategy-meeting']!.rule.byMonth).toEqual([1, 4, 7, 10]);
  });
});

describe('the year view', () => {
  it('lists each event’s days month by month', () => {
    const view = yearView(recurringEvents(fixtureModel()), '2026-11', 3);
    expect(view.months).toEqual(['2026-11', '2026-12', '2027-01']);
    const row = view.rows.find((r) => r.event.id === 'weekly-department-meeting')!;
    expect(row.days).toEqual([
      [3, 10, 17, 24],
      [1, 8, 15, 22, 29],
      [5, 12, 19, 26],
    ]);
  });
  it('knows today in Shanghai, eight hours ahead of UTC', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('today', () => {
  it('is one day for the review banner, the checker and the calendar: the day in Asia/Shanghai, also after 16:00 UTC', async () => {
    const { todayIso } = await import('../../src/lib/document.ts');
    const { vi } = await import('vitest');
    vi.useFakeTimers({ now: new Date('2026-12-31T17:00:00Z'), toFake: ['Date'] });
    try {
      expect(todayIso()).toBe('2027-01-01');
      expect(todayIn()).toBe('2027-01-01');
    } finally {
      vi.useRealTimers();
    }
  });
});

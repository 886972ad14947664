/**
 * The recurrence the feed hands ical-generator for "day 29 or 30, or the last day of a shorter
 * month": an RRule-like object whose dates are the rule's own, as midnight UTC of each day.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ICalEventData, ICalRRuleStub } from 'ical-generator';
import { buildIcs } from '../../src/lib/calendar/ics.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const created = vi.hoisted(() => [] as ICalEventData[]);

vi.mock('ical-generator', async (importOriginal) => {
  const real = await importOriginal<typeof import('ical-generator')>();
  const wrapped = (...args: Parameters<typeof real.default>) => {
    const calendar = real.default(...args);
    const createEvent = calendar.createEvent.bind(calendar);
    calendar.createEvent = (data: ICalEventData) => {
      created.push(data);
      return createEvent(data);
    };
    return calendar;
  };
  return { ...real, default: wrapped };
});

describe('the recurrence of a duty due on the 30th', () => {
  it('gives the RRULE and, between two instants, the due days at midnight UTC', () => {
    created.length = 0;
    const model = withChange(fixtureModel(), 'parameters', 'tech-report-day', (d) => {
      d.value = 30;
    });
    buildIcs(model, { say: wordsFormatter('en', (id) => id) });
    const event = created.find((e) => String(e.id).startsWith('monthly-technical-report@'))!;
    const stub = event.repeating as ICalRRuleStub;
    expect(stub.toString()).toBe('RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    const dates = stub.between(new Date('2026-12-01T09:30:00Z'), new Date('2027-03-05T18:00:00Z'));
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-12-30T00:00:00.000Z',
      '2027-01-30T00:00:00.000Z',
      '2027-02-28T00:00:00.000Z',
    ]);
  });
});

/**
 * Recurring obligations as calendar events, by job: plain calendar days (`days.ts`), recurrence
 * rules (`rule.ts`), from cadence to rule (`cadence.ts`), the iCalendar feed (`ics.ts`) and the
 * year view (`year-view.ts`).
 */
export { daysInMonth, formatDay, parseDay, type Day } from './days.ts';
export { firstOccurrence, occurrences, occursOn, rruleText, type RecurrenceRule, type Weekday } from './rule.ts';
export { CadenceError, cadenceRule, recurringEvents, type RecurringEvent } from './cadence.ts';
export { buildIcs, eventDescription, type IcsOptions } from './ics.ts';
export { yearView, type YearView } from './year-view.ts';
export { TIME_ZONE, todayIn } from '../today.ts';

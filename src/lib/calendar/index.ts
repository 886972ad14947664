/**
 * Recurring obligations as calendar events, by job: plain calendar days (`days.ts`), recurrence
 * rules (`rule.ts`), from cadence to rule (`cadence.ts`), the iCalendar feed (`ics.ts`) and the
 * year view (`year-view.ts`).
 */
export { occurrences, rruleText } from './rule.ts';
export { recurringEvents, type RecurringEvent } from './cadence.ts';
export { buildIcs } from './ics.ts';
export { yearView, type YearView } from './year-view.ts';
export { todayIn } from '../today.ts';

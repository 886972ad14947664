/**
 * "Today" for the handbook: the calendar day in the department's time zone. The review banner,
 * the checker's overdue rule and the calendar all use this one function, so they agree at every
 * hour (UTC would put them a day apart between 16:00 and 24:00 UTC).
 */
export const TIME_ZONE = 'Asia/Shanghai';

/** Today's date, YYYY-MM-DD, in Asia/Shanghai (or another zone, for tests). */
export function todayIn(timeZone: string = TIME_ZONE, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

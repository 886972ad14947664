/** Calendar days as plain numbers (no time of day, no time zone): parse, format, add, compare. */

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
export const toUtc = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (date: Date): Day => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});
export const addDays = (d: Day, n: number): Day => fromUtc(new Date(toUtc(d).getTime() + n * 86_400_000));
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 for Monday … 6 for Sunday. */
export const weekdayIndex = (d: Day): number => (toUtc(d).getUTCDay() + 6) % 7;

/** The year view: months from a given month, each event's days in each month. */
import { daysInMonth } from './days.ts';
import { occurrences } from './rule.ts';
import type { RecurringEvent } from './cadence.ts';

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

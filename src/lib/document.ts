/** Review dates of document control. Dates are YYYY-MM-DD strings, compared as UTC days. */
import type { DocumentControl } from '../schemas/index.ts';
import { todayIn } from './today.ts';

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export const nextReview = (doc: DocumentControl): string => addMonths(doc.reviewed, doc.reviewEveryMonths);

export const isOverdue = (doc: DocumentControl, today: string): boolean => nextReview(doc) < today;

/** Today in the department's time zone. */
export const todayIso = (): string => todayIn();

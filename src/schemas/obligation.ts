import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

const OBLIGATION_KINDS = [
  'meeting',
  'report',
  'release',
  'archive',
  'assessment',
  'review',
  'audit',
  'drill',
  'training',
  'people',
] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A recurring duty, with the cadence a calendar can follow. */
export const obligationSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Short name in both languages. */
    title: bilingual,
    /** What sort of duty it is. */
    kind: z.enum(OBLIGATION_KINDS),
    /** One or two English sentences: what is done. */
    description: z.string().min(1),
    /** How often. A parameter can set the interval (rotation every X years) or the day (reports due on day X). */
    cadence: z
      .strictObject({
        /** Base frequency. */
        freq: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
        /** Every n periods, fixed… */
        interval: z.number().int().min(1).default(1),
        /** …or set by a parameter (overrides `interval`). */
        intervalParameter: ref('parameters').optional(),
        /** The day it falls on, set by a parameter (a weekday, or a day of the month). */
        dayParameter: ref('parameters').optional(),
        /** Where the cadence comes from: the clause that fixes it, or `proposed` where the policy says only "regularly". */
        basis: basis(ref),
        /**
         * The months (1–12) a duty whose period divides the year falls in, when not at the end of each
         * period: one month per period, evenly spaced (`[3, 9]` for every six months in the first and
         * third quarters).
         */
        months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
        /** Where the months come from: `proposed` unless a clause names them. */
        monthsBasis: basis(ref).optional(),
        /** The time of day it starts, `HH:MM` in the department's time zone (a meeting: `10:00`). */
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as `HH:MM`, 24-hour, e.g. `10:00`')
          .optional(),
        /** Where the time comes from: `proposed` unless a clause fixes it (the policy names no time of day). */
        timeBasis: basis(ref).optional(),
      })
      .superRefine((cadence, ctx) => {
        if ((cadence.time === undefined) !== (cadence.timeBasis === undefined))
          ctx.addIssue({
            code: 'custom',
            path: [cadence.time === undefined ? 'timeBasis' : 'time'],
            message:
              cadence.time === undefined
                ? '`timeBasis` needs `time`'
                : '`time` needs its own `timeBasis` (`proposed` unless a clause fixes the time)',
          });
        if (!cadence.months) {
          if (cadence.monthsBasis)
            ctx.addIssue({ code: 'custom', path: ['monthsBasis'], message: '`monthsBasis` needs `months`' });
          return;
        }
        if (!cadence.monthsBasis)
          ctx.addIssue({
            code: 'custom',
            path: ['months'],
            message: '`months` needs its own `monthsBasis` (`proposed` unless a clause names them)',
          });
        const period =
          cadence.freq === 'quarterly' ? 3 * cadence.interval : cadence.freq === 'monthly' ? cadence.interval : 0;
        const fits =
          period > 1 &&
          !cadence.intervalParameter &&
          12 % period === 0 &&
          cadence.months.length === 12 / period &&
          cadence.months.every((m, i) => i === 0 || m - cadence.months![i - 1]! === period);
        if (!fits)
          ctx.addIssue({
            code: 'custom',
            path: ['months'],
            message:
              period > 1 && 12 % period === 0 && !cadence.intervalParameter
                ? `a period of ${period} months needs ${12 / period} months, ${period} apart, in order`
                : 'only a fixed period of months that divides the year (2, 3, 4 or 6 months, a quarter or half-year) can name its months',
          });
      }),
    /** Role accountable for it happening. */
    owner: ref('roles'),
    /** Roles that take part. */
    participants: z.array(ref('roles')).default([]),
    /** What it leaves behind for an auditor: minutes, a report, a drill record… */
    evidence: z.array(z.string().min(1)).default([]),
    /** Clause that requires the duty, or `proposed`. */
    basis: basis(ref),
    /** For a drill: the emergency plan it exercises. */
    plan: ref('plans').optional(),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

import { z } from 'astro/zod';
import { bilingual, documentControl, type RefFactory } from './common.ts';

/** What a parameter's value counts; each language words it in its dictionary (`parameter.unit.days`). */
export const PARAMETER_UNITS = [
  'days',
  'months',
  'years',
  'people',
  'day-of-month',
  'day-of-quarter',
  'weekday',
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

/** One "X" the policy leaves open. Clause text names it as `X{id}`; the clauses that use it are derived from that. */
export const parameterSchema = (ref: RefFactory) =>
  z.strictObject({
    /** What the value is, in both languages. */
    name: bilingual,
    /** The value in force: a number, or a word such as a weekday (`monday`). */
    value: z.union([z.number(), z.string().min(1)]),
    /** Unit of the value, e.g. `people`, `months`, `days`, `day-of-month`, `weekday`. */
    unit: z.enum(PARAMETER_UNITS),
    /** `proposed` until the department approves a value; then `approved`. */
    status: z.enum(['proposed', 'approved']),
    /** One English line: why this value. */
    rationale: z.string().min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

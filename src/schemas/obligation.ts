import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

export const OBLIGATION_KINDS = [
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
    cadence: z.strictObject({
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

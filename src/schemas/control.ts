import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

export const CONTROL_AREAS = [
  'change',
  'separation',
  'access',
  'encryption',
  'logging',
  'backup',
  'drills',
  'training',
  'incident',
  'documents',
  'meetings',
  'procurement',
] as const;

export const LAWS = {
  CSL: { en: 'Cybersecurity Law of the PRC', zh: '《网络安全法》' },
  DSL: { en: 'Data Security Law of the PRC', zh: '《数据安全法》' },
  PIPL: { en: 'Personal Information Protection Law of the PRC', zh: '《个人信息保护法》' },
} as const;
export type LawId = keyof typeof LAWS;

/** A compliance control an auditor can test. */
export const controlSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Short name in both languages. */
    title: bilingual,
    /** Which area of the audit programme it belongs to. */
    area: z.enum(CONTROL_AREAS),
    /** A testable statement: who does what, how often, leaving what. */
    statement: z.string().min(1),
    /** Clause it rests on, or `proposed`. */
    basis: basis(ref),
    /** Laws it serves. An article is cited only when `articleConfirmed` is true; otherwise it reads "article to confirm". */
    laws: z
      .array(
        z.strictObject({
          law: z.enum(['CSL', 'DSL', 'PIPL']),
          article: z.string().optional(),
          articleConfirmed: z.boolean().default(false),
        }),
      )
      .default([]),
    /** Role that operates the control. A control with no owner is reported as an orphan. */
    owner: ref('roles').optional(),
    /** How often it operates: `continuous`, `per-change`, `per-event`, `daily`, `weekly`, `monthly`, `quarterly`, `yearly`. */
    frequency: z.enum(['continuous', 'per-change', 'per-event', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
    /** What shows it operated. */
    evidence: z.array(z.string().min(1)).min(1),
    /** How an auditor tests it: sample, inspect, re-perform. */
    test: z.string().min(1),
    /** The recurring duty that produces its evidence, if any. */
    obligation: ref('obligations').optional(),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

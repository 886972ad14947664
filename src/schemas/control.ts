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

/**
 * The laws a control may serve, each with the version whose article numbers the controls cite:
 * the Cybersecurity Law as amended on 2025-10-28 (in force 2026-01-01; its articles 21, 25 and 42 of
 * the 2016 text are now 23, 27 and 44), and the Data Security and Personal Information Protection Laws
 * as adopted in 2021.
 */
export const LAWS = {
  CSL: {
    en: 'Cybersecurity Law of the PRC',
    zh: '《网络安全法》',
    version: { en: 'as amended 2025, in force 2026-01-01', zh: '2025年修正,2026年1月1日起施行' },
  },
  DSL: {
    en: 'Data Security Law of the PRC',
    zh: '《数据安全法》',
    version: { en: '2021, in force 2021-09-01', zh: '2021年,2021年9月1日起施行' },
  },
  PIPL: {
    en: 'Personal Information Protection Law of the PRC',
    zh: '《个人信息保护法》',
    version: { en: '2021, in force 2021-11-01', zh: '2021年,2021年11月1日起施行' },
  },
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
    /**
     * Where the cadence itself comes from, when it is not what `basis` quotes: the span of a clause that
     * fixes it, or `proposed` when the policy sets none (6.2 says 定期, regularly, not how often).
     * Left out for `continuous`, `per-change` and `per-event`, which state no cadence.
     */
    frequencyBasis: basis(ref).optional(),
    /** What shows it operated. */
    evidence: z.array(z.string().min(1)).min(1),
    /** How an auditor tests it: sample, inspect, re-perform. */
    test: z.string().min(1),
    /** The recurring duty that produces its evidence, if any. */
    obligation: ref('obligations').optional(),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

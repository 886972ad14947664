import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Frontmatter of a runbook (MDX). The body holds the numbered steps inside `<Steps>`. */
export const runbookSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Title in both languages. */
    title: bilingual,
    /** One English sentence for lists and search results. */
    summary: z.string().min(1),
    /** The situations that call for it. */
    whenToUse: z.array(z.string().min(1)).min(1),
    /** What must be true or at hand before step 1. */
    prerequisites: z.array(z.string().min(1)).default([]),
    /** Permissions the person running it must hold. */
    permissions: z.array(ref('permissions')).default([]),
    /** Incident severities it serves, for search filters; empty for routine work. */
    severities: z.array(z.enum(SEVERITIES)).default([]),
    /** Where to go when the runbook does not resolve things. */
    escalation: z.strictObject({
      plan: ref('plans'),
      /** Decision level of clause 4.1 (1 department head, 2 executive in charge, 3 CEO). */
      level: z.number().int().min(1).max(3),
      when: z.string().min(1),
    }),
    /** The record to keep. */
    record: z.string().min(1),
    /** Clauses it carries out, or `proposed`. */
    basis: z.array(basis(ref)).min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

/** A reading path (MDX): onboarding, incident triage. */
export const guideSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Title in both languages. */
    title: bilingual,
    /** One English sentence for lists and search results. */
    summary: z.string().min(1),
    /** Entries to read, in order. */
    reading: z
      .array(
        z.union([
          z.strictObject({ clause: ref('clauses') }),
          z.strictObject({ role: ref('roles') }),
          z.strictObject({ runbook: ref('runbooks') }),
          z.strictObject({ plan: ref('plans') }),
          z.strictObject({ control: ref('controls') }),
        ]),
      )
      .default([]),
    /**
     * How the page opens: `start` puts a contents list and then the reading list before the body, for a
     * guide read in the calm whose body sends the reader there first (onboarding: "the reading list at
     * the top"); `end` opens on the body, for a guide read under pressure (incident triage: its first
     * step), with the reading list after it.
     */
    readingAt: z.enum(['start', 'end']).default('end'),
    /** Clauses it rests on, or `proposed`. */
    basis: z.array(basis(ref)).min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

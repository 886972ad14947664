import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

/**
 * A term of the policy that names no entry of its own (应急预案, 三级签字, 岗前培训 …): the
 * glossary lists it beside the names of roles, permissions, duties and stages, so a translator
 * and a new hire find every word of the policy in one place, in both languages.
 */
export const termSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The term in both languages; `zh` as the policy writes it. */
    name: bilingual,
    /** One or two English sentences: what the term means in this department. */
    definition: z.string().trim().min(1),
    /** The words of the policy that use the term: a clause and the span that holds it. */
    basis: basis(ref),
    /**
     * What readers type for the term besides its two names, in either language ("DB", "outage",
     * "值守"): search looks for the names and these words as one another, so a reader typing "500"
     * finds the pages that say "5xx". Written once for both editions, not translated.
     */
    synonyms: z.array(z.string().trim().min(1)).default([]),
    /** Entries that say more: the plan, approval, duty or role the term leads to. */
    see: z
      .array(
        z.union([
          z.strictObject({ role: ref('roles') }),
          z.strictObject({ permission: ref('permissions') }),
          z.strictObject({ obligation: ref('obligations') }),
          z.strictObject({ plan: ref('plans') }),
          z.strictObject({ approval: ref('approvals') }),
          z.strictObject({ parameter: ref('parameters') }),
          z.strictObject({ stage: ref('stages') }),
          z.strictObject({ control: ref('controls') }),
          z.strictObject({ checklist: ref('checklists') }),
        ]),
      )
      .default([]),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

/**
 * Building blocks shared by every content schema.
 *
 * The schemas are written as factories that take a `ref` function, because two
 * callers need them: Astro's content layer passes its own `reference()`, and the
 * plain-TypeScript model loader (`src/lib/content`) passes `localRef`, which
 * produces the same `{ collection, id }` shape without importing Astro.
 */
import { z } from 'astro/zod';

// The kinds are listed in the registry of content kinds; only their names are needed here.
import type { CollectionName } from '../lib/collections.ts';
export type { CollectionName };

/** A resolved pointer to another entry, the shape Astro's `reference()` produces. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

/** The model loader's `reference()`: a kebab-case or clause id, turned into `{ collection, id }`. */
export const localRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `expected the id of an entry in \`${collection}\`` })
    .min(1)
    .transform((id): Ref<C> => ({ collection, id })) as unknown as z.ZodType<Ref<C>, unknown>;

/** Both languages of a short text. The zh-CN text is authoritative where they differ. */
export const bilingual = z.strictObject({
  /** English. */
  en: z.string().trim().min(1),
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
});
export type Bilingual = z.output<typeof bilingual>;

/** A calendar date written as YYYY-MM-DD; YAML may hand it over as a Date. */
export const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** What every document carries so a reader can tell whether it is current. */
export const documentControl = (ref: RefFactory) =>
  z.strictObject({
    /** The role accountable for keeping this document correct. */
    owner: ref('roles'),
    /** Semantic version of this document, e.g. `1.0` or `1.2.1`. */
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'expected a version such as 1.0 or 1.2.1'),
    /** The date from which this version applies. */
    effective: isoDate,
    /** The date it was last reviewed and found correct. */
    reviewed: isoDate,
    /** Months between reviews; `reviewed` plus this is the next review date. */
    reviewEveryMonths: z.number().int().min(1).max(36),
  });
export type DocumentControl = z.output<ReturnType<typeof documentControl>>;

/** What a clause's document control says where the policy itself gives no value (its version, its effective date). */
export const NOT_STATED = 'not stated';

/**
 * Document control of a clause: the policy states no version number or effective date of its own,
 * so both read `not stated` rather than a value the handbook would have to invent. Owner and review
 * dates are the handbook's, for its transcription of the clause.
 */
export const clauseDocumentControl = (ref: RefFactory) =>
  documentControl(ref).extend({
    /** Always `not stated`: the policy gives itself no version number. */
    version: z.literal(NOT_STATED, { error: `the policy states no version: write \`version: ${NOT_STATED}\`` }),
    /** Always `not stated`: the policy gives no effective date. */
    effective: z.literal(NOT_STATED, {
      error: `the policy states no effective date: write \`effective: ${NOT_STATED}\``,
    }),
  });

/**
 * Why an item exists: words of the policy, or `proposed` when the handbook adds what the policy
 * implies but does not say. The two are never blurred. Written in YAML as
 *
 *     basis: proposed
 *     basis: { clause: "3.1", quote: "部门负责人初审,财务部复审,CEO终审" }
 *     basis: { clause: "5.1", quote: ["每月提交自评报告", "季度考核"] }   # several spans of one clause
 *
 * The quote is a verbatim span of the clause's `text.zh` (the checker compares it with white space
 * and the width of punctuation normalised). The legacy short form `basis: "3.1"` still loads, with
 * no quote, so content can migrate step by step; the checker reports it (`basis-quote-missing`).
 *
 * Parsed, a clause basis keeps the `{ collection, id }` shape of a reference (so the model sees it
 * as an edge to the clause) and adds its quotes. Read it through `src/lib/basis.ts`, not directly.
 */
export const basis = (ref: RefFactory) =>
  z.union([
    z.literal('proposed'),
    ref('clauses').transform((clause): ClauseBasis => ({ ...clause, quotes: [], legacy: true })),
    z
      .strictObject({
        /** The clause id, e.g. `"3.1"`. */
        clause: ref('clauses'),
        /** A verbatim span of the clause's `text.zh`, or several spans of it. */
        quote: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]).optional(),
      })
      .transform(({ clause, quote }): ClauseBasis => ({
        ...clause,
        quotes: quote === undefined ? [] : typeof quote === 'string' ? [quote] : quote,
      })),
  ]);

/** A basis that rests on a clause: the clause (as a reference) and the words of it quoted. */
export interface ClauseBasis extends Ref<'clauses'> {
  /** The quoted spans of the clause's `text.zh`, as written; empty when none is given. */
  quotes: string[];
  /** Written in the legacy short form `basis: "3.1"`. */
  legacy?: true;
}
export type Basis = 'proposed' | ClauseBasis;

export const isProposed = (b: Basis): b is 'proposed' => b === 'proposed';

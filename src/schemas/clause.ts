import { z } from 'astro/zod';
import { bilingual, clauseDocumentControl, type RefFactory } from './common.ts';

/**
 * One clause of the policy. Text names each open value as `X{parameter-id}`; the
 * zh-CN text with each marker put back as `X` is the seed text, verbatim.
 */
export const clauseSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The chapter the clause sits in, e.g. `一、部门职责与目标`. */
    chapter: bilingual,
    /** The clause heading, e.g. `职能定位` / `Role of the department`. */
    title: bilingual,
    /** Position in reading order, for previous/next links. */
    order: z.number().int().min(0),
    /** One English sentence saying what the clause does. */
    summary: z.string().min(1),
    /** The clause text: zh-CN verbatim from the source (authoritative), and a faithful English translation. */
    text: z.strictObject({ zh: z.string(), en: z.string() }),
    /** Whether the source holds the whole clause, breaks off in it, or lacks it entirely. */
    source: z.enum(['complete', 'truncated', 'missing']).default('complete'),
    /** What a reader must know about the source of this clause (why it is cut off or missing). */
    sourceNote: z.string().optional(),
    /** Document control: owner and review dates of the transcription; version and effective date `not stated`. */
    document: clauseDocumentControl(ref),
  });

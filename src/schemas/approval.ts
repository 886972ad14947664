import { z } from 'astro/zod';
import { bilingual, documentControl, type RefFactory } from './common.ts';

const common = (ref: RefFactory) => ({
  /** The section's heading, in both languages. */
  title: bilingual,
  /** One English sentence under the heading: how the approval works. */
  summary: z.string().trim().min(1),
  /** Document control: owner, version, effective and review dates. */
  document: documentControl(ref),
});

/** The approvals page shows the chains and single approvals first, then the lifecycle, then emergencies. */
export const APPROVAL_KINDS = ['chain', 'single', 'escalation', 'crisis'] as const;

/**
 * One section of the approvals page: which permissions it shows. A chain or the escalation ladder
 * lists its permissions in step order, and the checker holds the list to the permissions' own
 * `chain` steps; a single approval or the crisis team's act-first power names one permission.
 */
export const approvalSchema = (ref: RefFactory) =>
  z.discriminatedUnion('kind', [
    /** An ordered chain of signatures (procurement). */
    z.strictObject({ kind: z.literal('chain'), ...common(ref), steps: z.array(ref('permissions')).min(1) }),
    /** One signature that approves in full (a project). */
    z.strictObject({ kind: z.literal('single'), ...common(ref), permission: ref('permissions') }),
    /** The decision levels of an emergency, one permission per level, from level 1. */
    z.strictObject({ kind: z.literal('escalation'), ...common(ref), steps: z.array(ref('permissions')).min(1) }),
    /** Acting first in a crisis and filing the approvals afterwards. */
    z.strictObject({ kind: z.literal('crisis'), ...common(ref), permission: ref('permissions') }),
  ]);

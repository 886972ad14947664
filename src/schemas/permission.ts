import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

export const PERMISSION_AREAS = [
  'project',
  'procurement',
  'documents',
  'code',
  'release',
  'data',
  'access',
  'security',
  'emergency',
  'people',
  'audit',
] as const;

export const permissionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Short name in both languages, e.g. "Approve a project" / 项目审批. */
    title: bilingual,
    /** Group used for the matrix columns. */
    area: z.enum(PERMISSION_AREAS),
    /** What holding it allows, in one or two English sentences. */
    description: z.string().min(1),
    /** Clause that grants it, or `proposed`. */
    basis: basis(ref),
    /** Roles that hold it. */
    grantees: z.array(ref('roles')).min(1),
    /** Limits on its use, e.g. "only after tests pass". */
    conditions: z.string().optional(),
    /**
     * The limits a holder must know before using it, each with its basis, shown with the permission on
     * every role page: `after: assessment`, held only once the holder has passed the pre-job assessment
     * (a new hire holds none of it); `through: [runbook …]`, used only by following one of those
     * runbooks, each of which lists the permission.
     */
    limits: z
      .array(
        z.union([
          z.strictObject({ after: z.literal('assessment'), basis: basis(ref) }),
          z.strictObject({ through: z.array(ref('runbooks')).min(1), basis: basis(ref) }),
        ]),
      )
      .default([]),
    /** Where it is one signature in an ordered chain (procurement, emergency escalation): the chain and the step, from 1. */
    chain: z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), step: z.number().int().min(1) }).optional(),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

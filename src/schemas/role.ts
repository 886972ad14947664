import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

/** The three key posts of clause 2.1 that keep separate workload accounting and never overlap. */
const KEY_POSTS = ['operations', 'security-audit', 'testing'] as const;

export const roleSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** The role's name in both languages. */
      name: bilingual,
      /** Other names the policy uses for the same post, e.g. 部门总监 for the department head. */
      aliases: z.array(bilingual).default([]),
      /** Inside the IT department, or outside it (other departments, executives, temporary teams). */
      scope: z.enum(['internal', 'external']),
      /** Rank for ordering, 1 being most senior, with its label; absent where the role has no grade. */
      grade: z.strictObject({ rank: z.number().int().min(1).max(9), label: bilingual }).optional(),
      /** Whom this role reports to; several ids mean "one of these", e.g. the L2 architect of one's module. Empty for a root. */
      reportsTo: z.array(ref('roles')).default([]),
      /** Where the reporting line comes from. */
      reportsToBasis: basis(ref),
      /** The top of the department's reporting lines: every internal role must reach a root. */
      root: z.boolean().default(false),
      /** Where the role's place at the top comes from; required with `root`. */
      rootBasis: basis(ref).optional(),
      /** Which key post of clause 2.1 this role is, if any. */
      keyPost: z.enum(KEY_POSTS).optional(),
      /** Other roles this post is also held with (e.g. in a small team); their permissions count as this role's. */
      alsoHolds: z.array(ref('roles')).default([]),
      /** One or two English sentences: what this role is for. */
      summary: z.string().min(1),
      /** What the role must do, each with its basis. */
      responsibilities: z.array(z.strictObject({ text: z.string().min(1), basis: basis(ref) })).default([]),
      /** KPIs clause 5.1 measures this role by. */
      kpis: z.array(z.strictObject({ name: bilingual, basis: basis(ref) })).default([]),
      /** Recurring meetings (obligations) this role attends. */
      meetings: z.array(ref('obligations')).default([]),
      /** What a new holder must learn before working alone, each with its basis. */
      training: z.array(z.strictObject({ topic: z.string().min(1), basis: basis(ref) })).default([]),
      /** Document control: owner, version, effective and review dates. */
      document: documentControl(ref),
    })
    .refine((role) => !role.root || role.rootBasis !== undefined, {
      path: ['rootBasis'],
      message: 'a root role needs `rootBasis`: the clause that puts it at the top, or `proposed`',
    });

import { z } from 'astro/zod';
import { basis, documentControl, type RefFactory } from './common.ts';

/** A pair that separation of duties forbids one person (one role, or one role plus the posts it also holds) to hold together. */
export const separationSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Short English name of the rule. */
      title: z.string().min(1),
      /** Two roles that must not be held together… */
      roles: z.tuple([ref('roles'), ref('roles')]).optional(),
      /** …or two permissions that must not be held together. Give exactly one of `roles` and `permissions`. */
      permissions: z.tuple([ref('permissions'), ref('permissions')]).optional(),
      /** Clause that forbids it, or `proposed`. */
      basis: basis(ref),
      /** Why the pair is dangerous, in one English sentence. */
      rationale: z.string().min(1),
      /** Document control: owner, version, effective and review dates. */
      document: documentControl(ref),
    })
    .refine((rule) => Boolean(rule.roles) !== Boolean(rule.permissions), {
      message: 'give exactly one of `roles` and `permissions`',
      path: ['roles'],
    });

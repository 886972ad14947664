import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';

/** A testable statement that a stage's gate checks, written like a control. */
const gateCheck = (ref: RefFactory) =>
  z.strictObject({
    /** What must be true, in one English sentence. */
    statement: z.string().min(1),
    /** The role that makes sure it is true. */
    owner: ref('roles'),
    /** What to keep. */
    evidence: z.array(z.string().min(1)).min(1),
    /** How an auditor or the approver tests it. */
    test: z.string().min(1),
    basis: basis(ref),
  });

/**
 * One stage of the project lifecycle of clause 3.1 (需求收集 → 方案设计 → 开发测试 → 部署上线 → 运维监控).
 * Clause 3.1 says every stage "must pass strict approval" but never who approves which stage, nor
 * what the approval checks: the gate exists by 3.1, its approver and most checks are proposals.
 */
export const stageSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Position in the lifecycle, from 1. */
    step: z.number().int().min(1),
    title: bilingual,
    /**
     * Why the stage exists and is approved: the words of clause 3.1 that name the five stages and
     * say that each is approved. Every stage quotes them, so the lifecycle's basis is content, checked
     * against the clause like any other quote.
     */
    basis: basis(ref),
    /** Who does the stage's work: holders of these permissions, plus these roles. */
    work: z.strictObject({
      permissions: z.array(ref('permissions')).default([]),
      roles: z.array(ref('roles')).default([]),
      basis: basis(ref),
    }),
    /** The approval that closes the stage. */
    gate: z.strictObject({
      name: bilingual,
      /** Holders of this permission approve… */
      permission: ref('permissions').optional(),
      /** …or these roles, where no permission exists. */
      roles: z.array(ref('roles')).default([]),
      /** Who approves: `proposed` unless a clause names the approver. */
      basis: basis(ref),
      /** Why this approver, in English. */
      note: z.string().min(1),
    }),
    /** A deadline the policy sets, by parameter; `{value}` and `{unit}` are the parameter's. */
    deadline: z.strictObject({ parameter: ref('parameters'), text: z.string().min(1), basis: basis(ref) }).optional(),
    /** Recurring duties that carry the stage's work (their participants are consulted). */
    obligations: z.array(ref('obligations')).default([]),
    /** What the gate checks, as checklist items. */
    checks: z.array(gateCheck(ref)).min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

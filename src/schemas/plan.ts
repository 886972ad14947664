import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';
import { SEVERITIES } from './runbook.ts';

/**
 * Frontmatter of an emergency plan (MDX), one of the three of clause 6.2. The first 15 minutes and
 * the runbooks the plan uses are not fields: they are the body's `<Steps>` block and the runbooks it
 * refers to (`src/lib/queries/plans.ts`), so each is written once.
 */
export const planSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Title in both languages. */
    title: bilingual,
    /** One English sentence for lists and search results. */
    summary: z.string().min(1),
    /** What the plan covers and what it does not. */
    scope: z.string().min(1),
    /** Any one of these activates the plan. */
    activation: z.array(z.string().min(1)).min(1),
    /** Role that leads the response. */
    lead: ref('roles'),
    /** Severity levels with concrete criteria, mapped to the decision levels of clause 4.1. */
    severities: z
      .array(
        z.strictObject({
          level: z.enum(SEVERITIES),
          /**
           * Impact that sets this severity at declaration, without waiting: what guests, hotels or data
           * suffer now ("no booking completes" is critical at minute 5). No duration belongs here.
           */
          criteria: z.array(z.string().min(1)).min(1),
          /** Conditions that raise an incident declared lower to this level later (severity only goes up). */
          raiseWhen: z.array(z.string().min(1)).default([]),
          /** 1 department head, 2 executive in charge, 3 CEO (clause 4.1). */
          decisionLevel: z.number().int().min(1).max(3),
          decider: ref('roles'),
          /**
           * The one incident commander at this severity: one log, one clock, one severity and the calls,
           * whichever plans run together. Every plan names the same role for the same severity.
           */
          commander: ref('roles'),
        }),
      )
      .min(1),
    /** Who takes part and what they do. */
    roles: z.array(z.strictObject({ role: ref('roles'), part: z.string().min(1) })).min(1),
    /** Who tells whom, how and by when. */
    notifications: z
      .array(
        z
          .strictObject({
            from: ref('roles'),
            to: z.array(ref('roles')).min(1),
            channel: z.enum(['phone', 'wecom', 'phone-and-wecom']),
            /** Deadline from activation, e.g. `15 min`. */
            within: z.string().min(1),
            /** Why this call or message is owed (the channel of clause 7.1, the report of 5.2 …). */
            basis: basis(ref),
            /** Where the deadline itself comes from; the policy fixes no minutes, so `proposed` unless a clause does. */
            withinBasis: basis(ref).default('proposed'),
            /**
             * The severities at which this call or message is owed; the call list of each severity
             * (`src/lib/call-list.ts`) holds the rows that name it, in the order they are written here.
             */
            severities: z.array(z.enum(SEVERITIES)).min(1),
            /**
             * Why the call is owed at these severities: clause 4.1 ("根据问题严重程度逐级上报") for the
             * calls up the decision levels, `proposed` for the rest.
             */
            severitiesBasis: basis(ref).default('proposed'),
            /** Whom to call instead when nobody answers, and after how long (phone calls only). */
            fallback: z
              .strictObject({
                /** Minutes to wait for an answer (or a call back) before calling the fallback. */
                afterMinutes: z.number().int().min(1).max(60),
                /** The roles to call instead, in order. */
                to: z.array(ref('roles')).min(1),
                /** Where the fallback comes from: the policy names none, so `proposed` unless a clause does. */
                basis: basis(ref).default('proposed'),
              })
              .optional(),
          })
          .refine((n) => !n.fallback || n.channel !== 'wecom', {
            path: ['fallback'],
            message:
              'a fallback is for a phone call nobody answers; a WeCom message has none (use `channel: phone` or `phone-and-wecom`, or remove `fallback`)',
          }),
      )
      .min(1),
    /** The drill obligation that exercises this plan. A plan with none is reported as undrilled. */
    drill: ref('obligations').optional(),
    /** What the crisis team files afterwards for the decisions it took first (clause 4.1). */
    retroactiveApproval: z.string().min(1),
    /**
     * Per decision level, who files the retroactive approval and who grants it. Nobody approves a
     * decision they filed: a level-1 decision filed by the department head goes to the executive in charge.
     */
    retroactiveApprovers: z
      .array(
        z
          .strictObject({
            decisionLevel: z.number().int().min(1).max(3),
            filedBy: ref('roles'),
            approvedBy: ref('roles'),
            basis: basis(ref),
          })
          .refine((row) => row.filedBy.id !== row.approvedBy.id, {
            path: ['approvedBy'],
            message:
              'the role that files a retroactive approval cannot grant it; name the next decision level up (e.g. `executive-in-charge`)',
          }),
      )
      .min(1),
    /** Clauses it carries out. */
    basis: z.array(basis(ref)).min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });

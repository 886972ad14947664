/**
 * Approval chains and emergency escalation, read from the model: ordered chains from the
 * permissions' `chain: { id, step }`, the project approval, the lifecycle gates, the ladder from a
 * plan's severity to the decision level of clause 4.1 and the role that decides, and the crisis
 * team's act-first permission with each plan's retroactive approval. Which chain, permission or
 * ladder the approvals page shows is content: the sections in `src/content/approvals/`.
 */
import type { Bilingual } from '../schemas/index.ts';
import { APPROVAL_KINDS } from '../schemas/approval.ts';
import type { Entry } from './content/load.ts';
import { SEVERITIES, type Severity } from '../schemas/index.ts';
import { lifecycleStages, gateApprovers, type LifecycleStage } from './lifecycle.ts';
import { basisId, type BasisId } from './matrix.ts';
import type { Model } from './model.ts';

export interface ChainStep {
  step: number;
  permission: string;
  title: Bilingual;
  /** The roles that sign at this step. */
  signers: string[];
  basis: BasisId;
  conditions?: string;
}

export interface Chain {
  id: string;
  steps: ChainStep[];
  /** Steps missing from 1..n, or numbered twice: the chain is broken where these are. */
  gaps: number[];
}

export function chains(model: Model): Chain[] {
  const byId = new Map<string, ChainStep[]>();
  for (const p of model.all('permissions')) {
    if (!p.data.chain) continue;
    const step: ChainStep = {
      step: p.data.chain.step,
      permission: p.id,
      title: p.data.title,
      signers: p.data.grantees.map((g) => g.id),
      basis: basisId(p.data.basis),
      ...(p.data.conditions ? { conditions: p.data.conditions } : {}),
    };
    byId.set(p.data.chain.id, [...(byId.get(p.data.chain.id) ?? []), step]);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, steps]) => {
      steps.sort((a, b) => a.step - b.step || a.permission.localeCompare(b.permission));
      const max = Math.max(...steps.map((s) => s.step));
      const gaps = Array.from({ length: max }, (_, i) => i + 1).filter(
        (n) => steps.filter((s) => s.step === n).length !== 1,
      );
      return { id, steps, gaps };
    });
}

export const chain = (model: Model, id: string): Chain | undefined => chains(model).find((c) => c.id === id);

/** A single-signature approval: who holds the permission, on what basis. */
export interface SingleApproval {
  permission: string;
  title: Bilingual;
  signers: string[];
  basis: BasisId;
  conditions?: string;
}

export function singleApproval(model: Model, permissionId: string): SingleApproval | undefined {
  const p = model.get('permissions', permissionId);
  if (!p) return undefined;
  return {
    permission: p.id,
    title: p.data.title,
    signers: p.data.grantees.map((g) => g.id),
    basis: basisId(p.data.basis),
    ...(p.data.conditions ? { conditions: p.data.conditions } : {}),
  };
}

export interface LifecycleGate {
  stage: LifecycleStage;
  approvers: string[];
}

export const lifecycleGates = (
  model: Model,
  stages: readonly LifecycleStage[] = lifecycleStages(model),
): LifecycleGate[] => stages.map((stage) => ({ stage, approvers: gateApprovers(model, stage) }));

/** One decision level of clause 4.1 (1 department head, 2 executive in charge, 3 CEO). */
export interface DecisionLevel {
  level: number;
  /** The escalation chain's permission at this step, if the model has one. */
  permission?: string;
  /** Holders of that permission. */
  roles: string[];
  basis?: BasisId;
  /** Each plan's severities that land here, with the decider the plan names. */
  severities: { plan: string; severity: Severity; decider: string; criteria: string[] }[];
}

export interface EscalationLadder {
  levels: DecisionLevel[];
  /** Plans whose decider for a level differs from the holder of that level's permission. */
  mismatches: { plan: string; severity: Severity; level: number; decider: string; expected: string[] }[];
}

/** The sections of the approvals page, by kind (chains, single approvals, escalation, crisis), then id. */
const approvalSections = (model: Model): Entry<'approvals'>[] =>
  model
    .all('approvals')
    .toSorted(
      (a, b) => APPROVAL_KINDS.indexOf(a.data.kind) - APPROVAL_KINDS.indexOf(b.data.kind) || a.id.localeCompare(b.id),
    );

type Section<K extends Entry<'approvals'>['data']['kind']> = Entry<'approvals'> & {
  data: Extract<Entry<'approvals'>['data'], { kind: K }>;
};
const sectionsOf = <K extends Entry<'approvals'>['data']['kind']>(model: Model, kind: K): Section<K>[] =>
  approvalSections(model).filter((s): s is Section<K> => s.data.kind === kind);

/** The chain a section lists (by its first step: the checker holds the rest to it). */
export const sectionChain = (model: Model, section: Section<'chain'>): Chain | undefined => {
  const first = section.data.steps[0]?.id;
  return chains(model).find((c) => c.steps.some((s) => s.permission === first));
};
export const chainSections = (model: Model) => sectionsOf(model, 'chain');
export const singleSections = (model: Model) => sectionsOf(model, 'single');
/** The escalation ladder's section; one is expected. */
export const escalationSection = (model: Model): Section<'escalation'> | undefined =>
  sectionsOf(model, 'escalation')[0];
/** The crisis section; one is expected. */
export const crisisSection = (model: Model): Section<'crisis'> | undefined => sectionsOf(model, 'crisis')[0];

/** The ladder: one decision level per step of the escalation section, from level 1. */
export function escalationLadder(model: Model): EscalationLadder {
  const steps = escalationSection(model)?.data.steps ?? [];
  const levels: DecisionLevel[] = steps.map((ref, i) => {
    const step = singleApproval(model, ref.id);
    return {
      level: i + 1,
      ...(step ? { permission: step.permission, basis: step.basis } : {}),
      roles: step?.signers ?? [],
      severities: [],
    };
  });
  const mismatches: EscalationLadder['mismatches'] = [];
  for (const plan of model.all('plans')) {
    for (const s of [...plan.data.severities].sort(
      (a, b) => SEVERITIES.indexOf(a.level) - SEVERITIES.indexOf(b.level),
    )) {
      const level = levels[s.decisionLevel - 1];
      if (!level) continue;
      level.severities.push({ plan: plan.id, severity: s.level, decider: s.decider.id, criteria: s.criteria });
      if (level.roles.length > 0 && !level.roles.includes(s.decider.id)) {
        mismatches.push({
          plan: plan.id,
          severity: s.level,
          level: s.decisionLevel,
          decider: s.decider.id,
          expected: level.roles,
        });
      }
    }
  }
  return { levels, mismatches };
}

export interface CrisisApproval {
  /** The act-first permission and who holds it. */
  permission?: SingleApproval;
  /** Each plan's retroactive approval. */
  plans: { plan: string; retroactiveApproval: string }[];
}

export const crisisApproval = (model: Model): CrisisApproval => {
  const section = crisisSection(model);
  const permission = section ? singleApproval(model, section.data.permission.id) : undefined;
  return {
    ...(permission ? { permission } : {}),
    plans: model.all('plans').map((p) => ({ plan: p.id, retroactiveApproval: p.data.retroactiveApproval })),
  };
};

/** Everything a role signs or decides: chain steps, single approvals, lifecycle gates, plan severities. */
export interface RoleApprovals {
  chainSteps: { chain: string; step: ChainStep }[];
  gates: LifecycleStage[];
  decisions: { plan: string; severity: Severity; level: number }[];
}

export function approvalsOf(model: Model, roleId: string, heldRoles: string[] = [roleId]): RoleApprovals {
  const holds = (ids: string[]) => ids.some((id) => heldRoles.includes(id));
  return {
    chainSteps: chains(model).flatMap((c) =>
      c.steps.filter((s) => holds(s.signers)).map((step) => ({ chain: c.id, step })),
    ),
    gates: lifecycleGates(model)
      .filter((g) => holds(g.approvers))
      .map((g) => g.stage),
    decisions: model
      .all('plans')
      .flatMap((p) =>
        p.data.severities
          .filter((s) => heldRoles.includes(s.decider.id))
          .map((s) => ({ plan: p.id, severity: s.level, level: s.decisionLevel })),
      ),
  };
}

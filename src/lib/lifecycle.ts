/**
 * The five stages of clause 3.1 (需求收集 → 方案设计 → 开发测试 → 部署上线 → 运维监控), read from the
 * `stages` content (`src/content/stages/`), where the checker resolves every role, permission,
 * obligation, parameter and clause they name.
 *
 * Clause 3.1 says that every stage "must pass strict approval" but never says who approves which
 * stage, nor what the approval checks. So the existence of each stage and its gate rests on 3.1
 * (each stage's `basis` quotes those words), while the
 * approver and most checks are proposals of the handbook, marked `proposed`. Only the deadlines
 * (kickoff, acceptance) and "acceptance only when tests pass" are the clause's own.
 */
import type { Bilingual } from '../schemas/index.ts';
import { basisId, basisQuotes, type BasisId } from './basis.ts';
import type { Entry } from './content/load.ts';
import type { Model } from './model.ts';
import { asWritten, type Words } from './words.ts';
import { parameterWords } from './parameter-words.ts';

export interface GateCheck {
  /** A testable statement, written like a control. */
  statement: string;
  /** The role that makes sure it is true. */
  owner: string;
  /** What to keep. */
  evidence: string[];
  /** How an auditor or the approver tests it. */
  test: string;
  basis: BasisId;
}

export interface LifecycleStage {
  id: string;
  /** Position, from 1. */
  step: number;
  title: Bilingual;
  /** Why the stage exists and is approved (clause 3.1's five stages), with the words it quotes. */
  basis: BasisId;
  basisQuotes: string[];
  /** Who does the stage's work: holders of these permissions, plus these roles. Basis: the handbook's reading. */
  work: { permissions: string[]; roles: string[]; basis: BasisId };
  /** The approval that closes the stage. */
  gate: {
    name: Bilingual;
    /** Holders of this permission approve; or these roles where no permission exists. */
    permission?: string;
    roles: string[];
    /** Who approves: `proposed` unless a clause names the approver. */
    basis: BasisId;
    /** Why this approver. */
    note: string;
  };
  /** A deadline the policy sets, by parameter. */
  deadline?: { parameter: string; text: string; basis: BasisId };
  /** Recurring duties that carry the stage's work (their participants are consulted). */
  obligations: string[];
  /** What the gate checks, as checklist items. */
  checks: GateCheck[];
}

/** A stage entry with its references as ids, the shape the generators use. */
function toStage(entry: Entry<'stages'>): LifecycleStage {
  const { data } = entry;
  return {
    id: entry.id,
    step: data.step,
    title: data.title,
    basis: basisId(data.basis),
    basisQuotes: basisQuotes(data.basis),
    work: {
      permissions: data.work.permissions.map((p) => p.id),
      roles: data.work.roles.map((r) => r.id),
      basis: basisId(data.work.basis),
    },
    gate: {
      name: data.gate.name,
      ...(data.gate.permission ? { permission: data.gate.permission.id } : {}),
      roles: data.gate.roles.map((r) => r.id),
      basis: basisId(data.gate.basis),
      note: data.gate.note,
    },
    ...(data.deadline
      ? {
          deadline: {
            parameter: data.deadline.parameter.id,
            text: data.deadline.text,
            basis: basisId(data.deadline.basis),
          },
        }
      : {}),
    obligations: data.obligations.map((o) => o.id),
    checks: data.checks.map((c) => ({
      statement: c.statement,
      owner: c.owner.id,
      evidence: c.evidence,
      test: c.test,
      basis: basisId(c.basis),
    })),
  };
}

/** The lifecycle of a model, in step order. */
export const lifecycleStages = (model: Model): LifecycleStage[] =>
  model
    .all('stages')
    .map(toStage)
    .toSorted((a, b) => a.step - b.step);

const grantees = (model: Model, permission: string | undefined): string[] =>
  permission ? (model.get('permissions', permission)?.data.grantees.map((g) => g.id) ?? []) : [];
const unique = (ids: string[]) => [...new Set(ids)];

/** The roles that approve a stage's gate, as the model grants them today. */
export const gateApprovers = (model: Model, stage: LifecycleStage): string[] =>
  unique([...grantees(model, stage.gate.permission), ...stage.gate.roles]).filter((r) => model.has('roles', r));

/** The roles that do a stage's work, as the model grants them today. */
export const stageWorkers = (model: Model, stage: LifecycleStage): string[] =>
  unique([...stage.work.permissions.flatMap((p) => grantees(model, p)), ...stage.work.roles]).filter((r) =>
    model.has('roles', r),
  );

/** A deadline in the stage's own words, with the parameter's current value and unit to fill in. */
export function deadlineWords(model: Model, stage: LifecycleStage): Words | undefined {
  if (!stage.deadline) return undefined;
  const parameter = model.get('parameters', stage.deadline.parameter);
  return asWritten(stage.deadline.text, parameter ? parameterWords(parameter.data) : { value: 'X', unit: '' });
}

/**
 * RACI for the lifecycle stages and the recurring obligations, derived from the model by fixed
 * rules (no hand-written letters):
 *
 * Lifecycle stage (`src/lib/lifecycle.ts`)
 * - R: holders of the stage's work permissions, and the roles it names as doing the work;
 * - A: the approvers of the stage's gate (holders of the gate permission, or its roles);
 * - C: owners and participants of the obligations that carry the stage's work, not already R or A;
 * - I: the roles responsible for the next stage (the gate hands over to them), not already lettered.
 *
 * Recurring obligation
 * - A and R: its owner (the schema's "role accountable for it happening", who also does it);
 * - C: its participants, except for a report, whose participants receive it, so are I.
 *
 * Every letter keeps its source entry and basis, so each cell links to what justifies it.
 */
import type { Bilingual } from '../schemas/index.ts';
import { lifecycleStages, gateApprovers, stageWorkers, type LifecycleStage } from './lifecycle.ts';
import { basisId, type BasisId } from './matrix.ts';
import { orderedRoles } from './queries/roles.ts';
import type { Model } from './model.ts';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

export interface RaciMark {
  letter: RaciLetter;
  /** The entry that justifies the letter: a permission, an obligation, or a lifecycle gate. */
  source: { collection: 'permissions' | 'obligations' | 'roles'; id: string } | { lifecycle: string };
  basis: BasisId;
}

export interface RaciRow {
  kind: 'stage' | 'obligation';
  id: string;
  title: Bilingual;
  /** `marks[roleId]`, letters in R, A, C, I order. */
  marks: Record<string, RaciMark[]>;
}

export interface Raci {
  /** Roles with at least one letter, in matrix order. */
  roles: string[];
  stages: RaciRow[];
  obligations: RaciRow[];
}

function add(marks: Record<string, RaciMark[]>, role: string, mark: RaciMark) {
  const list = (marks[role] ??= []);
  if (!list.some((m) => m.letter === mark.letter)) list.push(mark);
  list.sort((a, b) => RACI_LETTERS.indexOf(a.letter) - RACI_LETTERS.indexOf(b.letter));
}

const lettered = (marks: Record<string, RaciMark[]>, role: string) => (marks[role]?.length ?? 0) > 0;

function stageRow(model: Model, stage: LifecycleStage, next: LifecycleStage | undefined): RaciRow {
  const marks: Record<string, RaciMark[]> = {};
  for (const permission of stage.work.permissions) {
    const p = model.get('permissions', permission);
    for (const g of p?.data.grantees ?? [])
      add(marks, g.id, {
        letter: 'R',
        source: { collection: 'permissions', id: permission },
        basis: basisId(p!.data.basis),
      });
  }
  for (const role of stage.work.roles) {
    if (model.has('roles', role))
      add(marks, role, { letter: 'R', source: { lifecycle: stage.id }, basis: stage.work.basis });
  }
  const gateSource = stage.gate.permission
    ? { collection: 'permissions' as const, id: stage.gate.permission }
    : { lifecycle: stage.id };
  for (const role of gateApprovers(model, stage))
    add(marks, role, { letter: 'A', source: gateSource, basis: stage.gate.basis });
  for (const id of stage.obligations) {
    const o = model.get('obligations', id);
    if (!o) continue;
    for (const role of [o.data.owner.id, ...o.data.participants.map((p) => p.id)]) {
      if (!lettered(marks, role) && model.has('roles', role))
        add(marks, role, { letter: 'C', source: { collection: 'obligations', id }, basis: basisId(o.data.basis) });
    }
  }
  if (next) {
    for (const role of stageWorkers(model, next)) {
      if (!lettered(marks, role)) add(marks, role, { letter: 'I', source: { lifecycle: next.id }, basis: 'proposed' });
    }
  }
  return { kind: 'stage', id: stage.id, title: stage.title, marks };
}

function obligationRow(model: Model, id: string): RaciRow {
  const o = model.get('obligations', id)!;
  const marks: Record<string, RaciMark[]> = {};
  const source = { collection: 'obligations' as const, id };
  const basis = basisId(o.data.basis);
  add(marks, o.data.owner.id, { letter: 'A', source, basis });
  add(marks, o.data.owner.id, { letter: 'R', source, basis });
  const letter: RaciLetter = o.data.kind === 'report' ? 'I' : 'C';
  for (const p of o.data.participants)
    if (!lettered(marks, p.id) && model.has('roles', p.id)) add(marks, p.id, { letter, source, basis });
  return { kind: 'obligation', id, title: o.data.title, marks };
}

export function buildRaci(model: Model, stages: readonly LifecycleStage[] = lifecycleStages(model)): Raci {
  const stageRows = stages.map((s, i) => stageRow(model, s, stages[i + 1]));
  const obligationRows = model.all('obligations').map((o) => obligationRow(model, o.id));
  const used = new Set([...stageRows, ...obligationRows].flatMap((r) => Object.keys(r.marks)));
  return {
    roles: orderedRoles(model)
      .map((r) => r.id)
      .filter((id) => used.has(id)),
    stages: stageRows,
    obligations: obligationRows,
  };
}

/** `R/A`, `C`, or empty: the letters of one cell as shown. */
export const raciCellText = (marks: RaciMark[] | undefined): string => (marks ?? []).map((m) => m.letter).join('/');

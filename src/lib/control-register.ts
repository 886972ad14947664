/**
 * The controls as an auditor's register: one row per control with what the index filters and
 * sorts on. Returns data only; the page supplies the words.
 */
import type { LawId } from '../schemas/index.ts';
import { basisClause } from './basis.ts';
import type { Model } from './model.ts';
import { parseInlineText } from './inline-text.ts';
import type { Entry } from './content/load.ts';

export interface ControlRow {
  id: string;
  area: string;
  /** The clause the control rests on, or undefined when the whole control is proposed. */
  clause: string | undefined;
  /** True when the control, one of its fields or words of its text are the handbook's proposal. */
  proposed: boolean;
  owner: string | undefined;
  laws: LawId[];
  frequency: Entry<'controls'>['data']['frequency'];
  evidence: number;
}

const hasProposedPart = (data: Entry<'controls'>['data']): boolean =>
  Object.entries(data).some(([key, value]) => (key === 'basis' || key.endsWith('Basis')) && value === 'proposed') ||
  parseInlineText(data.statement).some((segment) => segment.kind === 'proposed');

export function controlRegister(model: Model): ControlRow[] {
  return model.all('controls').map(({ id, data }) => ({
    id,
    area: data.area,
    clause: basisClause(data.basis),
    proposed: hasProposedPart(data),
    owner: data.owner?.id,
    laws: [...new Set(data.laws.map((l) => l.law))],
    frequency: data.frequency,
    evidence: data.evidence.length,
  }));
}

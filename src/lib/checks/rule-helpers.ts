/** Helpers every check rule shares: build a finding at a field or an edge, classify edges, name entries in messages. */
import { REGISTRY, type CollectionName } from '../collections.ts';
import type { Position } from '../content/parse.ts';
import type { Finding } from '../finding-report.ts';
import type { Edge, Model } from '../model.ts';
import type { AnyEntry } from '../content/load.ts';
import { basisClause, type Basis } from '../basis.ts';

export function finding(
  rule: string,
  where: { file: string; position?: Position | undefined },
  message: string,
  hint?: string,
  severity: Finding['severity'] = 'error',
): Finding {
  return {
    rule,
    severity,
    file: where.file,
    ...(where.position ? { line: where.position.line, column: where.position.column } : {}),
    message,
    ...(hint ? { hint } : {}),
  };
}

/**
 * The entries of a model, each file once (the first entry read from it), so a rule that walks
 * files never reports one twice. A set, not a search per entry: at 5,000 entries a search per
 * entry is some 14 million comparisons.
 */
export function eachFileOnce(entries: readonly AnyEntry[]): AnyEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.file) && seen.add(entry.file));
}

/** Where an entry's field is written (or its nearest parent, when the field is absent). */
export const fieldOf = (entry: AnyEntry, ...path: (string | number)[]) => ({
  file: entry.file,
  position: entry.locate(path),
});

/** Where an edge is written. */
export const edgeAt = (edge: Edge) => ({ file: edge.file, position: edge.position });

/** The last named segment of an edge's field: `responsibilities.0.basis` → `basis`. */
const fieldName = (edge: Edge): string =>
  edge.field
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .pop() ?? edge.field;

/** A `basis` (or `reportsToBasis`) field: a clause id or `proposed`, checked by `clause-basis`. */
export const isBasisEdge = (edge: Edge): boolean =>
  edge.to.collection === 'clauses' && /^basis$|Basis$/.test(fieldName(edge));

/** A use of a parameter (clause-text marker, `<Param>`, cadence parameter), checked by `parameter-undefined`. */
export const isParameterEdge = (edge: Edge): boolean => edge.to.collection === 'parameters';

/** A grant of a permission, checked by `unknown-grantee`. */
export const isGranteeEdge = (edge: Edge): boolean =>
  edge.from.collection === 'permissions' && fieldName(edge) === 'grantees';

/** How to name an entry in a message: `role \`ops-engineer\``. */
export const SINGULAR: Record<CollectionName, string> = REGISTRY.checkerNoun;

/** `clause 2.1`, or `a proposed rule, no clause`. */
export const basisText = (basis: Basis): string => {
  const clause = basisClause(basis);
  return clause === undefined ? 'a proposed rule, no clause' : `clause ${clause}`;
};

/** How the source wrote an edge: the field, or the component or link in an MDX body. */
export function describeEdge(model: Model, edge: Edge): string {
  if (edge.field !== 'body') return `\`${edge.field}\``;
  const entry = model.entries.find((e) => e.file === edge.file);
  const ref = entry?.bodyScan?.references.find(
    (r) => r.position.line === edge.position.line && r.position.column === edge.position.column && r.id === edge.to.id,
  );
  return ref ? `\`${ref.via}\`` : 'the body';
}

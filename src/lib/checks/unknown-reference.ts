import { COLLECTIONS } from '../../schemas/index.ts';
import type { Edge, Model } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import {
  describeEdge,
  edgeAt,
  finding,
  isBasisEdge,
  isGranteeEdge,
  isParameterEdge,
  SINGULAR,
} from './rule-helpers.ts';
import type { Check } from './types.ts';

/** The three nearest valid ids, and a note when the id exists in another collection (`<Role id>` given a permission id). */
function hintFor(model: Model, edge: Edge): string | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent, an edge is reported only when its target does not exist in its own collection (`exists` covers `model.has`), so that collection never has the id
  const elsewhere = COLLECTIONS.filter((c) => c !== edge.to.collection && model.has(c, edge.to.id));
  const near = didYouMean(edge.to.id, model.ids(edge.to.collection));
  const other = elsewhere.length
    ? `\`${edge.to.id}\` is a ${elsewhere.map((c) => SINGULAR[c]).join(' and a ')} id`
    : undefined;
  return [near, other].filter(Boolean).join('; ') || undefined;
}

/**
 * Every reference, in frontmatter or body, resolves to an entry. Bases, parameters and
 * grantees have rules of their own (`clause-basis`, `parameter-undefined`, `unknown-grantee`),
 * so that each broken reference is reported exactly once.
 */
export const unknownReference: Check = {
  id: 'unknown-reference',
  description: 'a reference to an entry that does not exist',
  run({ model, exists }) {
    return model.edges
      .filter((edge) => !isBasisEdge(edge) && !isParameterEdge(edge) && !isGranteeEdge(edge))
      .filter((edge) => !exists(edge.to.collection, edge.to.id))
      .map((edge) =>
        finding(
          'unknown-reference',
          edgeAt(edge),
          `${describeEdge(model, edge)} points at ${SINGULAR[edge.to.collection]} \`${edge.to.id}\`, which does not exist`,
          hintFor(model, edge),
        ),
      );
  },
};

import { didYouMean } from '../suggest.ts';
import { edgeAt, finding, isBasisEdge } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Every `basis` (of a permission, control, responsibility, cadence, reporting line…) is an
 * existing clause or `proposed`. The schema reads any other string as a clause id, so a
 * misspelt `propsed` lands here too, with `proposed` among the suggestions.
 */
export const clauseBasis: Check = {
  id: 'clause-basis',
  description: 'a basis that is neither an existing clause nor `proposed`',
  run({ model, exists }) {
    return model.edges
      .filter((edge) => isBasisEdge(edge) && !exists('clauses', edge.to.id))
      .map((edge) =>
        finding(
          'clause-basis',
          edgeAt(edge),
          `\`${edge.field}\` cites clause \`${edge.to.id}\`, which does not exist; a basis is a clause id or \`proposed\``,
          didYouMean(edge.to.id, [...model.ids('clauses'), 'proposed']),
        ),
      );
  },
};

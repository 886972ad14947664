import type { Edge } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import { describeEdge, edgeAt, finding, isParameterEdge } from './finding.ts';

import type { Check } from './types.ts';

const useText = (edge: Edge, via: string): string =>
  edge.field.startsWith('text.') ? `the clause text \`${edge.field}\` uses \`X{${edge.to.id}}\`` : `${via} names parameter \`${edge.to.id}\``;

/** Every parameter a clause text (`X{id}`), a body (`<Param id>`) or a cadence names is defined. */
export const parameterUndefined: Check = {
  id: 'parameter-undefined',
  description: 'a parameter used in text, a body or a cadence, but not defined',
  run({ model, exists }) {
    return model.edges
      .filter((edge) => isParameterEdge(edge) && !exists('parameters', edge.to.id))
      .map((edge) =>
        finding(
          'parameter-undefined',
          edgeAt(edge),
          `${useText(edge, describeEdge(model, edge))}, but no parameter \`${edge.to.id}\` is defined`,
          didYouMean(edge.to.id, model.ids('parameters')) ?? `define it in parameters/${edge.to.id}.yaml`,
        ),
      );
  },
};

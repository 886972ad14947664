import { didYouMean } from '../suggest.ts';
import { edgeAt, finding, isGranteeEdge } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** A permission granted to a role that does not exist: its own rule, because it is the commonest slip. */
export const unknownGrantee: Check = {
  id: 'unknown-grantee',
  description: 'a permission granted to a role that does not exist',
  run({ model, exists }) {
    return model.edges
      .filter((edge) => isGranteeEdge(edge) && !exists('roles', edge.to.id))
      .map((edge) =>
        finding(
          'unknown-grantee',
          edgeAt(edge),
          `permission \`${edge.from.id}\` is granted to role \`${edge.to.id}\`, which does not exist`,
          didYouMean(edge.to.id, model.ids('roles')),
        ),
      );
  },
};

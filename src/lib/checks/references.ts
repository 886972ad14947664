import { didYouMean } from '../suggest.ts';
import type { Check } from './types.ts';

/** Every reference, in frontmatter or body, resolves to an entry. */
export const unknownReference: Check = {
  id: 'unknown-reference',
  description: 'a reference to an entry that does not exist',
  run({ model }) {
    return model.edges
      .filter((edge) => !model.has(edge.to.collection, edge.to.id))
      .filter((edge) => !(edge.from.collection === 'permissions' && edge.field.startsWith('grantees')))
      .map((edge) => ({
        rule: 'unknown-reference',
        severity: 'error' as const,
        file: edge.file,
        line: edge.position.line,
        column: edge.position.column,
        message: `\`${edge.field}\` points at ${edge.to.collection} \`${edge.to.id}\`, which does not exist`,
        ...(didYouMean(edge.to.id, model.ids(edge.to.collection)) ? { hint: didYouMean(edge.to.id, model.ids(edge.to.collection)) } : {}),
      }));
  },
};

/** A permission granted to a role that does not exist: its own rule, because it is the commonest slip. */
export const unknownGrantee: Check = {
  id: 'unknown-grantee',
  description: 'a permission granted to a role that does not exist',
  run({ model }) {
    return model.edges
      .filter((edge) => edge.from.collection === 'permissions' && edge.field.startsWith('grantees'))
      .filter((edge) => !model.has('roles', edge.to.id))
      .map((edge) => ({
        rule: 'unknown-grantee',
        severity: 'error' as const,
        file: edge.file,
        line: edge.position.line,
        column: edge.position.column,
        message: `permission \`${edge.from.id}\` is granted to role \`${edge.to.id}\`, which does not exist`,
        ...(didYouMean(edge.to.id, model.ids('roles')) ? { hint: didYouMean(edge.to.id, model.ids('roles')) } : {}),
      }));
  },
};

import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Every parameter is used somewhere: an open value no text names is a value nobody reads. */
export const parameterUnused: Check = {
  id: 'parameter-unused',
  description: 'a parameter defined but never used',
  run({ model }) {
    return model
      .all('parameters')
      .filter((p) => model.incoming('parameters', p.id).length === 0)
      .map((p) =>
        finding(
          'parameter-unused',
          fieldOf(p),
          `parameter \`${p.id}\` is defined but never used: no clause text has \`X{${p.id}}\`, no body has \`<Param id="${p.id}" />\` and no cadence names it`,
          'put the marker where the policy has its X, or delete the parameter',
        ),
      );
  },
};

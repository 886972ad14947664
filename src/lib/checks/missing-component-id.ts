import { REFERENCE_COMPONENTS, type ReferenceComponent } from '../content/components.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** A reference component (`<Role>`, `<Clause>`…) names its entry with a literal `id`, or nobody can tell what it points at. */
export const missingComponentId: Check = {
  id: 'missing-component-id',
  description: 'a reference component without a literal id',
  run({ model }) {
    return model.entries.flatMap((entry) =>
      (entry.bodyScan?.missingIds ?? []).map(({ name, position }) => {
        const example = model.ids(REFERENCE_COMPONENTS[name as ReferenceComponent])[0] ?? '…';
        return finding(
          'missing-component-id',
          { file: entry.file, position },
          `\`<${name}>\` has no literal \`id\`, so it points at nothing the checker or the site can resolve`,
          `write the id as a string, e.g. \`<${name} id="${example}" />\``,
        );
      }),
    );
  },
};

import { KNOWN_COMPONENTS } from '../content/components.ts';
import { didYouMean } from '../suggest.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** An MDX body uses only the handbook's components; any other would fail the build ("expected component to be defined"). */
export const unknownComponent: Check = {
  id: 'unknown-component',
  description: 'an MDX body using a component the handbook does not provide',
  run({ model }) {
    return model.entries.flatMap((entry) =>
      (entry.bodyScan?.unknownComponents ?? []).map(({ name, position }) =>
        finding(
          'unknown-component',
          { file: entry.file, position },
          `\`<${name}>\` is not a component an MDX body may use`,
          didYouMean(name, KNOWN_COMPONENTS),
        ),
      ),
    );
  },
};

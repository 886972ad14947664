import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** A control no role operates is a control nobody operates. */
export const orphanControl: Check = {
  id: 'orphan-control',
  description: 'a control with no owner',
  run({ model }) {
    return model
      .all('controls')
      .filter((c) => !c.data.owner)
      .map((c) =>
        finding(
          'orphan-control',
          fieldOf(c, 'owner'),
          `control \`${c.id}\` has no \`owner\`: no role operates it`,
          `add \`owner: <role id>\`, e.g. \`owner: ${c.data.document.owner.id}\` (the document's owner)`,
        ),
      );
  },
};

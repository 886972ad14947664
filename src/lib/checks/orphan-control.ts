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
          // Stryker disable next-line StringLiteral: equivalent, a control is reported only when it has no `owner` key, and an absent key is located at its parent as a key `''` would be (the strict schema admits no such key)
          fieldOf(c, 'owner'),
          `control \`${c.id}\` has no \`owner\`: no role operates it`,
          `add \`owner: <role id>\`, e.g. \`owner: ${c.data.document.owner.id}\` (the document's owner)`,
        ),
      );
  },
};

import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** A recurring duty that leaves nothing behind cannot be shown to have happened. */
export const obligationNoEvidence: Check = {
  id: 'obligation-no-evidence',
  description: 'an obligation with no evidence',
  run({ model }) {
    return model
      .all('obligations')
      .filter((o) => o.data.evidence.length === 0)
      .map((o) =>
        finding(
          'obligation-no-evidence',
          fieldOf(o, 'evidence'),
          `obligation \`${o.id}\` lists no \`evidence\`: an auditor cannot tell that it happened`,
          'list what it leaves behind: minutes, a report, a drill record, a ticket',
        ),
      );
  },
};

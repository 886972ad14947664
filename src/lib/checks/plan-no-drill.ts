import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Clause 6.2: every emergency plan is drilled regularly, so each names its drill obligation. */
export const planNoDrill: Check = {
  id: 'plan-no-drill',
  description: 'an emergency plan with no drill cadence',
  run({ model }) {
    return model
      .all('plans')
      .filter((p) => !p.data.drill)
      .map((p) => {
        const drills = model
          .all('obligations')
          .filter((o) => o.data.plan?.id === p.id)
          .map((o) => o.id);
        return finding(
          'plan-no-drill',
          // Stryker disable next-line StringLiteral: equivalent, a plan is reported only when it has no `drill` key, and an absent key is located at its parent as a key `''` would be (the strict schema admits no such key)
          fieldOf(p, 'drill'),
          `plan \`${p.id}\` has no \`drill\`: clause 6.2 requires emergency plans to be drilled regularly`,
          drills.length
            ? `obligation ${drills.map((d) => `\`${d}\``).join(', ')} exercises it: add \`drill: ${drills[0]}\``
            : 'add a drill obligation (`kind: drill`, `plan: ' + p.id + '`) and name it in `drill`',
        );
      });
  },
};

import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** An emergency plan with no runbook tells people what to decide but not what to do. */
export const orphanPlan: Check = {
  id: 'orphan-plan',
  description: 'an emergency plan with no runbook',
  run({ model }) {
    return model
      .all('plans')
      .filter((p) => p.data.runbooks.length === 0)
      .map((p) => {
        const escalating = model
          .all('runbooks')
          .filter((r) => r.data.escalation.plan.id === p.id)
          .map((r) => r.id);
        return finding(
          'orphan-plan',
          fieldOf(p, 'runbooks'),
          `plan \`${p.id}\` lists no runbooks: responders have no steps to follow`,
          escalating.length
            ? `these runbooks escalate to it: add \`runbooks: [${escalating.join(', ')}]\``
            : 'write the runbooks it needs and list them in `runbooks`',
        );
      });
  },
};

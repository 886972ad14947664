import { callLists, rolesReached } from '../call-list.ts';
import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Clause 4.1 escalates level by level with the severity, so at every severity of a plan somebody
 * calls that severity's decider: a call list that never reaches them leaves the engineer at 3 a.m.
 * with a decision nobody was asked to take. The commander needs no call (they are on the incident).
 */
export const callListDecider: Check = {
  id: 'call-list-decider',
  description: "a plan severity whose call list never reaches that severity's decider",
  run({ model }) {
    return model.all('plans').flatMap((plan) =>
      callLists(plan)
        .filter((list) => list.decider !== list.commander && !rolesReached(list).includes(list.decider))
        .map((list) => {
          const i = plan.data.severities.findIndex((s) => s.level === list.level);
          return finding(
            'call-list-decider',
            fieldOf(plan, 'severities', i, 'decider'),
            `at \`${list.level}\`, no notification of plan \`${plan.id}\` calls the decider \`${list.decider}\``,
            `add \`${list.level}\` to the \`severities\` of the notification that calls \`${list.decider}\`, or add one (\`to: [${list.decider}]\`, \`channel: phone\`, \`severities: [${list.level}]\`)`,
          );
        }),
    );
  },
};

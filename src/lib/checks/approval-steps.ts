import { fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * An approvals section that lists a chain's steps (the procurement chain, the escalation ladder)
 * lists exactly that chain's permissions, in the order of their `chain.step`, so that the page
 * and the permissions cannot tell two different orders. Unknown ids are `unknown-reference`'s.
 */
export const approvalSteps: Check = {
  id: 'approval-steps',
  description: 'an approvals section whose steps are not one chain in step order',
  run({ model }) {
    return model.all('approvals').flatMap((entry) => {
      if (entry.data.kind !== 'chain' && entry.data.kind !== 'escalation') return [];
      const steps = entry.data.steps.map((s) => model.get('permissions', s.id));
      if (steps.some((p) => p === undefined)) return [];
      const first = steps[0]!.data.chain?.id;
      const broken = steps.findIndex((p, i) => p!.data.chain?.id !== first || p!.data.chain?.step !== i + 1);
      const chain = first
        ? model
            .all('permissions')
            .filter((p) => p.data.chain?.id === first)
            .toSorted((a, b) => a.data.chain!.step - b.data.chain!.step)
            .map((p) => p.id)
        : // Stryker disable next-line ArrayDeclaration: without a first chain id the rule returns before `chain` is read
          [];
      const expected = chain.length ? ` (the chain \`${first}\` is ${chain.map((id) => `\`${id}\``).join(', ')})` : '';
      if (!first)
        return [
          finding(
            'approval-steps',
            fieldOf(entry, 'steps', 0),
            `approvals \`${entry.id}\`: permission \`${steps[0]!.id}\` is in no chain`,
            'list the permissions of one chain, each with `chain: { id, step }`, from step 1',
          ),
        ];
      if (broken >= 0)
        return [
          finding(
            'approval-steps',
            fieldOf(entry, 'steps', broken),
            `approvals \`${entry.id}\`: step ${broken + 1} is \`${steps[broken]!.id}\`, which is not step ${broken + 1} of the chain \`${first}\`${expected}`,
            'list the chain’s permissions in the order of their `chain.step`',
          ),
        ];
      if (chain.length !== steps.length)
        return [
          finding(
            'approval-steps',
            fieldOf(entry, 'steps'),
            `approvals \`${entry.id}\` lists ${steps.length} of the ${chain.length} steps of the chain \`${first}\`${expected}`,
            'list every step of the chain',
          ),
        ];
      return [];
    });
  },
};

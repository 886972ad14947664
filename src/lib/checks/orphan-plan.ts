import type { Entry } from '../content/load.ts';
import { planRunbooks } from '../queries/plans.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Where the body of an MDX entry starts: the line after the frontmatter's closing `---`. */
function bodyStart(entry: Entry<'plans'>) {
  const lines = entry.source.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  // Stryker disable next-line ConditionalExpression,UnaryOperator: equivalent, for `close === -1` the other branch gives `close + 2 === 1` too; `+1` would differ only at `close === 1`, an empty frontmatter, which no loaded plan has (its schema requires fields)
  return { file: entry.file, position: { line: close === -1 ? 1 : close + 2, column: 1 } };
}

/**
 * An emergency plan with no runbook tells people what to decide but not what to do. The runbooks a
 * plan uses are the ones its body refers to (`src/lib/queries/plans.ts`).
 */
export const orphanPlan: Check = {
  id: 'orphan-plan',
  description: 'an emergency plan whose body references no runbook',
  run({ model }) {
    return model
      .all('plans')
      .filter((p) => planRunbooks(p).length === 0)
      .map((p) => {
        const escalating = model
          .all('runbooks')
          .filter((r) => r.data.escalation.plan.id === p.id)
          .map((r) => r.id);
        return finding(
          'orphan-plan',
          bodyStart(p),
          `plan \`${p.id}\` references no runbook in its body: responders have no steps to follow`,
          escalating.length
            ? `these runbooks escalate to it: add a \`## Runbooks\` section naming each with when to use it (${escalating.map((id) => `\`<Runbook id="${id}" />\``).join(', ')})`
            : 'write the runbooks it needs and name each in a `## Runbooks` section of the body with `<Runbook id="…" />` and when to use it',
        );
      });
  },
};

import { describe, expect, it } from 'vitest';
import { cleanText, variant, type Edit } from '../fixtures/clean/variant.ts';

const PLAN = 'plans/system-failure.mdx';
const RUNBOOKS_SECTION =
  '## Runbooks\n\n- <Runbook id="rollback" />: a release in the last 24 hours lines up with the errors.\n';
const noRunbookSection: Edit = [PLAN, RUNBOOKS_SECTION, ''];
const orphanPlan = (found: string[]) => found.filter((f) => f.includes('  orphan-plan  '));

describe('orphan-plan', () => {
  it('a plan naming no runbook is reported on the first line of its body; the hint names every runbook escalating to it, comma-separated', () => {
    expect(
      orphanPlan(variant([noRunbookSection, ['runbooks/restart.mdx', cleanText('runbooks/rollback.mdx')]])),
    ).toEqual([
      'plans/system-failure.mdx:38:1  orphan-plan  plan `system-failure` references no runbook in its body: responders have no steps to follow  (these runbooks escalate to it: add a `## Runbooks` section naming each with when to use it (`<Runbook id="restart" />`, `<Runbook id="rollback" />`))',
    ]);
  });

  it('a closing `---` with trailing spaces still ends the frontmatter: the body starts on the line after it', () => {
    expect(
      orphanPlan(variant([noRunbookSection, [PLAN, '---\n\n## Post-incident', '---   \n\n## Post-incident']])),
    ).toEqual([
      'plans/system-failure.mdx:38:1  orphan-plan  plan `system-failure` references no runbook in its body: responders have no steps to follow  (these runbooks escalate to it: add a `## Runbooks` section naming each with when to use it (`<Runbook id="rollback" />`))',
    ]);
  });

  it('a plan naming a runbook in its body is not reported', () => {
    expect(orphanPlan(variant([]))).toEqual([]);
  });
});

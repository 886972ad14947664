import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-orphan-plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Edit = [file: string, from: string, to: string] | [file: string, text: string];

let n = 0;
/**
 * The clean fixture with some files edited (`[file, from, to]`: `from` must be there) or
 * written whole (`[file, text]`); the findings as the CLI prints them.
 */
function variant(edits: Edit[]): string[] {
  const dir = join(work, String(n++));
  cpSync(CLEAN, dir, { recursive: true });
  for (const edit of edits) {
    const path = join(dir, edit[0]);
    mkdirSync(dirname(path), { recursive: true });
    if (edit.length === 2) {
      writeFileSync(path, edit[1]);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(edit[1]);
    writeFileSync(path, text.replace(edit[1], edit[2]));
  }
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' }).findings.map(formatFinding);
}
const clean = (file: string) => readFileSync(join(CLEAN, file), 'utf8');

const PLAN = 'plans/system-failure.mdx';
const RUNBOOKS_SECTION =
  '## Runbooks\n\n- <Runbook id="rollback" />: a release in the last 24 hours lines up with the errors.\n';
const noRunbookSection: Edit = [PLAN, RUNBOOKS_SECTION, ''];
const orphanPlan = (found: string[]) => found.filter((f) => f.includes('  orphan-plan  '));

describe('orphan-plan', () => {
  it('a plan naming no runbook is reported on the first line of its body; the hint names every runbook escalating to it, comma-separated', () => {
    expect(orphanPlan(variant([noRunbookSection, ['runbooks/restart.mdx', clean('runbooks/rollback.mdx')]]))).toEqual([
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

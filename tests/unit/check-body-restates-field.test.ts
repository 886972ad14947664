/**
 * `body-restates-field`: a body section whose heading names a frontmatter field the entry page
 * already renders (a runbook's prerequisites, a plan's activation and notifications), by the label
 * the page shows or by a usual other name. Each case is the clean fixture with sections put into
 * the runbook (before its `## Steps`, line 24) or the plan (before its `## Post-incident review`, line 39).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyRestatesField } from '../../src/lib/checks/body-restates-field.ts';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const RUNBOOK = { file: 'runbooks/rollback.mdx', before: '\n## Steps', line: 24 };
const PLAN = { file: 'plans/system-failure.mdx', before: '\n## Post-incident review', line: 39 };
const work = mkdtempSync(join(tmpdir(), 'handbook-body-restates-field-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The clean fixture with a section under each heading (four lines each) put into `into`; every finding as the CLI prints it. */
function withSections(into: typeof RUNBOOK, headings: string[]): string[] {
  const dir = join(work, String(n++));
  cpSync(CLEAN, dir, { recursive: true });
  const text = readFileSync(join(CLEAN, into.file), 'utf8');
  expect(text).toContain(into.before);
  const sections = headings.map((h) => `\n${h}\n\nSee above.\n`).join('');
  writeFileSync(join(dir, into.file), text.replace(into.before, `${sections}${into.before}`));
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' }).findings.map(formatFinding);
}

const HINT = (field: string) =>
  `keep the facts in \`${field}\` only, moving there any words the body adds; give what is left, such as commands or variables, a heading of its own`;
/** The finding for the `k`-th section put into `into`. */
const restates = (into: typeof RUNBOOK, k: number, heading: string, field: string, label: string) =>
  `${into.file}:${into.line + 4 * k}:1  body-restates-field  the body section \`${heading}\` restates \`${field}\`, which the page already shows as “${label}”  (${HINT(field)})`;

describe('body-restates-field', () => {
  it('is registered under its id, described as what it finds', () => {
    expect(CHECKS).toContain(bodyRestatesField);
    expect({ id: bodyRestatesField.id, description: bodyRestatesField.description }).toEqual({
      id: 'body-restates-field',
      description: 'a body section that restates a frontmatter field the page renders',
    });
  });

  it('a runbook section named for its prerequisites, by the label or as requirements, is reported', () => {
    expect(withSections(RUNBOOK, ['## Prerequisites', '## Requirements'])).toEqual([
      restates(RUNBOOK, 0, '## Prerequisites', 'prerequisites', 'Prerequisites'),
      restates(RUNBOOK, 1, '## Requirements', 'prerequisites', 'Prerequisites'),
    ]);
  });

  it('a plan section named for its activation, by the label or a usual name, is reported', () => {
    expect(withSections(PLAN, ['## Activate when', '## Activation', '## When to activate'])).toEqual([
      restates(PLAN, 0, '## Activate when', 'activation', 'Activate when'),
      restates(PLAN, 1, '## Activation', 'activation', 'Activate when'),
      restates(PLAN, 2, '## When to activate', 'activation', 'Activate when'),
    ]);
  });

  it('a plan section named for its notifications, by the label or a usual name, is reported', () => {
    const headings = ['## Notification', '## Notifications', '## Who to notify', '## Notification table'];
    expect(withSections(PLAN, headings)).toEqual(
      headings.map((h, k) => restates(PLAN, k, h, 'notifications', 'Notification')),
    );
  });

  it('a field’s names are its collection’s only: a plan’s names in a runbook, a runbook’s in a plan, are not reported', () => {
    expect(withSections(RUNBOOK, ['## Activation', '## Who to notify'])).toEqual([]);
    expect(withSections(PLAN, ['## Prerequisites', '## Requirements'])).toEqual([]);
  });

  it('headings compare in any case and with any run of punctuation between the words', () => {
    expect(withSections(PLAN, ['## WHO TO NOTIFY', '## Notification (table)', '### When to activate?'])).toEqual([
      restates(PLAN, 0, '## WHO TO NOTIFY', 'notifications', 'Notification'),
      restates(PLAN, 1, '## Notification (table)', 'notifications', 'Notification'),
      restates(PLAN, 2, '### When to activate?', 'activation', 'Activate when'),
    ]);
  });

  it('headings compare word by word and letter by letter: other words or other letters are another heading', () => {
    // words run together, and a Turkish dotless ı, which only upper-cases to an I
    expect(withSections(PLAN, ['## Whoto notify', '## Actıvation'])).toEqual([]);
  });
});

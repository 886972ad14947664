import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-call-list-decider-'));
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
const PLAN = 'plans/system-failure.mdx';
const callListDecider = (found: string[]) => found.filter((f) => f.includes('  call-list-decider  '));
const CRITICAL =
  '    commander: ops-engineer\n  - level: critical\n    criteria: ["No booking succeeds"]\n    decisionLevel: 1\n    decider: department-head\n    commander: ops-engineer\nroles:';

describe('call-list-decider', () => {
  it('a severity whose decider no notification calls is reported at that severity’s decider, not the first one', () => {
    expect(
      callListDecider(
        variant([
          [PLAN, '    commander: ops-engineer\nroles:', CRITICAL],
          [PLAN, 'severities: [minor, major, critical]', 'severities: [minor, major]'],
        ]),
      ),
    ).toEqual([
      'plans/system-failure.mdx:19:5  call-list-decider  at `critical`, no notification of plan `system-failure` calls the decider `department-head`  (add `critical` to the `severities` of the notification that calls `department-head`, or add one (`to: [department-head]`, `channel: phone`, `severities: [critical]`))',
    ]);
  });

  it('a decider who is also the commander of that severity needs no call', () => {
    expect(
      callListDecider(
        variant([
          [
            PLAN,
            'decider: department-head\n    commander: ops-engineer',
            'decider: ops-engineer\n    commander: ops-engineer',
          ],
          [PLAN, 'severities: [minor, major, critical]', 'severities: [minor]'],
        ]),
      ),
    ).toEqual([]);
  });
});

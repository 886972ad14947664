import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-unset-fields-'));
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

const ofRule = (rule: string, found: string[]) => found.filter((f) => f.includes(`  ${rule}  `));
const PLAN = 'plans/system-failure.mdx';
const DRILL = 'obligations/drill-system-failure.yaml';

describe('obligation-no-evidence', () => {
  it('an obligation with an empty `evidence` list is reported at that list', () => {
    expect(
      ofRule(
        'obligation-no-evidence',
        variant([
          [DRILL, 'evidence:\n  - A drill record with scenario, date, participants and timeline', 'evidence: []'],
        ]),
      ),
    ).toEqual([
      'obligations/drill-system-failure.yaml:11:1  obligation-no-evidence  obligation `drill-system-failure` lists no `evidence`: an auditor cannot tell that it happened  (list what it leaves behind: minutes, a report, a drill record, a ticket)',
    ]);
  });
});

describe('plan-no-drill', () => {
  it('a plan without `drill` that two obligations exercise names both, comma-separated, and suggests the first', () => {
    expect(
      ofRule(
        'plan-no-drill',
        variant([
          [PLAN, 'drill: drill-system-failure\n', ''],
          ['obligations/drill-system-failure-night.yaml', clean(DRILL)],
        ]),
      ),
    ).toEqual([
      'plans/system-failure.mdx:2:1  plan-no-drill  plan `system-failure` has no `drill`: clause 6.2 requires emergency plans to be drilled regularly  (obligation `drill-system-failure`, `drill-system-failure-night` exercises it: add `drill: drill-system-failure`)',
    ]);
  });

  it('a plan naming its drill is not reported', () => {
    expect(ofRule('plan-no-drill', variant([]))).toEqual([]);
  });
});

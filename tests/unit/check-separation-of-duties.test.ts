/**
 * separation-of-duties on the clean fixture with one edit each: who holds a forbidden pair,
 * through which post, and where the finding points.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-separation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The clean fixture with some files edited; the findings as the CLI prints them. */
function variant(edits: [file: string, from: string, to: string][]): string[] {
  const dir = join(work, String(n++));
  cpSync(CLEAN, dir, { recursive: true });
  for (const [rel, from, to] of edits) {
    const text = readFileSync(join(dir, rel), 'utf8');
    expect(text).toContain(from);
    writeFileSync(join(dir, rel), text.replace(from, to));
  }
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' }).findings.map(formatFinding);
}

const alsoHolds = (role: string, list: string): [string, string, string] => [
  `roles/${role}.yaml`,
  'summary:',
  `alsoHolds: ${list}\nsummary:`,
];

describe('separation-of-duties', () => {
  it('the second role of a pair also holding the first is told it holds the first one (the pair named in order)', () => {
    expect(variant([alsoHolds('security-auditor', '[ops-engineer]')])).toEqual([
      'roles/security-auditor.yaml:8:13  separation-of-duties  role `security-auditor` also holds `ops-engineer`: separation rule `operations-vs-security-audit` forbids one person to hold both `ops-engineer` and `security-auditor` (clause 2.1)  (drop the `alsoHolds` entry, or give the duties to different people)',
    ]);
  });

  it('a forbidden pair brought in by the second `alsoHolds` entry points at that entry; two borrowed permissions are both named with the post each comes through', () => {
    expect(variant([alsoHolds('security-auditor', '[department-head, ops-engineer]')])).toEqual([
      'roles/security-auditor.yaml:8:30  separation-of-duties  role `security-auditor` also holds `ops-engineer`: separation rule `operations-vs-security-audit` forbids one person to hold both `ops-engineer` and `security-auditor` (clause 2.1)  (drop the `alsoHolds` entry, or give the duties to different people)',
      'roles/security-auditor.yaml:8:30  separation-of-duties  role `security-auditor` holds both `perform-release` and `approve-release` (`perform-release` through `ops-engineer`, `approve-release` through `department-head`, which it also holds): separation rule `perform-vs-approve-release` forbids that pair (a proposed rule, no clause)  (drop the `alsoHolds` entry, or take one permission away)',
    ]);
  });

  it('a role granted both permissions of a pair directly is reported at its grant of the second, whatever order the permissions load in', () => {
    expect(
      variant([
        [
          'permissions/approve-release.yaml',
          'grantees: [department-head]',
          'grantees: [department-head, ops-engineer]',
        ],
      ]),
    ).toEqual([
      'permissions/approve-release.yaml:7:29  separation-of-duties  role `ops-engineer` holds both `perform-release` and `approve-release`: separation rule `perform-vs-approve-release` forbids that pair (a proposed rule, no clause)  (take one of the two permissions away from `ops-engineer`)',
    ]);
  });

  it('a rule naming the same role twice forbids no one', () => {
    const found = variant([
      [
        'separation/operations-vs-security-audit.yaml',
        'roles: [ops-engineer, security-auditor]',
        'roles: [ops-engineer, ops-engineer]',
      ],
    ]);
    expect(found.filter((f) => f.includes('separation-of-duties'))).toEqual([]);
  });
});

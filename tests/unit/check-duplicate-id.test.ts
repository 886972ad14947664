import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-duplicate-id-'));
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

const duplicateId = (found: string[]) => found.filter((f) => f.includes('  duplicate-id  '));

describe('duplicate-id', () => {
  it('the file sorting first keeps the id, even when it failed to load and the other did', () => {
    const unloadable = clean('roles/department-head.yaml').replace('scope: internal', 'scope: nowhere');
    expect(duplicateId(variant([['roles/a/department-head.yaml', unloadable]]))).toEqual([
      'roles/department-head.yaml  duplicate-id  role id `department-head` is already used by roles/a/department-head.yaml; ids must be unique within `roles`  (rename one of the files: the id is the file name)',
    ]);
  });

  it('an id holding a colon is named whole', () => {
    const role = clean('roles/security-auditor.yaml').replace('keyPost: security-audit\n', '');
    expect(
      duplicateId(
        variant([
          ['roles/night:shift.yaml', role],
          ['roles/x/night:shift.yaml', role],
        ]),
      ),
    ).toEqual([
      'roles/x/night:shift.yaml  duplicate-id  role id `night:shift` is already used by roles/night:shift.yaml; ids must be unique within `roles`  (rename one of the files: the id is the file name)',
    ]);
  });

  it('ids used once are not reported', () => {
    expect(duplicateId(variant([]))).toEqual([]);
  });
});

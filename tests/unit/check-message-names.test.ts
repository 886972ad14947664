import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-message-names-'));
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

const GUIDE = 'guides/onboarding.mdx';
const READ = 'Read the <Clause id="2.2" /> first';

describe('unknown-reference', () => {
  it('an id that exists in two other collections names both in the hint', () => {
    expect(
      variant([
        [GUIDE, READ, 'Read the <Role id="rollback" /> first'],
        ['permissions/rollback.yaml', clean('permissions/approve-release.yaml')],
      ]),
    ).toEqual([
      'guides/onboarding.mdx:19:10  unknown-reference  `<Role id="rollback">` points at role `rollback`, which does not exist  (did you mean `ceo`, `ops-engineer`, `department-head`?; `rollback` is a permission and a runbook id)',
    ]);
  });
});

describe('parameter-undefined', () => {
  it('two undefined markers in one clause text are two findings, one per parameter', () => {
    expect(
      variant([
        ['clauses/2-2.yaml', '新员工需经过X{training-months}个月', '新员工需经过X{trial-months}个月X{notice-days}'],
      ]),
    ).toEqual([
      'clauses/2-2.yaml:10:3  parameter-undefined  `text.zh` uses `X{notice-days}`, but no parameter `notice-days` is defined  (did you mean `training-months`?)',
      'clauses/2-2.yaml:10:3  parameter-undefined  `text.zh` uses `X{trial-months}`, but no parameter `trial-months` is defined  (did you mean `training-months`?)',
    ]);
  });
});

describe('code in an MDX body', () => {
  it('the quoted expression has each run of white space, line breaks included, shown as one space', () => {
    expect(variant([[GUIDE, READ, `The host is {a   +\n  b}.\n\n${READ}`]])).toEqual([
      'guides/onboarding.mdx:19:13  mdx-expression  `{a + b}`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (`id="…"`); to show braces in text, put them in `code`; a comment is `{/* … */}`)',
    ]);
  });
});

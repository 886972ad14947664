/**
 * The two rules that hold document control to git: `version-backwards` (a version lower than one
 * the file already had) and `edited-after-review` (changes after the review date under the reviewed
 * version). The history is given as revisions in memory, oldest first, as `readContentHistory`
 * reads them, beside the clean fixture with one file's document control edited.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedAfterReview } from '../../src/lib/checks/edited-after-review.ts';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import type { Check, CheckContext } from '../../src/lib/checks/types.ts';
import { versionBackwards } from '../../src/lib/checks/version-backwards.ts';
import { formatFinding, type Finding } from '../../src/lib/finding-report.ts';
import type { ContentHistory, Revision } from '../../src/lib/history/entries.ts';
import { buildModel, type EntryKey } from '../../src/lib/model.ts';

const CLEAN = 'tests/fixtures/clean/content';
const FILE = 'permissions/approve-project.yaml';
const KEY: EntryKey = 'permissions:approve-project';
const work = mkdtempSync(join(tmpdir(), 'handbook-document-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A commit of `approve-project.yaml`: its full id is the short one repeated. */
const rev = (date: string, version: string | undefined, more: Partial<Revision> = {}): Revision => ({
  commit: `${more.commit ?? 'c0ffee1'}${'0'.repeat(33)}`,
  date,
  subject: 'Permissions: wording',
  formatOnly: false,
  ...(version === undefined ? {} : { version }),
  ...more,
});

const historyOf = (revisions: Revision[]): ContentHistory => ({
  available: true,
  entries: new Map([[KEY, revisions]]),
});

/** A finding as the CLI prints it, after its severity. */
const printed = (f: Finding) => `${f.severity}  ${formatFinding(f)}`;

let n = 0;
/** The clean fixture with `approve-project.yaml` at `version`, reviewed on `reviewed`. */
function content(version: string, reviewed = '2026-11-01'): string {
  const dir = join(work, String(n++));
  cpSync(CLEAN, dir, { recursive: true });
  const text = readFileSync(join(CLEAN, FILE), 'utf8');
  expect(text).toContain('version: "1.0"');
  expect(text).toContain('reviewed: 2026-11-01');
  writeFileSync(
    join(dir, FILE),
    text.replace('version: "1.0"', `version: "${version}"`).replace('reviewed: 2026-11-01', `reviewed: ${reviewed}`),
  );
  return dir;
}

/** The findings of `rule`, as the CLI prints them, for the file at `version` with these revisions. */
function found(rule: string, version: string, revisions: Revision[], reviewed?: string): string[] {
  const dir = content(version, reviewed);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01', history: historyOf(revisions) })
    .findings.filter((f) => f.rule === rule)
    .map(printed);
}

/** `check` run on a model that holds the file's entry twice, as a model may hold one entry per load. */
function twiceLoaded(check: Check, version: string, revisions: Revision[]) {
  const dir = content(version);
  const { model, translations } = checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' });
  const entry = model.entries.find((e) => e.file === FILE)!;
  const context: CheckContext = {
    model: buildModel([...model.entries, entry]),
    today: '2027-01-01',
    strict: false,
    exists: () => true,
    translations,
    failed: [],
    history: historyOf(revisions),
    contactFiles: [],
  };
  return check.run(context).map(printed);
}

describe('version-backwards', () => {
  const backwards = (version: string, highest: string, commit = 'c0ffee1', date = '2026-12-01') =>
    `error  ${FILE}:10:3  version-backwards  \`document.version\` is ${version}, but this document was already at ${highest} in ${commit} (${date})  (versions only go up: set a version after ${highest})`;

  it('is registered under its id, described as what it finds', () => {
    expect(CHECKS).toContain(versionBackwards);
    expect({ id: versionBackwards.id, description: versionBackwards.description }).toEqual({
      id: 'version-backwards',
      description: 'a document version lower than one it already had in git',
    });
  });

  it('a version below one already committed is reported at `document.version`, naming that commit', () => {
    expect(
      found('version-backwards', '1.0', [rev('2026-11-01', '1.0', { commit: 'aaaaaaa' }), rev('2026-12-01', '1.1')]),
    ).toEqual([backwards('1.0', '1.1')]);
  });

  it('the version is held to the highest ever committed, not to the last commit', () => {
    expect(
      found('version-backwards', '1.1', [
        rev('2026-11-01', '1.2', { commit: 'aaaaaaa' }),
        rev('2026-12-01', '1.1', { commit: 'bbbbbbb' }),
      ]),
    ).toEqual([backwards('1.1', '1.2', 'aaaaaaa', '2026-11-01')]);
  });

  it('of two commits at the highest version, the first to reach it is named', () => {
    expect(
      found('version-backwards', '1.0', [
        rev('2026-11-01', '1.1', { commit: 'aaaaaaa' }),
        rev('2026-12-01', '1.1', { commit: 'bbbbbbb' }),
      ]),
    ).toEqual([backwards('1.0', '1.1', 'aaaaaaa', '2026-11-01')]);
  });

  it('a version equal to or above every committed one is not reported', () => {
    expect(found('version-backwards', '1.1', [rev('2026-11-01', '1.0'), rev('2026-12-01', '1.1')])).toEqual([]);
    expect(found('version-backwards', '1.2', [rev('2026-11-01', '1.0'), rev('2026-12-01', '1.1')])).toEqual([]);
  });

  it('versions compare part by part as numbers, with parts of more than one digit and any count of parts', () => {
    expect(found('version-backwards', '9.0', [rev('2026-12-01', '10.0')])).toEqual([backwards('9.0', '10.0')]);
    expect(found('version-backwards', '10.0', [rev('2026-12-01', '11.0')])).toEqual([backwards('10.0', '11.0')]);
    expect(found('version-backwards', '1.0', [rev('2026-12-01', '2')])).toEqual([backwards('1.0', '2')]);
    expect(found('version-backwards', '1.2.1', [rev('2026-12-01', '1.3')])).toEqual([backwards('1.2.1', '1.3')]);
    expect(found('version-backwards', '1.9', [rev('2026-12-01', '1.10')])).toEqual([backwards('1.9', '1.10')]);
    expect(found('version-backwards', '1.10', [rev('2026-12-01', '1.11')])).toEqual([backwards('1.10', '1.11')]);
  });

  it('a committed version that is not a version number, or none, is not compared', () => {
    expect(found('version-backwards', '1.0', [rev('2026-12-01', 'v2.0')])).toEqual([]);
    expect(found('version-backwards', '1.0', [rev('2026-12-01', '2.0-draft')])).toEqual([]);
    expect(found('version-backwards', '1.0', [rev('2026-12-01', undefined)])).toEqual([]);
    expect(found('version-backwards', '1.0', [rev('2026-11-01', '1.1'), rev('2026-12-01', 'v2.0')])).toEqual([
      backwards('1.0', '1.1', 'c0ffee1', '2026-11-01'),
    ]);
  });

  it('a file with no history is not reported, nor any file when the history is unavailable', () => {
    expect(found('version-backwards', '1.0', [])).toEqual([]);
    const dir = content('1.0');
    const history: ContentHistory = { available: false, reason: 'no-repository' };
    expect(
      checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01', history }).findings.filter(
        (f) => f.rule === 'version-backwards',
      ),
    ).toEqual([]);
  });

  it('a file is reported once, even when the model holds its entry twice', () => {
    expect(twiceLoaded(versionBackwards, '1.0', [rev('2026-12-01', '1.1')])).toEqual([backwards('1.0', '1.1')]);
  });
});

describe('edited-after-review', () => {
  const HINT = 'review the change, then raise `document.version` and set `document.reviewed` to the date of the review';
  const edited = (count: number, last: string, subject = 'Permissions: wording', version = '1.0') =>
    `warning  ${FILE}:10:3  edited-after-review  changed in ${count} commit(s) after its review on 2026-11-01 (last ${last}, c0ffee1 "${subject}"), but \`document.version\` is still ${version}  (${HINT})`;

  it('is registered under its id, described as what it finds', () => {
    expect(CHECKS).toContain(editedAfterReview);
    expect({ id: editedAfterReview.id, description: editedAfterReview.description }).toEqual({
      id: 'edited-after-review',
      description: 'a document changed in git after its review date without a new version',
    });
  });

  it('a change after the review date under the reviewed version is a warning at `document.version`', () => {
    expect(found('edited-after-review', '1.0', [rev('2026-10-01', '1.0'), rev('2026-12-05', '1.0')])).toEqual([
      edited(1, '2026-12-05'),
    ]);
  });

  it('a change with a raised version, a formatting-only commit and a deletion are not reported', () => {
    expect(found('edited-after-review', '1.1', [rev('2026-10-01', '1.0'), rev('2026-12-05', '1.1')])).toEqual([]);
    expect(
      found('edited-after-review', '1.0', [rev('2026-10-01', '1.0'), rev('2026-12-05', '1.0', { formatOnly: true })]),
    ).toEqual([]);
    expect(
      found('edited-after-review', '1.0', [rev('2026-10-01', '1.0'), rev('2026-12-05', undefined, { deleted: true })]),
    ).toEqual([]);
  });

  it('a commit on the review date is part of what was reviewed: its version is the baseline', () => {
    expect(
      found('edited-after-review', '1.1', [
        rev('2026-10-01', '1.0'),
        rev('2026-11-01', '1.1'),
        rev('2026-12-05', '1.1'),
      ]),
    ).toEqual([edited(1, '2026-12-05', 'Permissions: wording', '1.1')]);
    expect(found('edited-after-review', '1.1', [rev('2026-10-01', '1.0'), rev('2026-11-01', '1.1')])).toEqual([]);
  });

  it('the baseline is the last commit before the review, not the first', () => {
    expect(
      found('edited-after-review', '1.1', [
        rev('2026-09-01', '1.0'),
        rev('2026-10-15', '1.1'),
        rev('2026-12-05', '1.1'),
      ]),
    ).toEqual([edited(1, '2026-12-05', 'Permissions: wording', '1.1')]);
  });

  it('when every commit is after the review, the first is the baseline and every later one counts', () => {
    expect(
      found('edited-after-review', '1.0', [
        rev('2026-12-01', '1.0'),
        rev('2026-12-05', '1.0'),
        rev('2026-12-09', '1.0'),
      ]),
    ).toEqual([edited(2, '2026-12-09')]);
  });

  it('a commit made before the reviewed one counts as reviewed, even with a later author date', () => {
    expect(
      found('edited-after-review', '1.0', [
        rev('2026-10-01', '1.0'),
        rev('2026-11-20', '1.0'),
        rev('2026-10-25', '1.0'),
      ]),
    ).toEqual([]);
  });

  it('a long commit subject is cut to its first 60 characters', () => {
    const subject = 'Permissions: reword the approval of a project so that it names the deputy as well';
    expect(subject.length).toBeGreaterThan(60);
    expect(
      found('edited-after-review', '1.0', [rev('2026-10-01', '1.0'), rev('2026-12-05', '1.0', { subject })]),
    ).toEqual([edited(1, '2026-12-05', subject.slice(0, 60))]);
  });

  it('a file is reported once, even when the model holds its entry twice', () => {
    expect(twiceLoaded(editedAfterReview, '1.0', [rev('2026-10-01', '1.0'), rev('2026-12-05', '1.0')])).toEqual([
      edited(1, '2026-12-05'),
    ]);
  });
});

/**
 * History and change reports on small git repositories built in a temporary folder: one release,
 * then a grant, a decided value, a reworded step, a renamed id, an edit without a version bump and
 * a formatting-only commit, then a second release.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseHistory, type ReleaseHistory } from '../../src/lib/changes/releases.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { readContentHistory, type ContentHistory } from '../../src/lib/history/entries.ts';
import { openRepo, parsePatch } from '../../src/lib/history/git.ts';
import { modelAt } from '../../src/lib/history/revision-model.ts';
import { diffModels } from '../../src/lib/changes/diff.ts';
import { diffSteps } from '../../src/lib/changes/steps.ts';
import { permissionChangesTable } from '../../src/lib/changes/tables.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { loadModel } from '../fixtures/generated/model.ts';
import { TestRepo } from '../fixtures/history/repo.ts';
import { scenario as editedAfterReview } from '../fixtures/edited-after-review/scenario.ts';
import { scenario as versionBackwards } from '../fixtures/version-backwards/scenario.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A release history is built in each test that checks it, where Stryker counts releaseHistory,
 * modelAt and diffModels as covered (README, "Mutation testing"). What makes it slow is reading a
 * revision's files out of git (one `git show` a file, about 0.9 s a release), so that is done once
 * per revision in this file: a later checkout of the same commit is a fresh copy of the first.
 */
const checkouts = vi.hoisted(() => new Map<string, string>());
vi.mock('../../src/lib/history/git.ts', async (importOriginal) => {
  const git = await importOriginal<typeof import('../../src/lib/history/git.ts')>();
  const checkoutContent: typeof git.checkoutContent = async (repo, rev) => {
    const at = async (...args: string[]) => (await repo.git.revparse(args)).trim();
    const key = `${await at('--show-toplevel')}\0${repo.prefix}\0${await at(rev)}`;
    let first = checkouts.get(key);
    if (!first) {
      first = (await git.checkoutContent(repo, rev)).dir;
      checkouts.set(key, first);
    }
    const dir = mkdtempSync(join(tmpdir(), 'handbook-rev-copy-'));
    cpSync(first, dir, { recursive: true });
    return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  };
  return { ...git, checkoutContent };
});
afterAll(() => checkouts.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const repo = editedAfterReview();
cleanup.push(repo.root);

const EXPECTED_REPORT = {
  permissions: [{ role: 'l1-architect', permission: 'approve-project', change: 'granted', basis: '4.1' }],
  separation: [],
  reporting: [],
  parameters: [
    {
      id: 'kickoff-days',
      change: 'decided',
      before: { value: 5, status: 'proposed' },
      after: { value: 7, status: 'approved' },
    },
  ],
  clauses: [],
  steps: [
    { collection: 'runbooks', id: 'rollback', change: 'reworded', number: 1, title: 'Roll back.' },
    { collection: 'runbooks', id: 'rollback', change: 'added', number: 2, title: 'Check.' },
  ],
  basis: [],
  entries: [
    {
      collection: 'permissions',
      id: 'approve-project',
      change: 'changed',
      fields: [{ path: 'grantees', before: ['department-head'], after: ['department-head', 'l1-architect'] }],
      version: { before: '1.0', after: '1.1', backwards: false },
    },
    {
      collection: 'parameters',
      id: 'kickoff-days',
      change: 'changed',
      fields: [
        { path: 'value', before: 5, after: 7 },
        { path: 'status', before: 'proposed', after: 'approved' },
      ],
      version: { before: '1.0', after: '1.1', backwards: false },
    },
    {
      collection: 'controls',
      id: 'chg-01',
      change: 'changed',
      fields: [
        {
          path: 'statement',
          before: 'No change reaches production without a recorded go/no-go approval.',
          after: 'No change of any kind reaches production without a recorded go/no-go approval.',
        },
      ],
    },
    {
      collection: 'controls',
      id: 'drl-02',
      change: 'renamed',
      from: 'drl-01',
      fields: [],
      version: { before: '1.0', after: '1.1', backwards: false },
    },
    {
      collection: 'runbooks',
      id: 'rollback',
      change: 'changed',
      fields: [{ path: 'body', before: true, after: true }],
      version: { before: '1.0', after: '1.1', backwards: false },
    },
  ],
};

describe('releases and their change reports', () => {
  let history: Extract<ReleaseHistory, { available: true }>;
  beforeEach(async () => {
    const read = await releaseHistory(repo.content, loadModel(repo.content));
    if (!read.available) throw new Error(`history unavailable: ${read.reason}`);
    history = read;
  });

  it('lists the release tags, newest first, the first one without a report', () => {
    expect(history.releases.map((r) => [r.release.tag, r.release.date, r.previous?.tag])).toEqual([
      ['handbook-2026.12', '2026-12-06', 'handbook-2026.11'],
      ['handbook-2026.11', '2026-11-01', undefined],
    ]);
    expect(history.releases[1]!.report).toBeUndefined();
  });

  it('reports the grant, the decision, the steps, the rename and the edit, and nothing for the formatting-only commit', () => {
    expect(history.releases[0]!.report).toEqual(EXPECTED_REPORT);
  });

  it('reports nothing since the last release when the content is that release', () => {
    expect(history.sinceLast?.release.tag).toBe('handbook-2026.12');
    expect(Object.values(history.sinceLast!.report).flat()).toEqual([]);
  });

  it('gives the permission changes as CSV rows', () => {
    const csv = toCsv(permissionChangesTable(history.releases[0]!.report!));
    expect(parseCsv(csv)).toEqual([
      ['role', 'permission', 'change', 'basis', 'via'],
      ['l1-architect', 'approve-project', 'granted', '4.1', ''],
    ]);
  });
});

describe('a renamed role', () => {
  it('is one rename, not a revocation and a grant, and the grants and reporting lines that name it follow it', async () => {
    const r = new TestRepo();
    cleanup.push(r.root);
    r.commit('2026-11-01', 'start');
    r.rename('roles/l1-architect.yaml', 'roles/chief-architect.yaml');
    for (const file of r.git('grep', '-l', 'l1-architect', '--', 'src/content').trim().split('\n')) {
      r.edit(file.slice('src/content/'.length), (t) => t.replaceAll('l1-architect', 'chief-architect'));
    }
    r.commit('2026-12-01', 'Rename the L1 architect');
    const git = await openRepo(r.content);
    if (!git.available) throw new Error('no repository');
    const report = diffModels((await modelAt(git, 'HEAD~1')).model, loadModel(r.content));
    expect(report).toEqual({
      permissions: [],
      separation: [],
      reporting: [],
      parameters: [],
      clauses: [],
      steps: [],
      basis: [],
      entries: [{ collection: 'roles', id: 'chief-architect', change: 'renamed', from: 'l1-architect', fields: [] }],
    });
  });
});

describe('document control against git', () => {
  // readContentHistory reads the history once per folder and process, so only the first test pays for it.
  // Typed as available, as the `const` it was narrowed to inside the tests; a test that needs it still checks.
  let history: Extract<ContentHistory, { available: true }>;
  beforeEach(async () => {
    history = (await readContentHistory(repo.content)) as typeof history;
  });
  const check = (h = history) =>
    checkContent({ contentDir: repo.content, cwd: repo.root, today: '2026-12-10', history: h }).findings.map(
      (f) => `${f.file}:${f.line}  ${f.severity} ${f.rule}  ${f.message}`,
    );

  it('gives every entry its commits with the version in each, following renames', () => {
    if (!history.available) throw new Error('no history');
    const summary = (key: `${string}:${string}`) =>
      history.entries
        .get(key as never)!
        .map((r) => `${r.date} ${r.version} ${r.formatOnly ? 'format' : 'meaning'} ${r.subject}`);
    expect(summary('controls:drl-02')).toEqual([
      '2026-11-01 1.0 meaning Handbook as approved',
      '2026-12-04 1.1 meaning Number the drill control after its area',
    ]);
    expect(summary('permissions:approve-release')).toEqual([
      '2026-11-01 1.0 meaning Handbook as approved',
      '2026-12-06 1.0 format Permissions: block style',
    ]);
    expect(history.entries.has('controls:drl-01' as never)).toBe(false);
  });

  it('warns once: the file edited after its review without a new version; not the formatting-only one, not the bumped ones', () => {
    expect(check()).toEqual([
      'src/content/controls/chg-01.yaml:11  warning edited-after-review  changed in 1 commit(s) after its review on 2026-11-01 (last 2026-12-05, ' +
        repo.git('rev-parse', 'handbook-2026.12~1').slice(0, 7) +
        ' "Controls: wording"), but `document.version` is still 1.0',
    ]);
  });

  it('errors when a version goes below one already committed', async () => {
    const r = versionBackwards();
    cleanup.push(r.root);
    const h = await readContentHistory(r.content);
    const findings = checkContent({
      contentDir: r.content,
      cwd: r.root,
      today: '2026-12-10',
      history: h,
    }).findings.filter((f) => f.rule === 'version-backwards');
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.severity}  ${f.message}  (${f.hint})`)).toEqual([
      `src/content/permissions/approve-project.yaml:6  error  \`document.version\` is 1.0, but this document was already at 1.1 in ${r.git('rev-parse', 'handbook-2026.12~5').slice(0, 7)} (2026-12-01)  (versions only go up: set a version after 1.1)`,
    ]);
  });

  it('compares no version of a clause: its `not stated` follows an invented 1.0 without a finding', async () => {
    const r = new TestRepo();
    cleanup.push(r.root);
    const invent = (t: string) =>
      t.replace('version: not stated, effective: not stated', 'version: "1.0", effective: 2026-11-01');
    r.edit('clauses/2-1.yaml', invent).commit('2026-11-01', 'Clause with an invented version');
    r.edit('clauses/2-1.yaml', (t) =>
      t.replace('version: "1.0", effective: 2026-11-01', 'version: not stated, effective: not stated'),
    );
    const h = await readContentHistory(r.content);
    const findings = checkContent({ contentDir: r.content, cwd: r.root, today: '2026-12-10', history: h }).findings;
    expect(findings.filter((f) => f.rule === 'version-backwards')).toEqual([]);
  });

  it('skips cleanly without git: a copy of the content has no history and no git findings', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'history-copy-'));
    cleanup.push(copy);
    cpSync(repo.content, copy, { recursive: true });
    const none = await readContentHistory(copy);
    expect(none).toEqual({ available: false, reason: 'no-repository' });
    expect(await releaseHistory(copy, loadModel(copy))).toEqual({ available: false, reason: 'no-repository' });
    const findings = checkContent({ contentDir: copy, today: '2026-12-10', history: none }).findings;
    expect(findings).toEqual([]);
  });

  it('says a shallow clone has no history', async () => {
    const shallow = mkdtempSync(join(tmpdir(), 'history-shallow-'));
    cleanup.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, shallow]);
    expect(await readContentHistory(join(shallow, 'src/content'))).toEqual({ available: false, reason: 'shallow' });
  });
});

describe('npm run changes', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/changes.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: repo.content },
    });

  it('prints the report as Markdown', () => {
    const out = run('--from', 'handbook-2026.11', '--to', 'handbook-2026.12');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('| `l1-architect` | `approve-project` | granted | 4.1 |');
    expect(out.stdout).toContain('- `kickoff-days` decided: 5 (proposed) → 7 (approved)');
    expect(out.stdout).toContain('- `runbooks/rollback` step 2 added: Check.');
    expect(out.stdout).toContain('- `controls/drl-02` renamed (renamed from drl-01; version 1.0 → 1.1)');
  });

  it('prints the same report as JSON, against the working tree without --to', () => {
    const out = run('--from', 'handbook-2026.11', '--format', 'json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.from.rev).toBe('handbook-2026.11');
    expect(json.to).toEqual({ rev: 'working-tree' });
    expect(json.report).toEqual(EXPECTED_REPORT);
  });

  it('exits 2 on a revision that names no commit', () => {
    const out = run('--from', 'handbook-1999.01');
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('npm run changes: --from handbook-1999.01 names no commit\n');
  });
});

describe('pieces', () => {
  it('reads the text after a commit from a patch with full context, with and without a final newline', () => {
    const patch = [
      'diff --git a/roles/a.yaml b/roles/b.yaml',
      'similarity index 80%',
      'rename from roles/a.yaml',
      'rename to roles/b.yaml',
      'index 1..2 100644',
      '--- a/roles/a.yaml',
      '+++ b/roles/b.yaml',
      '@@ -1,2 +1,2 @@',
      ' one',
      '-two',
      '+three',
      '\\ No newline at end of file',
      'diff --git a/roles/c.yaml b/roles/c.yaml',
      'deleted file mode 100644',
      '--- a/roles/c.yaml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-gone',
      '',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([
      { path: 'roles/b.yaml', from: 'roles/a.yaml', text: 'one\nthree' },
      { path: 'roles/c.yaml', text: null },
    ]);
  });

  it('matches steps by title; a new title at the same number is a reworded step', () => {
    const body = (...steps: string[]) => `<Steps>\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n</Steps>`;
    expect(diffSteps(body('**A.** x', '**B.** y', '**C.** z'), body('**A.** x', '**B2.** y', '**C.** zz'))).toEqual([
      { change: 'reworded', number: 2, title: 'B2.', titleBefore: 'B.' },
      { change: 'reworded', number: 3, title: 'C.' },
    ]);
    expect(diffSteps(body('**A.** x'), body('**A.** x', '**B.** y'))).toEqual([
      { change: 'added', number: 2, title: 'B.' },
    ]);
    expect(diffSteps(body('**A.** x', '**B.** y'), body('**B.** y'))).toEqual([
      { change: 'removed', number: 1, title: 'A.' },
    ]);
  });
});

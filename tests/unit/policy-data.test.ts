/**
 * Policy data kept as content (the lifecycle stages): every id it names is checked like any other
 * reference, so renaming a role, permission, obligation or parameter is an error at the line that
 * names it, never a silently missing item.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import { lifecycleStages } from '../../src/lib/lifecycle.ts';

const TODAY = '2026-11-15';
const work = mkdtempSync(join(tmpdir(), 'handbook-policy-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real content with one change applied; the checker's report, file paths relative to the copy. */
function variant(name: string, change: (dir: string) => void): string[] {
  const dir = join(work, name);
  cpSync('src/content', dir, { recursive: true });
  change(dir);
  return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding);
}
const edit = (rel: string, from: string, to: string) => (dir: string) => {
  const text = readFileSync(join(dir, rel), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, rel), text.replace(from, to));
};

describe('the lifecycle as content', () => {
  it('has the five stages of clause 3.1 in order, each gate resting on a proposal where 3.1 names no approver', () => {
    const model = buildModel(loadContent({ contentDir: 'src/content' }).entries);
    const stages = lifecycleStages(model);
    expect(stages.map((s) => s.title.zh)).toEqual(['需求收集', '方案设计', '开发测试', '部署上线', '运维监控']);
    expect(stages.map((s) => s.gate.basis)).toEqual(['proposed', 'proposed', 'proposed', 'proposed', 'proposed']);
    expect(stages.map((s) => s.deadline?.basis)).toEqual(['3.1', undefined, undefined, undefined, '3.1']);
  });

  it('shows on the pages of the roles and permissions it names, as backlinks', () => {
    const model = buildModel(loadContent({ contentDir: 'src/content' }).entries);
    expect(model.incoming('roles', 'business-analyst').map((e) => `${e.from.collection}:${e.from.id}`)).toContain(
      'stages:requirements',
    );
    expect(model.incoming('permissions', 'approve-release').map((e) => `${e.from.id}@${e.field}`)).toContain(
      'deployment@gate.permission',
    );
  });

  it.each([
    [
      'a gate permission',
      'stages/deployment.yaml',
      'permission: approve-release',
      'permission: approve-relase',
      /stages\/deployment\.yaml:\d+:\d+ +unknown-reference +`gate\.permission` points at permission `approve-relase`.*did you mean `approve-release`/,
    ],
    [
      'a worker role',
      'stages/requirements.yaml',
      '- business-analyst',
      '- business-analist',
      /stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`work\.roles\.0` points at role `business-analist`.*did you mean `business-analyst`/,
    ],
    [
      'a deadline parameter',
      'stages/operations.yaml',
      'parameter: acceptance-days',
      'parameter: acceptance-day',
      /stages\/operations\.yaml:\d+:\d+ +parameter-undefined .*`acceptance-day`.*did you mean `acceptance-days`/,
    ],
    [
      'an obligation',
      'stages/design.yaml',
      '- quarterly-mid-term-review',
      '- quarterly-midterm-review',
      /stages\/design\.yaml:\d+:\d+ +unknown-reference .*obligation `quarterly-midterm-review`.*did you mean `quarterly-mid-term-review`/,
    ],
  ])('reports %s that does not exist at the line that names it, with a hint', (_what, file, from, to, expected) => {
    const report = variant(file.replace(/\W/g, '-'), edit(file, from, to));
    expect(
      report.some((line) => expected.test(line)),
      report.join('\n'),
    ).toBe(true);
  });

  it('reports every stage line that names a role renamed in its own file', () => {
    const report = variant('renamed-role', (dir) =>
      renameSync(join(dir, 'roles/business-analyst.yaml'), join(dir, 'roles/requirements-analyst.yaml')),
    );
    expect(
      report.filter((l) => l.startsWith('stages/')),
      report.join('\n'),
    ).toEqual([
      expect.stringMatching(
        /^stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`work\.roles\.0` points at role `business-analyst`, which does not exist  \(did you mean `requirements-analyst`/,
      ),
      expect.stringMatching(
        /^stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`checks\.0\.owner` points at role `business-analyst`/,
      ),
    ]);
  });
});

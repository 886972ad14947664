/**
 * Drift, end to end: build the site twice from copies of the content, the second with one grant
 * changed, and check that the matrix page, the role page and the matrix CSV all change in that one
 * place and nowhere else. Each build gets its own output and cache folders, so it disturbs no other
 * build in the tree.
 */
import { test, expect } from './test.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import { buildFixtureSite } from './fixture-build.ts';

const FILE = 'permissions/approve-project.yaml';
const BEFORE = 'grantees: [department-head]';
const AFTER = 'grantees: [department-head, l1-architect]';

function build(root: string, name: string, edit?: (text: string) => string): string {
  const content = join(root, `${name}-content`);
  cpSync('src/content', content, { recursive: true });
  if (edit) {
    const path = join(content, FILE);
    const text = readFileSync(path, 'utf8');
    expect(text, `${FILE} no longer reads "${BEFORE}": update this test's edit`).toContain(BEFORE);
    writeFileSync(path, edit(text));
  }
  const dist = join(root, `${name}-dist`);
  const result = buildFixtureSite({
    HANDBOOK_CONTENT_DIR: content,
    HANDBOOK_DIST_DIR: dist,
    HANDBOOK_CACHE_DIR: join(root, `${name}-cache`),
  });
  expect(result.status, `build ${name} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  return dist;
}

const html = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

/** Every matrix cell as `role × permission: text`. */
const matrixCells = (dist: string) =>
  html(dist, 'matrix')
    .querySelectorAll('td.matrix-cell')
    .map(
      (td) =>
        `${td.getAttribute('data-role')} × ${td.getAttribute('data-permission')}: ${td.querySelector('a')?.getAttribute('href') ?? ''}`,
    );

const slicePermissions = (dist: string, role: string) =>
  html(dist, `roles/${role}`)
    .querySelectorAll('.slice-permissions li')
    .map((li) => li.getAttribute('data-permission'));

const csvCells = (dist: string) => {
  const rows = Papa.parse<string[]>(readFileSync(join(dist, 'exports/matrix.csv'), 'utf8'), {
    delimiter: ',',
    skipEmptyLines: true,
  }).data;
  return rows.slice(1).flatMap((r) => r.slice(4).map((cell, j) => `${r[0]} × ${rows[0]![j + 4]}: ${cell}`));
};

const changed = (a: string[], b: string[]) => [
  ...a.filter((x) => !b.includes(x)).map((x) => `- ${x}`),
  ...b.filter((x) => !a.includes(x)).map((x) => `+ ${x}`),
];

test.describe('changing one grant in the content', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let root: string;
  let before: string;
  let after: string;

  test.beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'generated-drift-'));
    before = build(root, 'before');
    after = build(root, 'after', (text) => text.replace(BEFORE, AFTER));
  });
  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('changes the one matrix cell', () => {
    expect(changed(matrixCells(before), matrixCells(after))).toEqual([
      '- l1-architect × approve-project: ',
      '+ l1-architect × approve-project: /policy/4-1/',
    ]);
  });

  test('changes the role page’s slice, and no other role page’s permissions', () => {
    expect(slicePermissions(before, 'l1-architect')).not.toContain('approve-project');
    expect(slicePermissions(after, 'l1-architect')).toContain('approve-project');
    expect(slicePermissions(after, 'department-head')).toEqual(slicePermissions(before, 'department-head'));
  });

  test('builds from a copy of the content without .git, and says the history is unavailable', () => {
    expect(html(before, 'roles/l1-architect').querySelector('[data-history]')?.text.trim()).toBe(
      'History unavailable: this copy of the handbook was built without its git history.',
    );
    expect(html(before, 'changes').querySelector('[data-history]')?.getAttribute('data-history')).toBe('unavailable');
  });

  test('changes the one CSV cell', () => {
    expect(changed(csvCells(before), csvCells(after))).toEqual([
      '- l1-architect × approve-project: ',
      // the download carries the words of clause 4.1 the grant rests on, as the permission quotes them
      '+ l1-architect × approve-project: 4.1 «部门负责人拥有项目全权审批权,包括人员调配、预算使用、进度管理等»',
    ]);
  });
});

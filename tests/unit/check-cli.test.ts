/** `node scripts/check.ts`: output form, summary, exit codes, JSON, --strict and GitHub annotations. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/lib/finding-report.ts';

function check(args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, ...rest } = process.env;
  return spawnSync(process.execPath, ['scripts/check.ts', '--today', '2027-01-01', ...args], {
    encoding: 'utf8',
    env: { ...rest, ...env },
  });
}

describe('exit codes', () => {
  it('0 on clean content, with a summary', () => {
    const run = check(['tests/fixtures/clean/content']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 errors, 0 warnings\n');
  });

  it('1 on content errors: `path:line:column  rule-id  message  (hint)` and the summary', () => {
    const run = check(['tests/fixtures/unknown-grantee/content']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "tests/fixtures/unknown-grantee/content/permissions/approve-project.yaml:7:12  unknown-grantee  permission \`approve-project\` is granted to role \`department-haed\`, which does not exist  (did you mean \`department-head\`, \`ops-engineer\`?)
      1 error, 0 warnings in 1 file (unknown-grantee 1)
      "
    `);
  });

  it('0 on warnings only, 1 once --strict makes an overdue review an error', () => {
    expect(check(['tests/fixtures/overdue-review/content']).status).toBe(0);
    expect(check(['tests/fixtures/overdue-review/content', '--strict']).status).toBe(1);
  });

  it('2 when the checker itself fails, with a message and no stack', () => {
    const run = check(['tests/fixtures/no-such-fixture/content']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "the checker itself failed: content folder not found: tests/fixtures/no-such-fixture/content
      "
    `);
    expect(check(['--format', 'xml']).status).toBe(2);
  });

  it('reads HANDBOOK_CONTENT_DIR when no folder is given', () => {
    expect(check([], { HANDBOOK_CONTENT_DIR: 'tests/fixtures/clean/content' }).status).toBe(0);
    expect(check([], { HANDBOOK_CONTENT_DIR: 'tests/fixtures/duplicate-id/content' }).status).toBe(1);
  });
});

describe('--format json', () => {
  it('prints the findings and counts as JSON', () => {
    const run = check(['tests/fixtures/reports-to-cycle/content', '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ errors: 1, warnings: 0 });
    expect(out.findings[0]).toMatchObject({
      rule: 'reports-to-cycle',
      severity: 'error',
      file: 'tests/fixtures/reports-to-cycle/content/roles/l1-architect.yaml',
      line: 5,
      column: 13,
    });
  });

  it('stays parseable on CI: no annotations in JSON', () => {
    const run = check(['tests/fixtures/reports-to-cycle/content', '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('GitHub Actions annotations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are emitted on CI, after the plain list', () => {
    const run = check(['tests/fixtures/unknown-grantee/content'], { GITHUB_ACTIONS: 'true' });
    expect(run.stdout.trim().split('\n').at(-1)).toMatchInlineSnapshot(
      `"::error file=tests/fixtures/unknown-grantee/content/permissions/approve-project.yaml,line=7,col=12,title=unknown-grantee::permission \`approve-project\` is granted to role \`department-haed\`, which does not exist (did you mean \`department-head\`, \`ops-engineer\`?)"`,
    );
  });

  it('are not emitted elsewhere', () => {
    expect(check(['tests/fixtures/unknown-grantee/content']).stdout).not.toContain('::error');
  });

  it('are capped at 50', () => {
    cpSync('tests/fixtures/unknown-grantee/content', dir, { recursive: true });
    const grantees = Array.from({ length: 60 }, (_, i) => `nobody-${i}`).join(', ');
    writeFileSync(
      join(dir, 'permissions/approve-project.yaml'),
      `title: { en: Approve, zh: 审批 }\narea: project\ndescription: d\nbasis: "4.1"\ngrantees: [${grantees}]\n` +
        'document: { owner: department-head, version: "1.0", effective: 2026-11-01, reviewed: 2026-11-01, reviewEveryMonths: 12 }\n',
    );
    const run = check([dir], { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout.match(/^::error /gm)).toHaveLength(50);
    expect(run.stdout).toContain('10 more finding(s) not annotated (at most 50)');
  });

  it('escape what the workflow command syntax reserves', () => {
    expect(
      githubAnnotation({
        rule: 'schema',
        severity: 'warning',
        file: 'a,b:c.yaml',
        line: 2,
        column: 3,
        message: '50% done\nnext',
      }),
    ).toBe('::warning file=a%2Cb%3Ac.yaml,line=2,col=3,title=schema::50%25 done%0Anext');
  });
});

/**
 * promql-syntax: each expression of a `promql` block (expressions are separated by blank lines,
 * `#` lines are comments) is parsed with Prometheus's grammar; the first error of an expression is
 * reported at its line and column in the MDX file, quoting the text around it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codePromql } from '../../src/lib/checks/code-promql.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-promql-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Front matter of a guide: 13 lines, so the body starts on line 14 and a block opened there has its first line on 15. */
const FRONT = `---
title:
  en: Start here
  zh: 入门指引
summary: The path for a new hire.
basis: [proposed]
document:
  owner: department-head
  version: "1.0"
  effective: 2026-11-01
  reviewed: 2026-11-01
  reviewEveryMonths: 12
---
`;

let n = 0;
/** The clean fixture whose onboarding guide holds one `promql` block; its promql-syntax findings. */
function promql(query: string): string[] {
  const dir = join(work, String(n++));
  cpSync('tests/fixtures/clean/content', dir, { recursive: true });
  writeFileSync(join(dir, 'guides/onboarding.mdx'), `${FRONT}\`\`\`promql\n${query}\n\`\`\`\n`);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' })
    .findings.filter((f) => f.rule === codePromql.id)
    .map(formatFinding);
}
const HINT = '(check brackets, braces and quotes; separate two expressions with a blank line)';
const at = (line: number, column: number, near: string) =>
  `guides/onboarding.mdx:${line}:${column}  promql-syntax  PromQL syntax error near \`${near}\`  ${HINT}`;

describe('promql-syntax', () => {
  it('is the rule `promql-syntax`, described as a PromQL block that Prometheus would reject', () => {
    expect(codePromql.id).toBe('promql-syntax');
    expect(codePromql.description).toBe('a PromQL block that Prometheus would reject');
  });

  it('valid expressions, separated by blank lines, are not reported', () => {
    expect(promql('sum(rate(http_requests_total[5m]))\n\nup{job="api"} == 0')).toEqual([]);
  });

  it('a paragraph of comments only is not an expression: nothing is reported', () => {
    expect(promql('# the request rate\n\nsum(rate(http_requests_total[5m]))')).toEqual([]);
  });

  it('a comment line separates two expressions, also when it is indented', () => {
    expect(promql('sum(rate(http_requests_total[5m]))\n  # and the targets that are down\nup == 0')).toEqual([]);
  });

  it('an expression left open before a closing comment line is reported at the end of the block, quoting the end of the expression', () => {
    expect(promql('sum(rate(x[5m])\n# the rate')).toEqual([at(16, 11, ')')]);
  });

  it('an error in the first character of an expression is reported at that character', () => {
    expect(promql(')')).toEqual([at(15, 1, ')')]);
  });

  it('only the first error of an expression is reported, also when it is at its first character', () => {
    expect(promql('} sum(x')).toEqual([at(15, 1, '} sum(x')]);
  });

  it('the text around the error is quoted on one line, each run of whitespace as one space, without leading space', () => {
    expect(promql('sum(x)\n  )   ')).toEqual([at(16, 3, 'sum(x) )')]);
  });

  it('a comment after a blank line keeps the lines below it where they are: an error after it is reported on its own line', () => {
    const report = promql('sum(x)\n\n# the next one\nsum(y');
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^guides\/onboarding\.mdx:18:6 /);
  });
});

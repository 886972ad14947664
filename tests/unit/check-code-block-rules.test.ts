/**
 * The rules on fenced code blocks, each run on a guide that holds the blocks of one case: which
 * blocks each rule reads (by language), and the message it gives in each of its branches.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-code-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Front matter of a guide: 13 lines, so the body starts on line 14. */
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

/** A fenced block; the first one in a body opens on line 14, so its first line of code is line 15. */
const block = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\`\n`;

let n = 0;
/** The clean fixture whose onboarding guide has this body; the findings of one rule, as the CLI prints them. */
function findings(rule: string, body: string): string[] {
  const dir = join(work, String(n++));
  cpSync('tests/fixtures/clean/content', dir, { recursive: true });
  writeFileSync(join(dir, 'guides/onboarding.mdx'), FRONT + body);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' })
    .findings.filter((f) => f.rule === rule)
    .map(formatFinding);
}

/** Runs `body` with ShellCheck missing, so that the shell parser's fallback is used. */
function withoutShellCheck<T>(body: () => T): T {
  const saved = process.env.HANDBOOK_SHELLCHECK;
  process.env.HANDBOOK_SHELLCHECK = '/nonexistent/shellcheck';
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.HANDBOOK_SHELLCHECK;
    else process.env.HANDBOOK_SHELLCHECK = saved;
  }
}

describe('destructive-command', () => {
  const NO_GUARD =
    '(run it under `if <check>; then … fi` or `<check> && …`, or start the block with `set -euo pipefail`, a `<check> || exit 1` and `: "${VAR:?}"` for each variable it uses)';

  it('a destructive command in a non-shell block is not a command to run: not reported', () => {
    expect(findings('destructive-command', block('text', 'sudo systemctl stop mysqld'))).toEqual([]);
  });

  it('in strict mode with no variable to check and no stop, the command is reported as unguarded, not as using variables', () => {
    expect(findings('destructive-command', block('sh', 'set -euo pipefail\nsudo systemctl stop mysqld'))).toEqual([
      `guides/onboarding.mdx:16:1  destructive-command  stopping a database service runs with no guard that stops it in this block  ${NO_GUARD}`,
    ]);
  });

  it('outside strict mode, a command that uses an unchecked variable is reported as unguarded, not as using it', () => {
    expect(findings('destructive-command', block('sh', 'sudo find "$DATA_DIR" -mindepth 1 -delete'))).toEqual([
      `guides/onboarding.mdx:15:1  destructive-command  \`find … -delete\` runs with no guard that stops it in this block  ${NO_GUARD}`,
    ]);
  });
});

describe('shellcheck', () => {
  const NOT_INSTALLED = '(install it (Debian: `apt-get install shellcheck`) or set HANDBOOK_SHELLCHECK to its path)';

  it('a guide with no shell block: nothing is reported, not even that ShellCheck is missing', () => {
    expect(withoutShellCheck(() => findings('shellcheck', block('text', 'no shell here')))).toEqual([]);
  });

  it('without ShellCheck, the warning counts the shell blocks, in the plural for two', () => {
    expect(
      withoutShellCheck(() => findings('shellcheck', `${block('sh', 'uptime')}\n${block('bash', 'df -h')}`)),
    ).toEqual([
      `guides/onboarding.mdx  shellcheck  ShellCheck is not installed: 2 shell blocks were checked for syntax only, by sh-syntax  ${NOT_INSTALLED}`,
    ]);
  });

  it('without ShellCheck, the warning for one shell block is in the singular', () => {
    expect(withoutShellCheck(() => findings('shellcheck', block('sh', 'uptime')))).toEqual([
      `guides/onboarding.mdx  shellcheck  ShellCheck is not installed: 1 shell block was checked for syntax only, by sh-syntax  ${NOT_INSTALLED}`,
    ]);
  });

  it('every ShellCheck error of a block that parses is reported, not only the first', () => {
    expect(findings('shellcheck', block('bash', 'for f in $(ls /var/log); do echo "$f"; done\necho $@'))).toEqual([
      'guides/onboarding.mdx:15:10  shellcheck  SC2045 in a `bash` block: Iterating over ls output is fragile. Use globs.  (see https://www.shellcheck.net/wiki/SC2045)',
      'guides/onboarding.mdx:16:6  shellcheck  SC2068 in a `bash` block: Double quote array expansions to avoid re-splitting elements.  (see https://www.shellcheck.net/wiki/SC2068)',
    ]);
  });
});

describe('sql-syntax', () => {
  it('an `sql` block is parsed as MySQL 8: a valid one passes', () => {
    expect(findings('sql-syntax', block('sql', 'SELECT id, name FROM users WHERE id = 1;'))).toEqual([]);
  });

  it('an `sql` block that MySQL 8 would reject is reported at the statement, quoting it', () => {
    expect(findings('sql-syntax', block('sql', 'SELECT 1;\nSELEC id FROM users;'))).toEqual([
      'guides/onboarding.mdx:16:1  sql-syntax  MySQL 8 would reject `SELEC id FROM users`: Expected "#", "--", "/*", ":=", "=", or [ \\t\\n\\r] but "i" found.  (fix the statement: as pasted it fails, and the commands after it run anyway)',
    ]);
  });
});

describe('data-block-syntax', () => {
  it('a `yml` block is read as YAML like a `yaml` block: an error in it is reported at its place', () => {
    expect(findings('data-block-syntax', block('yml', 'a: 1\nb: [2\nc: 3'))).toEqual([
      'guides/onboarding.mdx:17:1  data-block-syntax  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  (check the indentation and quote values that contain `: ` or `#`)',
    ]);
  });
});

describe('mixed-alternatives', () => {
  it('a long labelled comment is quoted by its first 60 characters', () => {
    const comment = 'incident: stop just before the damaging transaction, as logged in the ticket';
    expect(
      findings(
        'mixed-alternatives',
        block(
          'sh',
          `# ${comment}\nmysqlbinlog --stop-position="$STOP_POS" binlog.000415\n# drill: stop at the target time\nmysqlbinlog --stop-datetime="$TARGET" binlog.000415`,
        ),
      ),
    ).toEqual([
      `guides/onboarding.mdx:15:1  mixed-alternatives  this block mixes alternatives (\`# ${comment.slice(0, 60)}\`): the Copy button would paste all of them  (give each case its own block under its own heading or sentence ("In a drill: …"), one action per block)`,
    ]);
  });
});

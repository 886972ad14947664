/**
 * One fixture per rule (tests/fixtures/<rule>/content), each broken in exactly one way:
 * the checker reports that one problem, with its rule id, file, line and message.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS, checkContent, LOADER_RULES, type CheckOptions } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

/** Fixed, so that the overdue-review fixture does not depend on the clock. */
const TODAY = '2027-01-01';

function findings(fixture: string, options: Partial<CheckOptions> = {}) {
  return checkContent({ contentDir: `tests/fixtures/${fixture}/content`, today: TODAY, ...options }).findings;
}
const report = (fixture: string, options: Partial<CheckOptions> = {}) =>
  findings(fixture, options).map(formatFinding).join('\n');

describe('clean content', () => {
  it('a fixture that breaks no rule produces zero findings', () => {
    expect(findings('clean')).toEqual([]);
  });

  it('every rule has a fixture of its own', () => {
    const rules = [...LOADER_RULES, ...CHECKS.map((c) => c.id), 'broken-link'];
    const fixtureOf = (rule: string) => (rule === 'parse' ? 'parse-malformed-yaml' : rule);
    // A symbolic link cannot be a committed fixture (a copy of the repository may turn it into a
    // plain file): check-security.test.ts makes its link at run time.
    const madeAtRunTime = new Set(['symlink']);
    const missing = rules.filter(
      (rule) => !madeAtRunTime.has(rule) && !existsSync(`tests/fixtures/${fixtureOf(rule)}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('references', () => {
  it('unknown-reference: a body component pointing at a missing role, with the three nearest ids', () => {
    expect(report('unknown-reference')).toMatchInlineSnapshot(
      `"tests/fixtures/unknown-reference/content/guides/onboarding.mdx:17:66  unknown-reference  \`<Role id="ops-enginer">\` points at role \`ops-enginer\`, which does not exist  (did you mean \`ops-engineer\`, \`department-head\`, \`security-auditor\`?)"`,
    );
  });

  it('unknown-grantee: a permission granted to a role that does not exist', () => {
    expect(report('unknown-grantee')).toMatchInlineSnapshot(
      `"tests/fixtures/unknown-grantee/content/permissions/approve-project.yaml:7:12  unknown-grantee  permission \`approve-project\` is granted to role \`department-haed\`, which does not exist  (did you mean \`department-head\`, \`ops-engineer\`?)"`,
    );
  });

  it('duplicate-id: two files of one name in different folders', () => {
    expect(report('duplicate-id')).toMatchInlineSnapshot(
      `"tests/fixtures/duplicate-id/content/roles/internal/department-head.yaml  duplicate-id  role id \`department-head\` is already used by tests/fixtures/duplicate-id/content/roles/department-head.yaml; ids must be unique within \`roles\`  (rename one of the files: the id is the file name)"`,
    );
  });

  it('clause-basis: a misspelt `proposed` is reported once, as a basis, not also as an unknown reference', () => {
    expect(report('clause-basis')).toMatchInlineSnapshot(
      `"tests/fixtures/clause-basis/content/permissions/approve-project.yaml:6:1  clause-basis  \`basis\` cites clause \`propsed\`, which does not exist; a basis is a clause id or \`proposed\`  (did you mean \`proposed\`, \`4.1\`?)"`,
    );
  });
});

describe('quoted bases', () => {
  it('basis-quote-missing: the legacy `basis: "4.1"` loads but is an error, at the basis, with a hint', () => {
    expect(report('basis-quote-missing')).toMatchInlineSnapshot(
      `"tests/fixtures/basis-quote-missing/content/permissions/approve-project.yaml:6:1  basis-quote-missing  \`basis\` cites clause 4.1 without quoting the words it rests on  (write \`{ clause: "4.1", quote: "…" }\` with the shortest span of clause 4.1's \`text.zh\` that says it (copy it from the clause file); if no words of the policy say it, write \`proposed\`)"`,
    );
  });

  it('basis-quote-not-in-clause: a quote from another clause names that clause; a misquote gets the closest span; width of punctuation is ignored', () => {
    expect(report('basis-quote-not-in-clause')).toMatchInlineSnapshot(`
      "tests/fixtures/basis-quote-not-in-clause/content/permissions/approve-project.yaml:10:7  basis-quote-not-in-clause  \`basis\` quotes «避免职责交叉», which is not in clause 4.1  (these words are in clause 2.1: cite \`clause: "2.1"\`)
      tests/fixtures/basis-quote-not-in-clause/content/permissions/approve-project.yaml:11:7  basis-quote-not-in-clause  \`basis\` quotes «人员调度、预算的使用», which is not in clause 4.1  (the closest words of clause 4.1 are «人员调配、预算使用»: copy the span from the clause's \`text.zh\`, or mark the basis \`proposed\` if the clause does not say it)"
    `);
  });

  it('clause-quotes-broken: a clause edited under two quotes is one error at the clause naming both entries, besides each quote', () => {
    expect(report('clause-quotes-broken')).toMatchInlineSnapshot(`
      "tests/fixtures/clause-quotes-broken/content/clauses/4-1.yaml:10:3  clause-quotes-broken  clause 4.1's \`text.zh\` no longer holds 2 quotes that entries rest on (grouped by clause; each is also reported where it is written): tests/fixtures/clause-quotes-broken/content/roles/department-head.yaml:10:29 (\`responsibilities.0.basis\`); tests/fixtures/clause-quotes-broken/content/permissions/approve-project.yaml:6:25 (\`basis\`)  (if the clause was edited on purpose, re-quote each entry from the new text or mark it \`proposed\`; otherwise restore the clause's words)
      tests/fixtures/clause-quotes-broken/content/permissions/approve-project.yaml:6:25  basis-quote-not-in-clause  \`basis\` quotes «部门负责人拥有项目全权审批权», which is not in clause 4.1  (the closest words of clause 4.1 are «部门负责人拥有项目审批权»: copy the span from the clause's \`text.zh\`, or mark the basis \`proposed\` if the clause does not say it)
      tests/fixtures/clause-quotes-broken/content/roles/department-head.yaml:10:29  basis-quote-not-in-clause  \`responsibilities.0.basis\` quotes «项目全权审批权», which is not in clause 4.1  (the closest words of clause 4.1 are «项目审批权»: copy the span from the clause's \`text.zh\`, or mark the basis \`proposed\` if the clause does not say it)"
    `);
  });
});

describe('unbacked figures', () => {
  it('unbacked-figure: warns on figures the quote does not hold; not on a backed, proposed, parameter or meeting-name figure, nor under a proposed basis', () => {
    expect(report('unbacked-figure')).toMatchInlineSnapshot(`
      "tests/fixtures/unbacked-figure/content/permissions/approve-project.yaml:5:1  unbacked-figure  \`description\` says «5 working days», which the quoted words of clause 4.1 do not hold («Approve a project in full within 5 working days; the approva… (86 characters)»)  (quote the words of the clause that state it, write an open value of the policy as \`{param: <id>}\`, or mark the handbook's own figure \`{proposed: 5 working days}\`; a cadence or deadline field with its own \`<field>Basis\` may say \`proposed\` there)
      tests/fixtures/unbacked-figure/content/permissions/approve-project.yaml:5:1  unbacked-figure  \`description\` says «quarterly», which the quoted words of clause 4.1 do not hold («Approve a project in full within 5 working days; the approva… (86 characters)»)  (quote the words of the clause that state it, write an open value of the policy as \`{param: <id>}\`, or mark the handbook's own figure \`{proposed: quarterly}\`; a cadence or deadline field with its own \`<field>Basis\` may say \`proposed\` there)
      tests/fixtures/unbacked-figure/content/roles/department-head.yaml:15:5  unbacked-figure  \`responsibilities.3.text\` says «once a month», which the quoted words of clause 4.2 do not hold («Chairs the weekly meeting on {param: weekly-meeting-day} and… (93 characters)»)  (quote the words of the clause that state it, write an open value of the policy as \`{param: <id>}\`, or mark the handbook's own figure \`{proposed: once a month}\`; a cadence or deadline field with its own \`<field>Basis\` may say \`proposed\` there)"
    `);
  });
});

describe('reporting lines', () => {
  it('reports-to-cycle: prints the circle once', () => {
    expect(report('reports-to-cycle')).toMatchInlineSnapshot(
      `"tests/fixtures/reports-to-cycle/content/roles/l1-architect.yaml:5:13  reports-to-cycle  reporting line runs in a circle: \`l1-architect\` → \`l2-architect-backend\` → \`l1-architect\`  (one of \`l1-architect\`, \`l2-architect-backend\` must report to a role outside the circle)"`,
    );
  });

  it('stated-manager: a body that names another manager than `reportsTo`, and not the line it states rightly', () => {
    expect(report('stated-manager')).toMatchInlineSnapshot(
      `"tests/fixtures/stated-manager/content/guides/onboarding.mdx:17:7  stated-manager  the text says role \`ops-engineer\` reports to \`l2-architect-backend\`, but its \`reportsTo\` is \`l1-architect\`: «<Role id="ops-engineer" />, you report to the <Role id="l2-architect-backend" />»  (name \`l1-architect\` here, or change \`reportsTo\` (and its \`reportsToBasis\`) in tests/fixtures/stated-manager/content/roles/ops-engineer.yaml if the line really changed)"`,
    );
  });

  it('no-path-to-root: an internal role that reports to no one', () => {
    expect(report('no-path-to-root')).toMatchInlineSnapshot(
      `"tests/fixtures/no-path-to-root/content/roles/ops-engineer.yaml:5:1  no-path-to-root  role \`ops-engineer\` reports to no one, but only \`department-head\` and external roles may be roots  (name its manager in \`reportsTo\`, e.g. \`reportsTo: [department-head]\`)"`,
    );
  });
});

describe('separation of duties', () => {
  it('a role that also holds the other role of a forbidden pair: names the pair and the clause', () => {
    expect(report('separation-of-duties')).toMatchInlineSnapshot(
      `"tests/fixtures/separation-of-duties/content/roles/ops-engineer.yaml:8:13  separation-of-duties  role \`ops-engineer\` also holds \`security-auditor\`: separation rule \`operations-vs-security-audit\` forbids one person to hold both \`ops-engineer\` and \`security-auditor\` (clause 2.1)  (drop the \`alsoHolds\` entry, or give the duties to different people)"`,
    );
  });

  it('a role that gets the second permission of a forbidden pair through a post it also holds', () => {
    expect(report('separation-of-duties-permissions')).toMatchInlineSnapshot(
      `"tests/fixtures/separation-of-duties-permissions/content/roles/ops-engineer.yaml:8:13  separation-of-duties  role \`ops-engineer\` holds both \`perform-release\` and \`approve-release\` (\`approve-release\` through \`release-manager\`, which it also holds): separation rule \`perform-vs-approve-release\` forbids that pair (a proposed rule, no clause)  (drop the \`alsoHolds\` entry, or take one permission away)"`,
    );
  });
});

describe('parameters', () => {
  it('parameter-undefined: a marker in both texts of a clause is one finding', () => {
    expect(report('parameter-undefined')).toMatchInlineSnapshot(
      `"tests/fixtures/parameter-undefined/content/clauses/2-2.yaml:10:3  parameter-undefined  \`text.zh\` and \`text.en\` use \`X{training-months}\`, but no parameter \`training-months\` is defined  (define it in parameters/training-months.yaml)"`,
    );
  });

  it('assumption-literal: an assumed system written out in a field and in a body, not in code or a marker', () => {
    expect(report('assumption-literal')).toMatchInlineSnapshot(`
      "tests/fixtures/assumption-literal/content/guides/start.mdx:23:9  assumption-literal  \`MySQL\` is the platform assumption \`database\`, written literally in the body  (write <Assumption id="database" /> (it shows the assumed value, marked and linked), or put a command in code)
      tests/fixtures/assumption-literal/content/roles/department-head.yaml:12:16  assumption-literal  \`MySQL\` is the platform assumption \`database\`, written literally  (write {assumption: database} (it shows the assumed value, marked and linked), or put a name in \`code\`)"
    `);
  });

  it('an unknown assumption in a field marker or a body component: unknown-reference, with the nearest id', () => {
    expect(report('assumption-unknown')).toMatchInlineSnapshot(`
      "tests/fixtures/assumption-unknown/content/guides/start.mdx:17:50  unknown-reference  \`<Assumption id="datbase">\` points at assumption \`datbase\`, which does not exist  (did you mean \`database\`?)
      tests/fixtures/assumption-unknown/content/roles/department-head.yaml:7:71  unknown-reference  \`summary\` points at assumption \`databse\`, which does not exist  (did you mean \`database\`?)"
    `);
  });

  it('parameter-unused: defined, used nowhere', () => {
    expect(report('parameter-unused')).toMatchInlineSnapshot(
      `"tests/fixtures/parameter-unused/content/parameters/training-months.yaml:1:1  parameter-unused  parameter \`training-months\` is defined but never used: no clause text has \`X{training-months}\`, no body has \`<Param id="training-months" />\` and no cadence names it  (put the marker where the policy has its X, or delete the parameter)"`,
    );
  });
});

describe('orphans, drills and evidence', () => {
  it('orphan-control: a control with no owner', () => {
    expect(report('orphan-control')).toMatchInlineSnapshot(
      `"tests/fixtures/orphan-control/content/controls/chg-01.yaml:1:1  orphan-control  control \`chg-01\` has no \`owner\`: no role operates it  (add \`owner: <role id>\`, e.g. \`owner: department-head\` (the document's owner))"`,
    );
  });

  it('orphan-plan: a plan with no runbook', () => {
    expect(report('orphan-plan')).toMatchInlineSnapshot(
      `"tests/fixtures/orphan-plan/content/plans/system-failure.mdx:38:1  orphan-plan  plan \`system-failure\` references no runbook in its body: responders have no steps to follow  (write the runbooks it needs and name each in a \`## Runbooks\` section of the body with \`<Runbook id="…" />\` and when to use it)"`,
    );
  });

  it('plan-no-drill: a plan with no drill', () => {
    expect(report('plan-no-drill')).toMatchInlineSnapshot(
      `"tests/fixtures/plan-no-drill/content/plans/system-failure.mdx:2:1  plan-no-drill  plan \`system-failure\` has no \`drill\`: clause 6.2 requires emergency plans to be drilled regularly  (add a drill obligation (\`kind: drill\`, \`plan: system-failure\`) and name it in \`drill\`)"`,
    );
  });

  it('obligation-no-evidence: an obligation that leaves nothing behind', () => {
    expect(report('obligation-no-evidence')).toMatchInlineSnapshot(
      `"tests/fixtures/obligation-no-evidence/content/obligations/drill-system-failure.yaml:1:1  obligation-no-evidence  obligation \`drill-system-failure\` lists no \`evidence\`: an auditor cannot tell that it happened  (list what it leaves behind: minutes, a report, a drill record, a ticket)"`,
    );
  });
});

describe('policy data', () => {
  it('approval-steps: an approvals section whose steps are out of the chain’s order', () => {
    expect(report('approval-steps')).toMatchInlineSnapshot(
      `"tests/fixtures/approval-steps/content/approvals/procurement.yaml:9:5  approval-steps  approvals \`procurement\`: step 2 is \`procurement-final-approval\`, which is not step 2 of the chain \`procurement\` (the chain \`procurement\` is \`procurement-initial-review\`, \`procurement-finance-review\`, \`procurement-final-approval\`)  (list the chain’s permissions in the order of their \`chain.step\`)"`,
    );
  });
});

describe('one source per fact', () => {
  it('body-restates-field: a runbook body with a Prerequisites section beside the rendered field', () => {
    expect(report('body-restates-field')).toMatchInlineSnapshot(
      `"tests/fixtures/body-restates-field/content/runbooks/rollback.mdx:24:1  body-restates-field  the body section \`## Prerequisites\` restates \`prerequisites\`, which the page already shows as “Prerequisites”  (keep the facts in \`prerequisites\` only, moving there any words the body adds; give what is left, such as commands or variables, a heading of its own)"`,
    );
  });

  const work = mkdtempSync(join(tmpdir(), 'handbook-restates-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** The clean plan with `heading` (and a line under it) put before its first section. */
  const planWith = (heading: string) => {
    const dir = join(work, heading.replace(/\W+/g, '-'));
    cpSync('tests/fixtures/clean/content', dir, { recursive: true });
    const file = join(dir, 'plans/system-failure.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\n## Post-incident review');
    writeFileSync(
      file,
      text.replace('\n## Post-incident review', `\n${heading}\n\nSee above.\n\n## Post-incident review`),
    );
    return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding);
  };

  it('knows a rendered field by its label and its usual names, whatever the case, level or punctuation', () => {
    expect(planWith('### notifications:')).toEqual([
      'plans/system-failure.mdx:39:1  body-restates-field  the body section `### notifications:` restates `notifications`, which the page already shows as “Notification”  (keep the facts in `notifications` only, moving there any words the body adds; give what is left, such as commands or variables, a heading of its own)',
    ]);
    expect(planWith('## Activate when')).toHaveLength(1);
  });

  it('leaves a section that only shares a word with a field alone', () => {
    expect(planWith('## Notifications made')).toEqual([]);
    expect(planWith('## Declaring the incident')).toEqual([]);
  });
});

describe('overdue reviews', () => {
  it('is a warning by default', () => {
    const [f] = findings('overdue-review');
    expect(f?.severity).toBe('warning');
    expect(report('overdue-review')).toMatchInlineSnapshot(
      `"tests/fixtures/overdue-review/content/roles/department-head.yaml:12:3  overdue-review  last reviewed 2025-06-30, to be reviewed every 12 month(s): the review was due on 2026-06-30  (review it, then set \`document.reviewed\` to the date of the review)"`,
    );
  });

  it('is an error with --strict', () => {
    expect(findings('overdue-review', { strict: true }).map((f) => f.severity)).toEqual(['error']);
  });

  it('is not overdue on the due date itself', () => {
    expect(findings('overdue-review', { today: '2026-06-30' })).toEqual([]);
    expect(findings('overdue-review', { today: '2026-07-01' })).toHaveLength(1);
  });
});

describe('MDX bodies', () => {
  it('unknown-component: a component the handbook does not provide', () => {
    expect(report('unknown-component')).toMatchInlineSnapshot(
      `"tests/fixtures/unknown-component/content/guides/onboarding.mdx:21:1  unknown-component  \`<Warning>\` is not a component an MDX body may use  (did you mean \`Param\`, \`Callout\`, \`Plan\`?)"`,
    );
  });

  it('missing-component-id: a reference component without a literal id; the example is an id of its collection, or … when it has none', () => {
    expect(report('missing-component-id')).toMatchInlineSnapshot(
      `
      "tests/fixtures/missing-component-id/content/guides/onboarding.mdx:15:15  missing-component-id  \`<Role>\` has no literal \`id\`, so it points at nothing the checker or the site can resolve  (write the id as a string, e.g. \`<Role id="department-head" />\`)
      tests/fixtures/missing-component-id/content/guides/onboarding.mdx:17:18  missing-component-id  \`<Runbook>\` has no literal \`id\`, so it points at nothing the checker or the site can resolve  (write the id as a string, e.g. \`<Runbook id="…" />\`)"
    `,
    );
  });
});

describe('code blocks', () => {
  it('code-block-language: a fence that names no language', () => {
    expect(report('code-block-language')).toMatchInlineSnapshot(
      `"tests/fixtures/code-block-language/content/guides/onboarding.mdx:17:1  code-block-language  this fenced code block names no language, so no tool checks it  (write the language after the fence: \`\`\`sh for commands, \`\`\`sql, \`\`\`promql, \`\`\`yaml, \`\`\`json, or \`\`\`text for output and prose)"`,
    );
  });

  it('shellcheck: a block ShellCheck cannot parse, reported once, at the line in the MDX file', () => {
    expect(report('shellcheck')).toMatchInlineSnapshot(
      `"tests/fixtures/shellcheck/content/guides/onboarding.mdx:18:1  shellcheck  SC1046 in a \`sh\` block: Couldn't find 'fi' for this 'if'.  (see https://www.shellcheck.net/wiki/SC1046)"`,
    );
  });

  it('shellcheck: without ShellCheck, syntax only, and the output says so', () => {
    const saved = process.env.HANDBOOK_SHELLCHECK;
    process.env.HANDBOOK_SHELLCHECK = '/nonexistent/shellcheck';
    try {
      expect(report('shellcheck')).toMatchInlineSnapshot(`
        "tests/fixtures/shellcheck/content/guides/onboarding.mdx  shellcheck  ShellCheck is not installed: 1 shell block was checked for syntax only, by sh-syntax  (install it (Debian: \`apt-get install shellcheck\`) or set HANDBOOK_SHELLCHECK to its path)
        tests/fixtures/shellcheck/content/guides/onboarding.mdx:18:1  shellcheck  syntax in a \`sh\` block: \`if\` statement must end with \`fi\`  (fix the syntax: the block would not run as pasted)"
      `);
    } finally {
      if (saved === undefined) delete process.env.HANDBOOK_SHELLCHECK;
      else process.env.HANDBOOK_SHELLCHECK = saved;
    }
  });

  it('destructive-command: a wrong-host check that only prints, before a wipe', () => {
    expect(report('destructive-command')).toMatchInlineSnapshot(`
      "tests/fixtures/destructive-command/content/guides/onboarding.mdx:19:1  destructive-command  stopping a database service runs with no guard that stops it in this block  (run it under \`if <check>; then … fi\` or \`<check> && …\`, or start the block with \`set -euo pipefail\`, a \`<check> || exit 1\` and \`: "\${VAR:?}"\` for each variable it uses)
      tests/fixtures/destructive-command/content/guides/onboarding.mdx:20:1  destructive-command  \`find … -delete\` runs with no guard that stops it in this block  (run it under \`if <check>; then … fi\` or \`<check> && …\`, or start the block with \`set -euo pipefail\`, a \`<check> || exit 1\` and \`: "\${VAR:?}"\` for each variable it uses)"
    `);
  });

  it('destructive-command: a pattern delete whose two variables nothing checks: both named', () => {
    expect(report('destructive-command-unset-variable')).toMatchInlineSnapshot(
      `"tests/fixtures/destructive-command-unset-variable/content/guides/onboarding.mdx:20:1  destructive-command  \`UNLINK\`/\`DEL\` over a pattern uses \`PREFIX\`, \`RELEASE\`, which nothing in this block checks: unset, it matches or removes far more than meant  (add \`: "\${PREFIX:?}"\` after \`set -euo pipefail\`, for \`PREFIX\`, \`RELEASE\`)"`,
    );
  });

  it('mixed-alternatives: incident and drill lines in one shell block; the same labels in a data block are fine', () => {
    expect(report('mixed-alternatives')).toMatchInlineSnapshot(
      `"tests/fixtures/mixed-alternatives/content/guides/onboarding.mdx:18:1  mixed-alternatives  this block mixes alternatives (\`# incident: stop just before the damaging transaction\`): the Copy button would paste all of them  (give each case its own block under its own heading or sentence ("In a drill: …"), one action per block)"`,
    );
  });

  it('sql-syntax: CREATE USER with PASSWORD EXPIRE before REQUIRE', () => {
    expect(report('sql-syntax')).toMatchInlineSnapshot(
      `"tests/fixtures/sql-syntax/content/guides/onboarding.mdx:19:1  sql-syntax  MySQL 8 would reject \`CREATE USER IF NOT EXISTS '$U'@'10.20.0.%' IDENTIFIED BY '$T…\`: \`REQUIRE\` must come before \`password and lock options\` (MySQL 8: user, auth, DEFAULT ROLE, REQUIRE, WITH, password/lock options, COMMENT)  (fix the statement: as pasted it fails, and the commands after it run anyway)"`,
    );
  });

  it('promql-syntax: an unclosed parenthesis; comment lines allowed and separating expressions, an error after them at its own line', () => {
    expect(report('promql-syntax')).toMatchInlineSnapshot(
      `
      "tests/fixtures/promql-syntax/content/guides/onboarding.mdx:18:95  promql-syntax  PromQL syntax error near \`s_total[5m])\`  (check brackets, braces and quotes; separate two expressions with a blank line)
      tests/fixtures/promql-syntax/content/guides/onboarding.mdx:27:44  promql-syntax  PromQL syntax error near \`ooking-api"}}[5m])\`  (check brackets, braces and quotes; separate two expressions with a blank line)"
    `,
    );
  });

  it('data-block-syntax: a trailing comma in JSON; a YAML block with two errors, reported once at the first', () => {
    expect(report('data-block-syntax')).toMatchInlineSnapshot(
      `
      "tests/fixtures/data-block-syntax/content/guides/onboarding.mdx:18:37  data-block-syntax  invalid JSON: Expected double-quoted property name in JSON at position 36 (line 1 column 37)  (JSON allows no comments and no trailing commas)
      tests/fixtures/data-block-syntax/content/guides/onboarding.mdx:25:10  data-block-syntax  invalid YAML: Nested mappings are not allowed in compact mappings  (check the indentation and quote values that contain \`: \` or \`#\`)"
    `,
    );
  });
});

describe('translations', () => {
  it('translation-missing: a whole translation, a field and a body, each at the place to write it, with the source to translate', () => {
    expect(report('translation-missing')).toMatchInlineSnapshot(`
      "tests/fixtures/translation-missing/content/permissions/perform-release.yaml:1:1  translation-missing  permission \`perform-release\` has no zh-cn translation  (write tests/fixtures/translation-missing/content/permissions/zh-cn/perform-release.yaml with its description (README: "Translating"), then run \`npm run translations:stamp -- tests/fixtures/translation-missing/content/permissions/zh-cn/perform-release.yaml\`)
      tests/fixtures/translation-missing/content/plans/zh-cn/system-failure.mdx:14:1  translation-missing  the body of plan \`system-failure\` is not translated  (write the whole body of tests/fixtures/translation-missing/content/plans/system-failure.mdx after the frontmatter, in zh-cn)
      tests/fixtures/translation-missing/content/roles/zh-cn/ops-engineer.yaml:3:1  translation-missing  field \`responsibilities.1.text\` of role \`ops-engineer\` is not translated  (translate tests/fixtures/translation-missing/content/roles/ops-engineer.yaml:12: “Trains for {param: training-months} months before taking the… (80 characters)”)"
    `);
  });

  it('translation-drift: a dropped marker, a step, a heading, a changed command and a swapped component, each named', () => {
    expect(report('translation-drift')).toMatchInlineSnapshot(`
      "tests/fixtures/translation-drift/content/plans/zh-cn/system-failure.mdx:18:26  translation-drift  the reference components differ from the source's: missing <Role id="ops-engineer"> (source line 41); added <Role id="department-head">  (write the same <Role>, <Clause>, <Param> … components as the source, as many times)
      tests/fixtures/translation-drift/content/roles/zh-cn/ops-engineer.yaml:6:5  translation-drift  field \`responsibilities.1.text\` drops {param: training-months}, unlike its source  (keep every \`{param: …}\` and \`{assumption: …}\` as the source writes it, and as many \`{proposed: …}\`)
      tests/fixtures/translation-drift/content/runbooks/zh-cn/rollback.mdx:29:71  translation-drift  code block 2 differs from the source's at its line 2: “… booking rollout status deployment/booking-api --timeout=10m”, the source “…n booking rollout status deployment/booking-api --timeout=5m”  (copy block 2 of tests/fixtures/translation-drift/content/runbooks/rollback.mdx exactly: commands are never translated)
      tests/fixtures/translation-drift/content/runbooks/zh-cn/rollback.mdx:32:1  translation-drift  the translation has 2 numbered steps, the source 3: they first differ at step 3 (“Check the error rate”)  (translate each step of the source as one numbered step, with its bold title, in the same order)
      tests/fixtures/translation-drift/content/runbooks/zh-cn/rollback.mdx:34:1  translation-drift  the translation has 2 headings, the source 3: they first differ at the source's heading 3, “## If it does not recover” (line 49)  (translate each heading of the source as one heading of the same level, in the same order)"
    `);
  });

  it('translation-orphan: a translation of an id with a typo gets the nearest id; a shared fact copied in is named once, at its top', () => {
    expect(report('translation-orphan')).toMatchInlineSnapshot(`
      "tests/fixtures/translation-orphan/content/obligations/zh-cn/drill-system-failure.yaml:5:1  translation-orphan  \`basis\` is not a prose field of obligation \`drill-system-failure\`: shared facts (ids, references, bases, dates) are written once, in tests/fixtures/translation-orphan/content/obligations/drill-system-failure.yaml  (remove it: the translation holds only description, evidence.*)
      tests/fixtures/translation-orphan/content/roles/ops-engineer.yaml:1:1  translation-missing  role \`ops-engineer\` has no zh-cn translation  (write tests/fixtures/translation-orphan/content/roles/zh-cn/ops-engineer.yaml with its summary, responsibilities.*.text, training.*.topic (README: "Translating"), then run \`npm run translations:stamp -- tests/fixtures/translation-orphan/content/roles/zh-cn/ops-engineer.yaml\`)
      tests/fixtures/translation-orphan/content/roles/zh-cn/ops-enginer.yaml:1:1  translation-orphan  this translates role \`ops-enginer\`, which does not exist  (rename the file: did you mean \`ops-engineer\`, \`department-head\`?)"
    `);
  });

  it('translation-outdated: the source’s prose or body edited after the stamp, and a translation never stamped; a shared fact edited is no change', () => {
    const found = findings('translation-outdated');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(report('translation-outdated')).toMatchInlineSnapshot(`
      "tests/fixtures/translation-outdated/content/roles/zh-cn/department-head.yaml:1:1  translation-outdated  this translation does not record what it was translated from  (once it matches tests/fixtures/translation-outdated/content/roles/department-head.yaml, run \`npm run translations:stamp -- tests/fixtures/translation-outdated/content/roles/zh-cn/department-head.yaml\`)
      tests/fixtures/translation-outdated/content/roles/zh-cn/ops-engineer.yaml:1:1  translation-outdated  the prose fields of tests/fixtures/translation-outdated/content/roles/ops-engineer.yaml changed since this translation was stamped  (compare with \`git log -p tests/fixtures/translation-outdated/content/roles/ops-engineer.yaml\`, update the translation, then run \`npm run translations:stamp -- tests/fixtures/translation-outdated/content/roles/zh-cn/ops-engineer.yaml\`)
      tests/fixtures/translation-outdated/content/runbooks/zh-cn/rollback.mdx:2:1  translation-outdated  the body of tests/fixtures/translation-outdated/content/runbooks/rollback.mdx changed since this translation was stamped  (compare with \`git log -p tests/fixtures/translation-outdated/content/runbooks/rollback.mdx\`, update the translation, then run \`npm run translations:stamp -- tests/fixtures/translation-outdated/content/runbooks/zh-cn/rollback.mdx\`)"
    `);
  });

  const work = mkdtempSync(join(tmpdir(), 'handbook-translations-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a complete translation, stamped from its source as it stands, reports nothing', () => {
    expect(findings('translation-complete')).toEqual([]);
  });

  it('the same content with no translation at all is an English-only site: no translation findings', () => {
    const dir = join(work, 'english-only');
    cpSync('tests/fixtures/translation-complete/content', dir, { recursive: true });
    const folders = readdirSync(dir).filter((folder) => existsSync(join(dir, folder, 'zh-cn')));
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) rmSync(join(dir, folder, 'zh-cn'), { recursive: true });
    expect(checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings).toEqual([]);
  });
});

describe('translation drift, one change to a complete translation at a time', () => {
  const work = mkdtempSync(join(tmpdir(), 'handbook-translation-drift-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** The complete translation fixture with one translation file edited; its findings, paths relative to it. */
  function drift(name: string, rel: string, from: string, to: string) {
    const dir = join(work, name);
    cpSync('tests/fixtures/translation-complete/content', dir, { recursive: true });
    const text = readFileSync(join(dir, rel), 'utf8');
    expect(text).toContain(from);
    writeFileSync(join(dir, rel), text.replace(from, to));
    return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding).join('\n');
  }

  it('a code block left out: one finding at the first block that differs, not one per block after it', () => {
    expect(
      drift('code-dropped', 'runbooks/zh-cn/rollback.mdx', '```sh\nexport PREV_TAG=2026.10.2\n```\n', ''),
    ).toMatchInlineSnapshot(
      `"runbooks/zh-cn/rollback.mdx:24:4  translation-drift  the translation has 1 code block, the source 2: they first differ at block 1 (source line 28)  (copy every code block of runbooks/rollback.mdx unchanged)"`,
    );
  });

  it('a heading the source does not have: named, at its line', () => {
    expect(
      drift(
        'heading-added',
        'runbooks/zh-cn/rollback.mdx',
        '## 未能恢复时',
        '## 注意\n\n先确认标签。\n\n## 未能恢复时',
      ),
    ).toMatchInlineSnapshot(
      `"runbooks/zh-cn/rollback.mdx:36:1  translation-drift  the translation has 4 headings, the source 3: they first differ at heading 3, “## 注意” here, which the source does not have  (translate each heading of the source as one heading of the same level, in the same order)"`,
    );
  });

  it('a step split in two: the first step that differs, at its line', () => {
    expect(
      drift(
        'step-split',
        'runbooks/zh-cn/rollback.mdx',
        '1. **通知回滚**:告知 <Role id="department-head" />。',
        '1. **通知回滚**。\n\n2. **告知部门负责人** <Role id="department-head" />。',
      ),
    ).toMatchInlineSnapshot(
      `"runbooks/zh-cn/rollback.mdx:23:1  translation-drift  the translation has 4 numbered steps, the source 3: they first differ at step 1 (“Announce the rollback”)  (translate each step of the source as one numbered step, with its bold title, in the same order)"`,
    );
  });

  it('a misspelt prose field: the field it should be, and the field left untranslated', () => {
    expect(drift('field-typo', 'roles/zh-cn/department-head.yaml', 'summary:', 'sumary:')).toMatchInlineSnapshot(`
      "roles/zh-cn/department-head.yaml:1:1  translation-missing  field \`summary\` of role \`department-head\` is not translated  (translate roles/department-head.yaml:7: “The department head of the fixture department.”)
      roles/zh-cn/department-head.yaml:2:1  translation-orphan  \`sumary\` is not a prose field of role \`department-head\`: shared facts (ids, references, bases, dates) are written once, in roles/department-head.yaml  (did you mean \`summary\`?)"
    `);
  });

  it('a `{proposed: …}` added: the marker named', () => {
    expect(
      drift(
        'marker-added',
        'roles/zh-cn/ops-engineer.yaml',
        '- text: 运维工作量与安全审计、测试分开核算。',
        '- text: "运维工作量与安全审计、测试分开核算,{proposed: 每月复核一次}。"',
      ),
    ).toMatchInlineSnapshot(
      `"roles/zh-cn/ops-engineer.yaml:4:5  translation-drift  field \`responsibilities.0.text\` adds {proposed: …}, unlike its source  (keep every \`{param: …}\` and \`{assumption: …}\` as the source writes it, and as many \`{proposed: …}\`)"`,
    );
  });
});

describe('each problem is reported by exactly one rule', () => {
  const work = mkdtempSync(join(tmpdir(), 'handbook-rules-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** The clean fixture with some files replaced: each scenario states its one change. */
  function variant(name: string, files: Record<string, string>) {
    const dir = join(work, name);
    cpSync('tests/fixtures/clean/content', dir, { recursive: true });
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
    return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding).join('\n');
  }
  const edit = (rel: string, from: string, to: string) => {
    const text = readFileSync(join('tests/fixtures/clean/content', rel), 'utf8');
    expect(text).toContain(from);
    return { [rel]: text.replace(from, to) };
  };

  it('a role reporting to a missing role: unknown-reference only, not also no-path-to-root', () => {
    expect(
      variant(
        'missing-manager',
        edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: [departmet-head]'),
      ),
    ).toMatchInlineSnapshot(
      `"roles/ops-engineer.yaml:5:13  unknown-reference  \`reportsTo.0\` points at role \`departmet-head\`, which does not exist  (did you mean \`department-head\`, \`ops-engineer\`, \`ceo\`?)"`,
    );
  });

  it('a reference to a file that failed to load: the parse error only', () => {
    expect(variant('broken-target', { 'roles/security-auditor.yaml': 'name: [unclosed\n' })).toMatchInlineSnapshot(
      `"roles/security-auditor.yaml:2:1  parse  malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"`,
    );
  });

  it('a reporting line that stops at a role reporting to no one: each role on it, with where it stops', () => {
    expect(
      variant('dead-end', {
        ...edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: [security-auditor]'),
        ...edit('roles/security-auditor.yaml', 'reportsTo: [department-head]', 'reportsTo: []'),
      }),
    ).toMatchInlineSnapshot(`
      "roles/ops-engineer.yaml:5:1  no-path-to-root  role \`ops-engineer\` has no reporting line to \`department-head\` or an external root: its line stops at \`security-auditor\`, which reports to no one  (give \`security-auditor\` a \`reportsTo\`)
      roles/security-auditor.yaml:5:1  no-path-to-root  role \`security-auditor\` reports to no one, but only \`department-head\` and external roles may be roots  (name its manager in \`reportsTo\`, e.g. \`reportsTo: [department-head]\`)"
    `);
  });

  it('two roles that hold each other, with a forbidden pair: one finding, not two', () => {
    expect(
      variant('mutual', {
        ...edit(
          'roles/ops-engineer.yaml',
          'keyPost: operations\n',
          'keyPost: operations\nalsoHolds: [security-auditor]\n',
        ),
        ...edit(
          'roles/security-auditor.yaml',
          'keyPost: security-audit\n',
          'keyPost: security-audit\nalsoHolds: [ops-engineer]\n',
        ),
      }),
    ).toMatchInlineSnapshot(
      `"roles/ops-engineer.yaml:8:13  separation-of-duties  role \`ops-engineer\` also holds \`security-auditor\`: separation rule \`operations-vs-security-audit\` forbids one person to hold both \`ops-engineer\` and \`security-auditor\` (clause 2.1)  (drop the \`alsoHolds\` entry, or give the duties to different people)"`,
    );
  });

  it('a permission pair granted directly to one role: pointed at the second grant', () => {
    expect(
      variant(
        'direct-pair',
        edit(
          'permissions/approve-release.yaml',
          'grantees: [department-head]',
          'grantees: [department-head, ops-engineer]',
        ),
      ),
    ).toMatchInlineSnapshot(
      `"permissions/approve-release.yaml:7:29  separation-of-duties  role \`ops-engineer\` holds both \`perform-release\` and \`approve-release\`: separation rule \`perform-vs-approve-release\` forbids that pair (a proposed rule, no clause)  (take one of the two permissions away from \`ops-engineer\`)"`,
    );
  });

  it('a misspelt {param: …} in a text field: parameter-undefined at the marker, with the nearest id', () => {
    expect(
      variant(
        'field-param',
        edit(
          'roles/ops-engineer.yaml',
          'summary: The operations engineer of the fixture department.',
          'summary: "The operations engineer, trained for {param: training-month} months."',
        ),
      ),
    ).toMatchInlineSnapshot(
      `"roles/ops-engineer.yaml:8:48  parameter-undefined  \`summary\` names parameter \`training-month\`, which is not defined  (did you mean \`training-months\`?)"`,
    );
  });

  it('a misspelt {param: …} on a later line of a block text: at that line and column, not at the field', () => {
    expect(
      variant(
        'field-param-block',
        edit(
          'roles/ops-engineer.yaml',
          'summary: The operations engineer of the fixture department.',
          'summary: |\n  The operations engineer,\n  trained for {param: training-month} months.',
        ),
      ),
    ).toMatchInlineSnapshot(
      `"roles/ops-engineer.yaml:10:15  parameter-undefined  \`summary\` names parameter \`training-month\`, which is not defined  (did you mean \`training-months\`?)"`,
    );
  });

  it('a misspelt <Param> in a body: parameter-undefined, not unknown-reference', () => {
    expect(
      variant(
        'body-param',
        edit('guides/onboarding.mdx', '<Param id="training-months" />', '<Param id="training-month" />'),
      ),
    ).toMatchInlineSnapshot(
      `"guides/onboarding.mdx:19:57  parameter-undefined  \`<Param id="training-month">\` names parameter \`training-month\`, which is not defined  (did you mean \`training-months\`?)"`,
    );
  });
});

/**
 * What the content rules say: each rule's id and one-line description, and the message and hint
 * of the rules whose texts are written once, where the rule is defined (sensitive data, link
 * schemes, code in MDX bodies).
 *
 * Each test loads the checker afresh (`vi.resetModules()` and a dynamic import), so that the
 * tables and texts a rule's module builds when it loads are built by the test that asserts them,
 * not left over from an earlier import.
 */
import { describe, expect, it, vi } from 'vitest';

const TODAY = '2027-01-01';

async function freshChecker() {
  vi.resetModules();
  const checker = await import('../../src/lib/checks/index.ts');
  const { formatFinding } = await import('../../src/lib/finding-report.ts');
  /** The findings of one rule on a fixture, as the CLI prints them. */
  const report = (fixture: string, rule: string) =>
    checker
      .checkContent({ contentDir: `tests/fixtures/${fixture}/content`, today: TODAY })
      .findings.filter((f) => f.rule === rule)
      .map(formatFinding);
  return { ...checker, report };
}

describe('rule ids and descriptions', () => {
  it('the code-block, sensitive-data, link-scheme and MDX rules are listed under their ids, each with what it finds', async () => {
    const { CHECKS } = await freshChecker();
    const described = Object.fromEntries(CHECKS.map((c) => [c.id, c.description]));
    expect({
      'code-block-language': described['code-block-language'],
      'data-block-syntax': described['data-block-syntax'],
      'destructive-command': described['destructive-command'],
      'mixed-alternatives': described['mixed-alternatives'],
      'promql-syntax': described['promql-syntax'],
      shellcheck: described.shellcheck,
      'sql-syntax': described['sql-syntax'],
      'sensitive-data': described['sensitive-data'],
      'link-scheme': described['link-scheme'],
      'mdx-element': described['mdx-element'],
      'mdx-esm': described['mdx-esm'],
      'mdx-event-attribute': described['mdx-event-attribute'],
      'mdx-expression': described['mdx-expression'],
    }).toEqual({
      'code-block-language': 'a fenced code block that names no language',
      'data-block-syntax': 'a YAML or JSON block that does not parse',
      'destructive-command': 'a destructive command in a shell block with no guard that stops it',
      'mixed-alternatives': 'a shell block that holds alternatives, of which only some lines should run',
      'promql-syntax': 'a PromQL block that Prometheus would reject',
      shellcheck: 'a shell block that ShellCheck (or, without it, a shell parser) rejects',
      'sql-syntax': 'SQL that MySQL 8 would reject',
      'sensitive-data':
        'credentials or personal data (keys, tokens, passwords, ID, mobile and card numbers) in content',
      'link-scheme': 'a link whose scheme is not relative, https, http, mailto, tel',
      'mdx-element':
        'an element that runs, embeds or restyles (script, iframe, style, object, embed, frame, frameset, base, meta, link, form) in an MDX body',
      'mdx-esm': 'an ESM import or export in an MDX body',
      'mdx-event-attribute': 'an on* event attribute in an MDX body',
      'mdx-expression': 'a JavaScript expression in an MDX body or a component prop',
    });
  });
});

describe('sensitive-data', () => {
  const HINT =
    '(the handbook is published: write a placeholder (`<password>`, `${DB_PASSWORD}`, `138****0000`), a documentation host (`db.example.com`, `192.0.2.10`), or refer to where the value is kept)';
  const at = (where: string, what: string) =>
    `tests/fixtures/sensitive-data/content/guides/onboarding.mdx:${where}  sensitive-data  ${what}  ${HINT}`;

  it('names each kind of secret in words and by its id, shows only the start of the value, and says how to publish without it', async () => {
    const { report } = await freshChecker();
    expect(report('sensitive-data', 'sensitive-data')).toEqual([
      at('17:14', 'a cloud access key (cloud-access-key): AKIA•••• (20 characters)'),
      at('17:39', 'a cloud access key (cloud-access-key): LTAI•••• (22 characters)'),
      at('18:10', 'an API token (api-token): ghp_•••• (40 characters)'),
      at('19:1', 'a private key block (private-key): ----•••• (35 characters)'),
      at('20:29', 'a password inside a URL (url-credentials): S3•••• (9 characters)'),
      at('21:37', 'a password on a command line (password-argument): S3•••• (8 characters)'),
      at(
        '22:16',
        'a resident identity card number (valid check digit and date) (resident-id): 1101•••• (18 characters)',
      ),
      at('23:11', 'a mobile phone number (mobile-number): 139•••• (13 characters)'),
      at('24:9', 'a bank card number (valid Luhn check) (bank-card): 6222•••• (16 characters)'),
    ]);
  });
});

describe('link-scheme', () => {
  it('a link with a scheme outside https, http, mailto and tel is reported, the hint naming each allowed scheme', async () => {
    const { report } = await freshChecker();
    const hint = '(use a relative link (`/runbooks/…/`) or `https:`, `http:`, `mailto:`, `tel:`)';
    const at = (where: string, link: string) =>
      `tests/fixtures/link-scheme/content/guides/onboarding.mdx:${where}  link-scheme  link \`${link}\` uses a scheme the handbook does not allow  ${hint}`;
    expect(report('link-scheme', 'link-scheme')).toEqual([
      at('17:10', 'javascript:alert(document.cookie)'),
      at('17:55', 'data:text/html;base64,PHNjcmlwdD4='),
      at('17:104', 'JavaScript:alert(1)'),
      at('19:4', 'vbscript:msgbox(1)'),
      at('21:1', 'file:///etc/passwd'),
    ]);
  });
});

describe('code in MDX bodies', () => {
  it('mdx-element: a script, iframe or style element is reported, with the hint to show code in a code block', async () => {
    const { report } = await freshChecker();
    const at = (line: number, element: string) =>
      `tests/fixtures/mdx-element/content/guides/onboarding.mdx:${line}:1  mdx-element  \`<${element}>\` is not allowed in an MDX body: it would run or embed code on the published page  (remove it; show code in a fenced code block, and link to other pages instead of embedding them)`;
    expect(report('mdx-element', 'mdx-element')).toEqual([at(17, 'script'), at(19, 'iframe'), at(21, 'style')]);
  });

  it('mdx-esm: an import is reported, with the hint that the components need no import', async () => {
    const { report } = await freshChecker();
    expect(report('mdx-esm', 'mdx-esm')).toEqual([
      "tests/fixtures/mdx-esm/content/guides/onboarding.mdx:15:1  mdx-esm  `import { readFileSync } from 'node:fs'; … (98 characters)`: an MDX body may not import or export; it would run at build time  (remove it: the handbook components (<Role>, <Clause>, <Steps>, …) need no import)",
    ]);
  });

  it('mdx-event-attribute: an on* attribute is reported, on an element and on a component, with the hint to use a component', async () => {
    const { report } = await freshChecker();
    const at = (where: string, attribute: string) =>
      `tests/fixtures/mdx-event-attribute/content/guides/onboarding.mdx:${where}  mdx-event-attribute  \`${attribute}\`: event attributes run script and are not allowed in content  (remove the attribute; interactive behaviour belongs in a component)`;
    expect(report('mdx-event-attribute', 'mdx-event-attribute')).toEqual([
      at('17:7', 'onclick="alert(1)"'),
      at('19:22', 'onMouseOver="steal()"'),
    ]);
  });

  it('mdx-expression: each expression, in text or in a prop, is reported with the hint to write text or a quoted prop', async () => {
    const { report } = await freshChecker();
    const at = (where: string, expression: string) =>
      `tests/fixtures/mdx-expression/content/guides/onboarding.mdx:${where}  mdx-expression  \`${expression}\`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (\`id="…"\`); to show braces in text, put them in \`code\`; a comment is \`{/* … */}\`)`;
    expect(report('mdx-expression', 'mdx-expression')).toEqual([
      at('17:19', '{host}'),
      at('19:7', "id={'department-head'}"),
      at('19:43', '{...props}'),
      at('21:1', '{process.env.HOME}'),
    ]);
  });
});

/**
 * Content is code unless the checker says otherwise: MDX that would run code, files the loader
 * must not follow or parse, and credentials or personal data that must not be published. One
 * fixture per rule (tests/fixtures/<rule>/content), findings pinned with file:line:column and hint.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '../../src/lib/checks/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { findSensitive, isResidentId, luhn } from '../../src/lib/sensitive.ts';

const TODAY = '2027-01-01';
const findings = (fixture: string, options: Partial<CheckOptions> = {}) =>
  checkContent({ contentDir: `tests/fixtures/${fixture}/content`, today: TODAY, ...options }).findings;
const report = (fixture: string) => findings(fixture).map(formatFinding).join('\n');

describe('MDX that would run code', () => {
  it('mdx-esm: an import and an export that read a file of the build machine', () => {
    expect(report('mdx-esm')).toMatchInlineSnapshot(
      `"tests/fixtures/mdx-esm/content/guides/onboarding.mdx:15:1  mdx-esm  \`import { readFileSync } from 'node:fs'; … (98 characters)\`: an MDX body may not import or export; it would run at build time  (remove it: the handbook components (<Role>, <Clause>, <Steps>, …) need no import)"`,
    );
  });
  it('mdx-expression: expressions in text and in props, a spread; a comment is allowed', () => {
    expect(report('mdx-expression')).toMatchInlineSnapshot(`
      "tests/fixtures/mdx-expression/content/guides/onboarding.mdx:17:19  mdx-expression  \`{host}\`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (\`id="…"\`); to show braces in text, put them in \`code\`; a comment is \`{/* … */}\`)
      tests/fixtures/mdx-expression/content/guides/onboarding.mdx:19:1  missing-component-id  \`<Role>\` has no literal \`id\`, so it points at nothing the checker or the site can resolve  (write the id as a string, e.g. \`<Role id="department-head" />\`)
      tests/fixtures/mdx-expression/content/guides/onboarding.mdx:19:7  mdx-expression  \`id={'department-head'}\`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (\`id="…"\`); to show braces in text, put them in \`code\`; a comment is \`{/* … */}\`)
      tests/fixtures/mdx-expression/content/guides/onboarding.mdx:19:37  missing-component-id  \`<Role>\` has no literal \`id\`, so it points at nothing the checker or the site can resolve  (write the id as a string, e.g. \`<Role id="department-head" />\`)
      tests/fixtures/mdx-expression/content/guides/onboarding.mdx:19:43  mdx-expression  \`{...props}\`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (\`id="…"\`); to show braces in text, put them in \`code\`; a comment is \`{/* … */}\`)
      tests/fixtures/mdx-expression/content/guides/onboarding.mdx:21:1  mdx-expression  \`{process.env.HOME}\`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (\`id="…"\`); to show braces in text, put them in \`code\`; a comment is \`{/* … */}\`)"
    `);
  });
  it('mdx-element: script, iframe and style; <kbd> is fine', () => {
    expect(report('mdx-element')).toMatchInlineSnapshot(`
      "tests/fixtures/mdx-element/content/guides/onboarding.mdx:17:1  mdx-element  \`<script>\` is not allowed in an MDX body: it would run or embed code on the published page  (remove it; show code in a fenced code block, and link to other pages instead of embedding them)
      tests/fixtures/mdx-element/content/guides/onboarding.mdx:19:1  mdx-element  \`<iframe>\` is not allowed in an MDX body: it would run or embed code on the published page  (remove it; show code in a fenced code block, and link to other pages instead of embedding them)
      tests/fixtures/mdx-element/content/guides/onboarding.mdx:21:1  mdx-element  \`<style>\` is not allowed in an MDX body: it would run or embed code on the published page  (remove it; show code in a fenced code block, and link to other pages instead of embedding them)"
    `);
  });
  it('mdx-event-attribute: on an HTML element and on a component', () => {
    expect(report('mdx-event-attribute')).toMatchInlineSnapshot(`
      "tests/fixtures/mdx-event-attribute/content/guides/onboarding.mdx:17:7  mdx-event-attribute  \`onclick="alert(1)"\`: event attributes run script and are not allowed in content  (remove the attribute; interactive behaviour belongs in a component)
      tests/fixtures/mdx-event-attribute/content/guides/onboarding.mdx:19:22  mdx-event-attribute  \`onMouseOver="steal()"\`: event attributes run script and are not allowed in content  (remove the attribute; interactive behaviour belongs in a component)"
    `);
  });
  it('link-scheme: javascript:, data:, vbscript:, file: refused in any case; relative, #, https, mailto, tel pass', () => {
    expect(report('link-scheme')).toMatchInlineSnapshot(`
      "tests/fixtures/link-scheme/content/guides/onboarding.mdx:17:10  link-scheme  link \`javascript:alert(document.cookie)\` uses a scheme the handbook does not allow  (use a relative link (\`/runbooks/…/\`) or \`https:\`, \`http:\`, \`mailto:\`, \`tel:\`)
      tests/fixtures/link-scheme/content/guides/onboarding.mdx:17:55  link-scheme  link \`data:text/html;base64,PHNjcmlwdD4=\` uses a scheme the handbook does not allow  (use a relative link (\`/runbooks/…/\`) or \`https:\`, \`http:\`, \`mailto:\`, \`tel:\`)
      tests/fixtures/link-scheme/content/guides/onboarding.mdx:17:104  link-scheme  link \`JavaScript:alert(1)\` uses a scheme the handbook does not allow  (use a relative link (\`/runbooks/…/\`) or \`https:\`, \`http:\`, \`mailto:\`, \`tel:\`)
      tests/fixtures/link-scheme/content/guides/onboarding.mdx:19:4  link-scheme  link \`vbscript:msgbox(1)\` uses a scheme the handbook does not allow  (use a relative link (\`/runbooks/…/\`) or \`https:\`, \`http:\`, \`mailto:\`, \`tel:\`)
      tests/fixtures/link-scheme/content/guides/onboarding.mdx:21:1  link-scheme  link \`file:///etc/passwd\` uses a scheme the handbook does not allow  (use a relative link (\`/runbooks/…/\`) or \`https:\`, \`http:\`, \`mailto:\`, \`tel:\`)"
    `);
  });
});

describe('files the loader must not follow or parse', () => {
  it('file-too-large: over the limit, reported and not parsed', () => {
    expect(report('file-too-large')).toMatchInlineSnapshot(
      `"tests/fixtures/file-too-large/content/roles/ops-engineer.yaml:1:1  file-too-large  the file has 273845 bytes, over the limit of 262144; it was not parsed  (split the entry, or move generated data out of src/content)"`,
    );
  });
  it('encoding: invalid UTF-8, at the line and column of the bad byte', () => {
    expect(report('encoding')).toMatchInlineSnapshot(
      `"tests/fixtures/encoding/content/roles/ops-engineer.yaml:3:9  encoding  invalid UTF-8 at byte 44 (0xff); the site would show � there  (save the file as UTF-8)"`,
    );
  });

  const dir = mkdtempSync(join(tmpdir(), 'handbook-guard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string | Buffer) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  const lines = (options: { maxFileBytes?: number } = {}) =>
    loadContent({ contentDir: dir, cwd: dir, ...options }).findings.map(formatFinding);

  // The link is made here, not committed under tests/fixtures: a copy of the repository (Stryker's
  // sandbox, an archive, a checkout on Windows) may turn a committed link into a plain file.
  it('symlink: a link is reported and never followed', () => {
    write('roles/department-head.yaml', readFileSync('tests/fixtures/clean/content/roles/department-head.yaml'));
    symlinkSync('department-head.yaml', join(dir, 'roles', 'ops-engineer.yaml'));
    expect(lines()).toContain(
      'roles/ops-engineer.yaml:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)',
    );
    const loaded = loadContent({ contentDir: dir, cwd: dir });
    expect(loaded.entries.map((entry) => entry.id)).toEqual(['department-head']);
    rmSync(join(dir, 'roles'), { recursive: true });
  });

  it('two links to the parent folder and a self-link end the walk with one finding each', () => {
    mkdirSync(join(dir, 'roles'), { recursive: true });
    symlinkSync('.', join(dir, 'roles', 'loop-a'));
    symlinkSync('..', join(dir, 'roles', 'loop-b'));
    symlinkSync('self.yaml', join(dir, 'roles', 'self.yaml'));
    expect(lines()).toMatchInlineSnapshot(`
      [
        "roles/loop-a:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)",
        "roles/loop-b:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)",
        "roles/self.yaml:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)",
      ]
    `);
  });

  it('the size limit is checked before the file is parsed, and its value can be set', () => {
    write('parameters/big.yaml', `name: ${'x'.repeat(2000)}\n`);
    expect(lines({ maxFileBytes: 1000 }).filter((l) => l.includes('big.yaml'))).toMatchInlineSnapshot(`
      [
        "parameters/big.yaml:1:1  file-too-large  the file has 2007 bytes, over the limit of 1000; it was not parsed  (split the entry, or move generated data out of src/content)",
      ]
    `);
  });

  it('a schema finding quotes at most a short excerpt of a huge value', () => {
    write('clauses/9-9.yaml', `chapter: ${'9'.repeat(50_000)}x\n`);
    const line = lines().find((l) => l.includes('9-9.yaml') && l.includes('chapter'));
    expect(line!.length).toBeLessThan(600);
    expect(line).toContain('characters)');
  });
});

describe('the YAML defences that already hold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-yaml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const parse = (text: string) => {
    rmSync(join(dir, 'roles'), { recursive: true, force: true });
    mkdirSync(join(dir, 'roles'), { recursive: true });
    writeFileSync(join(dir, 'roles', 'x.yaml'), text);
    return loadContent({ contentDir: dir, cwd: dir }).findings.map(formatFinding);
  };
  it('an alias bomb is refused by the alias cap, as a finding', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(parse(levels.join('\n') + '\n')).toMatchInlineSnapshot(`
      [
        "roles/x.yaml:1:1  parse  malformed YAML: Excessive alias count indicates a resource exhaustion attack",
      ]
    `);
  });
  it('nesting ten thousand deep is a finding, not a crash', () => {
    const out = parse(`name: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^roles\/x\.yaml(:\d+:\d+)?  (parse|schema)  /);
  });
  it('a duplicate key is refused', () => {
    expect(parse('name: a\nname: b\n')).toMatchInlineSnapshot(`
      [
        "roles/x.yaml:2:1  parse  malformed YAML: Map keys must be unique",
      ]
    `);
  });
});

describe('sensitive-data', () => {
  it('each kind, with file, line, column and the kind, never the value in full', () => {
    const out = report('sensitive-data');
    expect(out).toMatchInlineSnapshot(`
      "tests/fixtures/sensitive-data/content/guides/onboarding.mdx:17:14  sensitive-data  a cloud access key (cloud-access-key): AKIA•••• (20 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:17:39  sensitive-data  a cloud access key (cloud-access-key): LTAI•••• (22 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:18:10  sensitive-data  an API token (api-token): ghp_•••• (40 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:19:1  sensitive-data  a private key block (private-key): ----•••• (35 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:20:29  sensitive-data  a password inside a URL (url-credentials): S3•••• (9 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:21:37  sensitive-data  a password on a command line (password-argument): S3•••• (8 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:22:16  sensitive-data  a resident identity card number (valid check digit and date) (resident-id): 1101•••• (18 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:23:11  sensitive-data  a mobile phone number (mobile-number): 139•••• (13 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)
      tests/fixtures/sensitive-data/content/guides/onboarding.mdx:24:9  sensitive-data  a bank card number (valid Luhn check) (bank-card): 6222•••• (16 characters)  (the handbook is published: write a placeholder (\`<password>\`, \`\${DB_PASSWORD}\`, \`138****0000\`), a documentation host (\`db.example.com\`, \`192.0.2.10\`), or refer to where the value is kept)"
    `);
    for (const secret of [
      'AKIA2E0A8F3B244C9986',
      'S3cr3t-pw',
      'S3cr3tPw',
      '11010519491231002X',
      '139 1234 5678',
      '6222021000112230',
      'ghp_Zq3xW8',
    ]) {
      expect(out).not.toContain(secret);
    }
  });
  it('the allow-list: placeholders, documentation hosts and addresses, sample keys, test numbers, invalid ids', () => {
    expect(findings('sensitive-data-allowed')).toEqual([]);
  });
  it('the real content holds none', () => {
    expect(
      checkContent({ contentDir: 'src/content', today: TODAY }).findings.filter((f) => f.rule === 'sensitive-data'),
    ).toEqual([]);
  });
  it('check digits: GB 11643 and Luhn', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isResidentId('110105194902300028')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });
  it('numbers next to other digits are not phone numbers', () => {
    expect(findSensitive('build 2026113912345678901 and 13912345678').map((m) => m.kind)).toEqual(['mobile-number']);
  });
});

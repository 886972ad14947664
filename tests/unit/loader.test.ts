/**
 * Bad input: malformed YAML, invalid MDX, an unknown component, a binary file, an empty file,
 * a stray file and schema errors are each reported with the file and a message, never as a crash.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const report = (fixture: string) =>
  checkContent({ contentDir: `tests/fixtures/${fixture}/content`, today: '2027-01-01' })
    .findings.map(formatFinding)
    .join('\n');

describe('bad input fixtures', () => {
  it('malformed YAML: the line of the error', () => {
    expect(report('parse-malformed-yaml')).toMatchInlineSnapshot(
      `"tests/fixtures/parse-malformed-yaml/content/roles/ops-engineer.yaml:3:1  parse  malformed YAML: All mapping items must start at the same column"`,
    );
  });

  it('invalid MDX syntax: the line and column in the file, not in the body', () => {
    expect(report('parse-invalid-mdx')).toMatchInlineSnapshot(
      `"tests/fixtures/parse-invalid-mdx/content/guides/onboarding.mdx:15:38  parse  invalid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`"`,
    );
  });

  it('an empty file', () => {
    expect(report('parse-empty-file')).toMatchInlineSnapshot(
      `"tests/fixtures/parse-empty-file/content/roles/ops-engineer.yaml  parse  the file is empty"`,
    );
  });

  it('a binary file with a content extension', () => {
    expect(report('parse-binary-file')).toMatchInlineSnapshot(
      `"tests/fixtures/parse-binary-file/content/roles/ops-engineer.yaml  parse  the file is binary, not text"`,
    );
  });

  it('a file the collection does not read', () => {
    expect(report('stray-file')).toMatchInlineSnapshot(
      `"tests/fixtures/stray-file/content/roles/org-chart.png  stray-file  \`roles\` reads only .yaml and .yml files; this file would be ignored by the site  (rename it or move it out of src/content)"`,
    );
  });

  it('a schema error points at the field, with the nearest allowed values', () => {
    expect(report('schema')).toMatchInlineSnapshot(
      `"tests/fixtures/schema/content/roles/ops-engineer.yaml:4:1  schema  field \`scope\`: Invalid option: expected one of "internal"|"external" (got "interal")  (did you mean \`internal\`, \`external\`?)"`,
    );
  });

  it('an unknown component', () => {
    expect(report('unknown-component')).toMatchInlineSnapshot(
      `"tests/fixtures/unknown-component/content/guides/onboarding.mdx:21:1  unknown-component  \`<Warning>\` is not a component an MDX body may use  (did you mean \`Param\`, \`Callout\`, \`Plan\`?)"`,
    );
  });
});

describe('loader edge cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-loader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write('roles/alias.yaml', 'name: *nowhere\n');
  write(
    'permissions/typos.yaml',
    [
      'title: { en: A, zh: B, fr: C }',
      'area: project',
      'description: d',
      'basis: 3.1',
      'grantees: [department-head]',
      'document:',
      '  owner: department-head',
      '  version: "1.0"',
      '  effective: 2026-11-01',
      '  reviewd: 2026-11-01',
      '  reviewEveryMonths: 12',
      '',
    ].join('\n'),
  );
  write('runbooks/unclosed.mdx', '---\ntitle: x\n---\n\nText\n\n<Steps>\n\n1. one\n');
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'roles', 'dangling.yaml'));
  const lines = () => loadContent({ contentDir: dir, cwd: dir }).findings.map(formatFinding).join('\n');

  it('reports each problem with its place and a fix, and never throws', () => {
    expect(lines()).toMatchInlineSnapshot(`
      "roles/alias.yaml:1:1  parse  malformed YAML: Unresolved alias (the anchor must be set before the alias): nowhere
      roles/dangling.yaml:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)
      permissions/typos.yaml:1:24  schema  field \`title.fr\` is not part of the schema  (did you mean \`en\`, \`zh\`?)
      permissions/typos.yaml:4:1  schema  field \`basis\`: Invalid input (got 3.1)  (quote the clause id: \`"3.1"\`)
      permissions/typos.yaml:6:1  schema  field \`document.reviewed\` is required but missing
      permissions/typos.yaml:10:3  schema  field \`document.reviewd\` is not part of the schema  (did you mean \`reviewed\`, \`owner\`, \`version\`?)
      runbooks/unclosed.mdx:7:1  parse  invalid MDX: Expected a closing tag for \`<Steps>\`"
    `);
  });

  it('lists the files that failed, so that references to them are not reported again', () => {
    expect(
      loadContent({ contentDir: dir, cwd: dir })
        .failed.map((f) => `${f.collection}:${f.id}`)
        .sort(),
    ).toEqual(['permissions:typos', 'roles:alias', 'roles:dangling', 'runbooks:unclosed']);
  });
});

describe('translation files that cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-loader-zh-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write('roles/zh-cn/notes.txt', 'notes\n');
  write('roles/zh-cn/broken.yaml', 'title:\n  - a\n b: c\n');
  write('runbooks/zh-cn/unclosed.mdx', '---\ntitle: 标题\n---\n\n文字\n\n<Steps>\n\n1. 一\n');
  write('roles/zh-cn/ops-engineer.yaml', 'title: 运维工程师\n');
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'roles', 'zh-cn', 'dangling.yaml'));

  it('are each a finding with the file, the place and a fix; the readable one is loaded', () => {
    const loaded = loadContent({ contentDir: dir, cwd: dir });
    expect(loaded.findings.map(formatFinding)).toEqual([
      'roles/zh-cn/broken.yaml:3:1  parse  malformed YAML: All mapping items must start at the same column',
      'roles/zh-cn/dangling.yaml:1:1  symlink  a symbolic link; the checker never follows links, so what it points at is not checked  (replace the link with the file itself)',
      'roles/zh-cn/notes.txt  stray-file  translations of `roles` are .yaml or .yml files, like their source; this file would be ignored by the site  (rename it or move it out of src/content)',
      'runbooks/zh-cn/unclosed.mdx:7:1  parse  invalid MDX: Expected a closing tag for `<Steps>`',
    ]);
    expect(loaded.translations.map((t) => `${t.collection}:${t.id}:${t.locale}`)).toEqual(['roles:ops-engineer:zh-cn']);
  });
});

describe('the CLI on bad input', () => {
  for (const fixture of [
    'parse-malformed-yaml',
    'parse-invalid-mdx',
    'parse-empty-file',
    'parse-binary-file',
    'stray-file',
    'unknown-component',
  ]) {
    it(`${fixture}: exit 1, the file named, no stack trace`, () => {
      const run = spawnSync(process.execPath, ['scripts/check.ts', `tests/fixtures/${fixture}/content`], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`tests/fixtures/${fixture}/content/`);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toMatch(/^\s+at /m);
    });
  }
});

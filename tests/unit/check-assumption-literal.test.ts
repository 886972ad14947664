/**
 * The `assumption-literal` rule: an assumed vendor, system, host or tool written out in prose.
 * Each case is the rule's own fixture with some files replaced; the findings are the rule's, in
 * the order the rule gives them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assumptionLiteral } from '../../src/lib/checks/assumption-literal.ts';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const FIXTURE = 'tests/fixtures/assumption-literal/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-assumption-literal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The fixture with some files replaced or added; what the rule reports, as the CLI prints it. */
function literals(files: Record<string, string>): string[] {
  const dir = join(work, String(n++));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const { model } = checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' });
  return assumptionLiteral
    .run({
      model,
      today: '2027-01-01',
      strict: false,
      exists: () => true,
      translations: [],
      failed: [],
      contactFiles: [],
    })
    .map(formatFinding);
}

const DOCUMENT = `document:
  owner: department-head
  version: "1.0"
  effective: 2026-11-01
  reviewed: 2026-11-01
  reviewEveryMonths: 12
`;

/** An assumption with these literal words. */
const assumption = (id: string, words: string[]) => ({
  [`assumptions/${id}.yaml`]: `name:
  en: ${id}
  zh: 假设
value: ${id}
literals: [${words.map((w) => JSON.stringify(w)).join(', ')}]
status: assumed
owner: department-head
note: Assumed.
${DOCUMENT}`,
});

/** The department head with this summary and these responsibilities (each a YAML block of its own). */
const head = (summary: string, ...responsibilities: string[]) => ({
  'roles/department-head.yaml': `name:
  en: Department head
  zh: 部门负责人
scope: internal
reportsTo: []
reportsToBasis: proposed
summary: ${summary}
responsibilities:
${responsibilities.map((r) => `  - text: ${r}\n    basis: proposed\n`).join('')}${DOCUMENT}root: true
rootBasis: proposed
`,
});

/** No body text names an assumption, so only the role's fields are reported. */
const quietGuide = {
  'guides/start.mdx': `---
title:
  en: Start here
  zh: 入门指引
summary: The path for a new hire.
reading:
  - role: department-head
basis: [proposed]
${DOCUMENT}---

Ask the <Assumption id="database" /> administrator before you start.
`,
};

const ROLE = 'roles/department-head.yaml';
const inField = (at: string, word: string, id: string) =>
  `${ROLE}:${at}  assumption-literal  \`${word}\` is the platform assumption \`${id}\`, written literally  (write {assumption: ${id}} (it shows the assumed value, marked and linked), or put a name in \`code\`)`;

describe('assumption-literal', () => {
  it('is registered under its id, with a description of what it finds', () => {
    const check = CHECKS.find((c) => c === assumptionLiteral);
    expect(check?.id).toBe('assumption-literal');
    expect(check?.description).toBe('an assumed vendor, system, host or tool written literally instead of referenced');
  });

  it('a word of a literal with a dot matches only itself: `db.local` is reported, `dbxlocal` is not', () => {
    expect(
      literals({
        ...assumption('database', ['db.local']),
        ...quietGuide,
        ...head('Backups go to db.local, never dbxlocal.', 'Nothing.'),
      }),
    ).toEqual([inField('7:24', 'db.local', 'database')]);
  });

  it('a Latin literal matches as a whole word only, not inside a longer name, a path or a host', () => {
    expect(
      literals({
        ...assumption('proxy', ['nginx']),
        ...quietGuide,
        ...head(
          '"Not ingress-nginx, /usr/sbin/nginx, old.nginx, xnginx, nginx-ingress or nginx2, but nginx itself."',
          'Nothing.',
        ),
      }),
    ).toEqual([inField('7:95', 'nginx', 'proxy')]);
  });

  it('a Chinese literal matches anywhere, even right after a Latin letter or a slash', () => {
    expect(
      literals({
        ...assumption('cloud', ['阿里云']),
        ...quietGuide,
        ...head('部署在阿里云上, S3阿里云 and x/阿里云.', 'Nothing.'),
      }),
    ).toEqual([
      inField('7:13', '阿里云', 'cloud'),
      inField('7:21', '阿里云', 'cloud'),
      inField('7:31', '阿里云', 'cloud'),
    ]);
  });

  it('a literal that starts or ends in Chinese has no word boundary on that side', () => {
    expect(
      literals({
        ...assumption('storage', ['华为云OBS', 'RDS实例']),
        ...quietGuide,
        ...head('Copy S3/华为云OBS to RDS实例B.', 'Nothing.'),
      }),
    ).toEqual([inField('7:18', '华为云OBS', 'storage'), inField('7:28', 'RDS实例', 'storage')]);
  });

  it('a literal inside a longer literal is one finding for the longer one; the shorter is still found on its own, in text order', () => {
    expect(
      literals({
        ...assumption('database', ['MySQL', 'MySQL Router']),
        ...quietGuide,
        ...head('MySQL sits behind MySQL Router, which fails over to MySQL.', 'Nothing.'),
      }),
    ).toEqual([
      inField('7:10', 'MySQL', 'database'),
      inField('7:28', 'MySQL Router', 'database'),
      inField('7:62', 'MySQL', 'database'),
    ]);
  });

  it('literals that touch without overlapping are both reported', () => {
    expect(
      literals({
        ...assumption('cloud', ['阿里云数据库', 'RDS']),
        ...quietGuide,
        ...head('阿里云数据库RDS, RDS阿里云数据库.', 'Nothing.'),
      }),
    ).toEqual([
      inField('7:10', '阿里云数据库', 'cloud'),
      inField('7:16', 'RDS', 'cloud'),
      inField('7:21', 'RDS', 'cloud'),
      inField('7:24', '阿里云数据库', 'cloud'),
    ]);
  });

  it('each occurrence of a word is reported where it is, in its own field, after an earlier field with the same word', () => {
    expect(literals({ ...quietGuide, ...head('MySQL, and MySQL.', 'Nothing.', 'Keep MySQL up.') })).toEqual([
      inField('7:10', 'MySQL', 'database'),
      inField('7:21', 'MySQL', 'database'),
      inField('11:16', 'MySQL', 'database'),
    ]);
  });

  it('line numbers count an empty first line', () => {
    const file = head('MySQL first.', 'Keep MySQL up.')[ROLE];
    expect(literals({ ...quietGuide, [ROLE]: `\n${file}` })).toEqual([
      inField('8:10', 'MySQL', 'database'),
      inField('10:16', 'MySQL', 'database'),
    ]);
  });

  it('a word folded across two lines is reported at its field', () => {
    expect(
      literals({
        ...assumption('cloud', ['Huawei Cloud']),
        ...quietGuide,
        ...head('Nothing.', '>-\n      Keep the backups on Huawei\n      Cloud storage.'),
      }),
    ).toEqual([inField('9:5', 'Huawei Cloud', 'cloud')]);
  });

  it('an item of a list on one line is reported at the item, not at an earlier word on the line before', () => {
    const found = literals({
      ...quietGuide,
      ...head('Nothing.', 'Nothing.'),
      'obligations/backup.yaml': `title:
  en: Backup
  zh: 备份
kind: review
description: Operations restores MySQL
evidence: [MySQL binlog, MySQL dump]
owner: department-head
basis: proposed
cadence:
  freq: quarterly
  basis: proposed
${DOCUMENT}`,
    });
    const at = (where: string) =>
      `obligations/backup.yaml:${where}  assumption-literal  \`MySQL\` is the platform assumption \`database\`, written literally  (write {assumption: database} (it shows the assumed value, marked and linked), or put a name in \`code\`)`;
    expect(found).toEqual([at('5:34'), at('6:12'), at('6:26')]);
  });

  it('an id that an entry refers to is not prose, even when it equals a literal', () => {
    expect(
      literals({ ...assumption('org-chart', ['department-head']), ...quietGuide, ...head('Nothing.', 'Nothing.') }),
    ).toEqual([]);
  });
});

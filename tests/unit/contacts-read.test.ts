/** Reading a contact file: the names a finding carries, the directory it leaves out, the path it shows. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Contacts = typeof import('../../src/lib/contacts.ts');
let CONTACTS_ENV: Contacts['CONTACTS_ENV'];
let CONTACTS_EXAMPLE: Contacts['CONTACTS_EXAMPLE'];
let contactFilesToCheck: Contacts['contactFilesToCheck'];
let readContacts: Contacts['readContacts'];
// The names (the variable, the example, the rule id) are set when the module loads: each test
// loads it afresh, so that they are set inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ CONTACTS_ENV, CONTACTS_EXAMPLE, contactFilesToCheck, readContacts } = await import('../../src/lib/contacts.ts'));
});

const DIR = 'tests/fixtures/contacts';
const work = mkdtempSync(join(process.cwd(), 'tmp-contacts-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the names the contact file goes by', () => {
  it('the variable is HANDBOOK_CONTACTS and the example is contacts.example.yaml', () => {
    expect(CONTACTS_ENV).toBe('HANDBOOK_CONTACTS');
    expect(CONTACTS_EXAMPLE).toBe('contacts.example.yaml');
    expect(contactFilesToCheck(true, { HANDBOOK_CONTACTS: 'c.yaml' })).toEqual(['contacts.example.yaml', 'c.yaml']);
  });
});

describe('a role the handbook does not have', () => {
  it('is a finding of rule `contacts` with the nearest ids, and is left out of the directory', () => {
    const file = join(work, 'mixed.yaml');
    writeFileSync(
      file,
      'roles:\n  department-haed:\n    - { name: A, phone: "010-5555-0101" }\n  ops-engineer:\n    - { name: B, phone: "010-5555-0102" }\n',
    );
    const { directory, findings } = readContacts(file, ['department-head', 'ops-engineer']);
    expect(findings).toEqual([
      {
        rule: 'contacts',
        severity: 'error',
        file: join(work, 'mixed.yaml').slice(process.cwd().length + 1),
        line: 2,
        column: 3,
        message: '`roles.department-haed` is not a role of the handbook',
        hint: 'did you mean `department-head`, `ops-engineer`?',
      },
    ]);
    expect([...directory.keys()]).toEqual(['ops-engineer']);
  });

  it('with no role id to suggest, the hint says what a role id is', () => {
    const { directory, findings } = readContacts(`${DIR}/unknown-role.yaml`, []);
    expect(findings).toEqual([
      {
        rule: 'contacts',
        severity: 'error',
        file: `${DIR}/unknown-role.yaml`,
        line: 2,
        column: 3,
        message: '`roles.department-haed` is not a role of the handbook',
        hint: 'use a role id: a file name of src/content/roles/ without `.yaml`',
      },
    ]);
    expect(directory.size).toBe(0);
  });
});

describe('the path a finding shows', () => {
  it('an absolute path inside the working folder is shown relative to it', () => {
    const absolute = resolve(DIR, 'no-such-file.yaml');
    const { findings } = readContacts(absolute, []);
    expect(findings.map((f) => f.file)).toEqual([`${DIR}/no-such-file.yaml`]);
    expect(findings.map((f) => f.rule)).toEqual(['contacts']);
    expect(findings.map((f) => f.message)).toEqual([
      'the contact file named by HANDBOOK_CONTACTS: the file cannot be read (ENOENT)',
    ]);
  });

  it('a file that is not UTF-8 is placed at its first bad byte', () => {
    const file = join(work, 'latin1.yaml');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('ops-engineer:\n  - name: Jos'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const [finding] = readContacts(file, []).findings;
    expect(finding).toMatchObject({ rule: 'contacts', line: 2, column: 14 });
    expect(finding!.message).toMatch(/^the contact file named by HANDBOOK_CONTACTS: invalid UTF-8 at byte 27 /);
  });

  it('an absolute path outside the working folder is shown as given', () => {
    const outside = '/nonexistent-handbook-contacts/c.yaml';
    const { findings } = readContacts(outside, []);
    expect(findings.map((f) => f.file)).toEqual([outside]);
  });
});

/**
 * The contact directory (src/lib/contacts.ts, rule `contacts`): one fixture file per bad input in
 * tests/fixtures/contacts/, each reported with file, line, column and a fix; a good file becomes the
 * directory the pages render, with `tel:` addresses.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { CONTACTS_EXAMPLE, contactFilesToCheck, readContacts } from '../../src/lib/contacts.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { realModel } from '../fixtures/generated/model.ts';

const DIR = 'tests/fixtures/contacts';
const report = (file: string) =>
  checkContent({ contentDir: `${DIR}/content`, today: '2027-01-01', contactFiles: [`${DIR}/${file}`] }).findings.map(
    formatFinding,
  );

describe('a good contact file', () => {
  it('gives each role its people in order, with the number as a tel: address', () => {
    const { directory, findings } = readContacts(`${DIR}/good.yaml`, ['department-head', 'ops-engineer']);
    expect(findings).toEqual([]);
    expect(directory.get('department-head')).toEqual([
      { name: 'Test Head 测试负责人', phone: '+86 10 5555 0103', wecom: 'test.head', tel: 'tel:+861055550103' },
      { name: 'Test Deputy', phone: '010-5555-0199', tel: 'tel:01055550199' },
    ]);
    expect(directory.get('ops-engineer')?.map((p) => p.tel)).toEqual(['tel:+861055550101']);
    expect(report('good.yaml')).toEqual([]);
  });

  it('the example in the repository is valid against the real roles', () => {
    const roles = realModel()
      .all('roles')
      .map((r) => r.id);
    const { directory, findings } = readContacts(CONTACTS_EXAMPLE, roles);
    expect(findings).toEqual([]);
    expect(directory.get('department-head')?.length).toBe(1);
  });

  it('is checked: the example with the handbook’s own content, the file HANDBOOK_CONTACTS names always', () => {
    expect(contactFilesToCheck(true, {})).toEqual([CONTACTS_EXAMPLE]);
    expect(contactFilesToCheck(false, { HANDBOOK_CONTACTS: '/secure/c.yaml' })).toEqual(['/secure/c.yaml']);
    expect(contactFilesToCheck(true, { HANDBOOK_CONTACTS: '/secure/c.yaml' })).toEqual([
      CONTACTS_EXAMPLE,
      '/secure/c.yaml',
    ]);
  });
});

describe('bad contact files, each reported at its line', () => {
  it('an unknown role id, with the nearest ids', () => {
    expect(report('unknown-role.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/unknown-role.yaml:2:3  contacts  \`roles.department-haed\` is not a role of the handbook  (did you mean \`department-head\`, \`ops-engineer\`, \`security-auditor\`?)",
      ]
    `);
  });
  it('a phone number that is not one, and one too short', () => {
    expect(report('bad-phone.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/bad-phone.yaml:3:26  contacts  field \`roles.department-head.0.phone\`: a phone number is digits with an optional leading \`+\`, groups separated by one space or hyphen (got "call 5555 0103")  (write the number as dialled, e.g. \`+86 10 5555 0101\` or \`010-5555-0101\`)",
        "tests/fixtures/contacts/bad-phone.yaml:5:29  contacts  field \`roles.ops-engineer.0.phone\`: a phone number has 5 to 15 digits (got "1234")  (write the number as dialled, e.g. \`+86 10 5555 0101\` or \`010-5555-0101\`)",
      ]
    `);
  });
  it('a WeCom id with a space', () => {
    expect(report('bad-wecom.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/bad-wecom.yaml:3:53  contacts  field \`roles.department-head.0.wecom\`: a WeCom id is letters, digits and \`. _ @ -\`, at most 64 characters (got "test head")  (the account id from the WeCom admin console, e.g. \`zhang.wei\`)",
      ]
    `);
  });
  it('a misnamed field: the phone is missing and the unknown key is named', () => {
    expect(report('missing-phone.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/missing-phone.yaml:3:7  contacts  field \`roles.department-head.0.phone\` is required but missing  (write the number as dialled, e.g. \`+86 10 5555 0101\` or \`010-5555-0101\`)",
        "tests/fixtures/contacts/missing-phone.yaml:4:7  contacts  field \`roles.department-head.0.mobile\` is not part of the schema  (see contacts.example.yaml for the shape: \`roles: { <role-id>: [{ name, phone, wecom }] }\`)",
      ]
    `);
  });
  it('a role with nobody', () => {
    expect(report('empty-role.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/empty-role.yaml:2:3  contacts  field \`roles.department-head\`: Too small: expected array to have >=1 items (got [])  (see contacts.example.yaml for the shape: \`roles: { <role-id>: [{ name, phone, wecom }] }\`)",
      ]
    `);
  });
  it('malformed YAML', () => {
    expect(report('malformed.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/malformed.yaml:4:1  contacts  malformed YAML: Flow map in block collection must be sufficiently indented and end with a }",
      ]
    `);
  });
  it('a file that does not exist', () => {
    expect(report('no-such-file.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/contacts/no-such-file.yaml  contacts  the contact file named by HANDBOOK_CONTACTS: the file cannot be read (ENOENT)  (set HANDBOOK_CONTACTS to the path of a readable YAML file, or unset it to build without numbers)",
      ]
    `);
  });
});

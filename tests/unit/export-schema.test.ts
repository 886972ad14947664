/**
 * The export's JSON Schema, compiled in each test (so that Stryker counts the tests that refuse a
 * document as covering the schema's code): what it refuses, and what it says each part is.
 */
import Ajv from 'ajv';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { policyModelJsonSchema } from '../../src/lib/export/json-schema.ts';
import { buildPolicyModelExport } from '../../src/lib/export/policy-model.ts';

/** The clean fixture's export as a reader gets it: through JSON. */
const valid = () => {
  const { model } = checkContent({ contentDir: 'tests/fixtures/clean/content' });
  return JSON.parse(JSON.stringify(buildPolicyModelExport(model)));
};

describe('the schema', () => {
  let schema: any;
  /** What the schema built in this test says of `data`. */
  let refusals: (data: unknown) => string[];
  beforeEach(() => {
    schema = policyModelJsonSchema();
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
    refusals = (data) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));
  });

  it('accepts the clean fixture’s export', () => {
    expect(refusals(valid())).toEqual([]);
  });

  it('refuses a separation rule with neither pair, naming both and the rule that wants one', () => {
    const data = valid();
    delete data.separation[0].roles;
    delete data.separation[0].permissions;
    expect(refusals(data)).toEqual([
      "/separation/0 must have required property 'roles'",
      "/separation/0 must have required property 'permissions'",
      '/separation/0 must match exactly one schema in oneOf',
    ]);
  });

  it('rejects a page path that does not start and end with a slash, and a reference from an empty field', () => {
    const data = valid();
    data.roles[0].url = 'roles/ceo/';
    data.roles[1].url = '/roles/ceo';
    data.edges[0].field = '';
    expect(refusals(data)).toEqual([
      '/roles/0/url must match pattern "^\\/.*\\/$"',
      '/roles/1/url must match pattern "^\\/.*\\/$"',
      '/edges/0/field must NOT have fewer than 1 characters',
    ]);
  });

  it('rejects a clause basis with more than a clause and quotes, or an empty quote', () => {
    const data = valid();
    const quoted = data.permissions.findIndex((p: any) => typeof p.basis === 'object');
    data.permissions[quoted].basis.note = 'x';
    expect(refusals(data)).toContain(`/permissions/${quoted}/basis must NOT have additional properties`);
    delete data.permissions[quoted].basis.note;
    data.permissions[quoted].basis.quotes = [''];
    expect(refusals(data)).toContain(`/permissions/${quoted}/basis/quotes/0 must NOT have fewer than 1 characters`);
    data.permissions[quoted].basis = { clause: 'four', quotes: ['x'] };
    expect(refusals(data).join('\n')).toMatch(`/permissions/${quoted}/basis/clause must match pattern`);
  });

  it('says what every part is: a title, and a description wherever one is given, never an empty one', () => {
    expect(schema.title).toBe('Hotel IT policy handbook: the policy model');
    expect(schema.description).toMatch(/^The whole resolved graph of the handbook \(\/exports\/policy-model\.json\)/);
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          // (a kind's field named `description`, permissions' for one, is a schema, not a description)
          if (k === 'description' && typeof v === 'string' && v.trim() === '') empty.push(path);
          walk(v, `${path}/${k}`);
        }
    };
    walk(schema, '');
    expect(empty).toEqual([]);
    expect(schema.definitions.bilingual.description).toBe(
      'A short text in both languages; the zh-CN text is authoritative.',
    );
    expect(schema.definitions.basis.description).toMatch(/^Why an item exists: `proposed` when the handbook adds it/);
    expect(schema.properties.format.description).toMatch(/^Version of this format/);
    expect(schema.properties.edges.description).toMatch(/^Every reference of the graph/);
    expect(schema.properties.edges.items.properties.field.description).toMatch(/^Field path of the reference/);
    expect(schema.properties.roles.items.properties.url.description).toBe("Path of the entry's page on the site.");
  });

  it('describes what the export derives for each kind: parameters of a clause, users of a parameter and an assumption, a plan’s runbooks, body references', () => {
    const item = (c: string) => schema.properties[c].items;
    const says = (c: string, field: string) => item(c).properties?.[field]?.description ?? '';
    expect(says('clauses', 'parameters')).toMatch(/^Derived: ids of the parameters/);
    expect(says('parameters', 'usedBy')).toMatch(/^Derived: entries that use the parameter/);
    expect(says('assumptions', 'usedBy')).toMatch(/^Derived: entries that reference the assumption/);
    expect(says('plans', 'runbooks')).toMatch(/^Derived: ids of the runbooks the plan uses/);
    expect(says('runbooks', 'references')).toBe('Derived: entries the MDX body refers to.');
    expect(item('clauses').required).toContain('parameters');
  });
});

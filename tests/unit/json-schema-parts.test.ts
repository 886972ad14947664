/** The published JSON Schema part by part: an entry's translations, its derived fields, its next review, and where a basis is. */
import Ajv from 'ajv';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_KINDS } from '../../src/schemas/checklist.ts';

let policyModelJsonSchema: typeof import('../../src/lib/export/json-schema.ts').policyModelJsonSchema;
// The schema's parts (the id patterns, their descriptions) are built when the module loads: each
// test loads it afresh, so they are built inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ policyModelJsonSchema } = await import('../../src/lib/export/json-schema.ts'));
});

type Schema = Record<string, unknown> & { properties: Record<string, Schema>; items: Schema; required?: string[] };
/** The schema of one exported entry of `collection`. */
const entryOf = (collection: string): Schema =>
  (policyModelJsonSchema() as unknown as Schema).properties[collection]!.items;

describe("an entry's translations", () => {
  it('are an object with one optional translation per translated locale: its status, the parts changed and the prose fields', () => {
    expect(entryOf('roles').properties['translations']).toEqual({
      description:
        "Each translated locale's prose fields of the entry, for the locales that have a translation of it (empty when none has). Bodies are not exported, in any language.",
      type: 'object',
      properties: {
        'zh-cn': {
          description: "The entry's zh-cn translation.",
          type: 'object',
          properties: {
            status: {
              description:
                "Derived: `outdated` when the source's prose fields or body changed since the translation was made from it.",
              type: 'string',
              enum: ['current', 'outdated'],
            },
            changed: {
              description: 'Derived: the parts of the source changed since, for an outdated translation.',
              type: 'array',
              items: { type: 'string', enum: ['fields', 'body'] },
            },
            fields: {
              description:
                'The translated prose fields by field path (`summary`, `responsibilities.0.text`), each a plain text; a path the translation lacks is absent.',
              type: 'object',
              propertyNames: {
                type: 'string',
                pattern: '^(?:summary|responsibilities\\.[0-9]+\\.text|training\\.[0-9]+\\.topic)$',
              },
              additionalProperties: { type: 'string', minLength: 1 },
            },
          },
          required: ['status', 'fields'],
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    });
  });

  it("name exactly the kind's prose paths, a `*` of the path standing for an item's number", () => {
    const fields = new Ajv({ strict: false }).compile(
      entryOf('roles').properties['translations']!.properties['zh-cn']!.properties['fields']!,
    );
    for (const name of ['summary', 'responsibilities.0.text', 'responsibilities.12.text', 'training.3.topic'])
      expect(fields({ [name]: '译文' }), name).toBe(true);
    for (const name of [
      'summaryX',
      'a summary',
      'responsibilities.x.text',
      'responsibilities..text',
      'responsibilities0text',
      'responsibilities.0.text.more',
      'responsibilities.*.text',
      'summaryresponsibilities.0.text',
      'basis',
    ])
      expect(fields({ [name]: '译文' }), name).toBe(false);
    expect(fields({ summary: '' })).toBe(false);
  });

  it('name the prose paths of each kind: a permission its description and conditions', () => {
    const fields = entryOf('permissions').properties['translations']!.properties['zh-cn']!.properties['fields']!;
    expect(fields['propertyNames']).toEqual({ type: 'string', pattern: '^(?:description|conditions)$' });
  });
});

describe('an exported entry', () => {
  it('starts with its id and url, and carries its translations and the fields derived for its kind', () => {
    const role = entryOf('roles');
    expect(Object.keys(role.properties).slice(0, 2)).toEqual(['id', 'url']);
    expect(role.properties['id']).toEqual({ $ref: '#/definitions/id' });
    expect(role.properties['permissions']).toEqual({
      description: 'Derived: ids of the permissions granted to the role.',
      type: 'array',
      items: { $ref: '#/definitions/id' },
    });
    expect(role.required).toEqual(expect.arrayContaining(['id', 'url', 'translations', 'permissions', 'document']));
    expect(entryOf('clauses').properties['id']).toEqual({ $ref: '#/definitions/clauseId' });
  });

  it('has a document with its next review, derived and written as a date', () => {
    const document = entryOf('roles').properties['document']!;
    expect(document.properties['nextReview']).toEqual({
      description: 'Derived: `reviewed` plus `reviewEveryMonths`; past it the document is overdue.',
      allOf: [{ $ref: '#/definitions/date' }],
    });
    expect(document.required).toContain('nextReview');
  });

  it('refers to the one definition of a basis wherever the content has one', () => {
    expect(entryOf('permissions').properties['basis']).toEqual({ $ref: '#/definitions/basis' });
    expect(entryOf('controls').properties['basis']).toEqual({ $ref: '#/definitions/basis' });
  });

  it('of a kind written in several shapes is one of those shapes, each with its id, url and translations', () => {
    const checklist = entryOf('checklists') as unknown as { anyOf: Schema[] };
    expect(checklist.anyOf.map((shape) => shape.properties['kind'])).toEqual(
      CHECKLIST_KINDS.map((kind) => ({ type: 'string', const: kind })),
    );
    for (const shape of checklist.anyOf) {
      expect(Object.keys(shape.properties).slice(0, 2)).toEqual(['id', 'url']);
      expect(Object.keys(shape.properties['translations']!.properties)).toEqual(['zh-cn']);
    }
  });
});

describe('the ids the schema defines once', () => {
  const valid = (definition: string, value: unknown) => {
    const schema = policyModelJsonSchema() as unknown as { definitions: Record<string, unknown> };
    return new Ajv({ strict: false }).compile({ definitions: schema.definitions, $ref: `#/definitions/${definition}` })(
      value,
    );
  };

  it('an entry id is kebab-case, as its file is named, and says so', () => {
    // (a hyphen at the end passes, as the content's own schema lets it)
    for (const id of ['ops-engineer', 'l1-architect', '7-day-report', 'a', 'ops-'])
      expect(valid('id', id), id).toBe(true);
    for (const id of ['Ops-engineer', '-ops', 'ops_engineer', 'ops engineer', 'ops.engineer', '', 'ok\nno'])
      expect(valid('id', id), JSON.stringify(id)).toBe(false);
    const definitions = (
      policyModelJsonSchema() as unknown as { definitions: Record<string, { description?: string }> }
    ).definitions;
    expect(definitions['id']!.description).toBe('An entry id: kebab-case, the file name of the entry.');
  });

  it('a date is YYYY-MM-DD, a collection one of the model’s, a pointer a collection and an id; each says so', () => {
    for (const date of ['2026-11-01', '1999-12-31']) expect(valid('date', date), date).toBe(true);
    for (const date of ['2026-1-01', '2026-11-1', '26-11-01', 'x2026-11-01', '2026-11-01x', 'abcd-ef-gh', '2026/11/01'])
      expect(valid('date', date), date).toBe(false);
    expect(valid('collection', 'roles')).toBe(true);
    expect(valid('collection', 'role')).toBe(false);
    expect(valid('pointer', { collection: 'roles', id: 'ops-engineer' })).toBe(true);
    expect(valid('pointer', { collection: 'clauses', id: '3.1' })).toBe(true);
    for (const pointer of [
      { collection: 'roles', id: '' },
      { collection: 'roles' },
      { id: 'x' },
      {},
      { collection: 'roles', id: 'x', more: 1 },
    ])
      expect(valid('pointer', pointer), JSON.stringify(pointer)).toBe(false);
    const definitions = (
      policyModelJsonSchema() as unknown as { definitions: Record<string, { description?: string }> }
    ).definitions;
    expect(definitions['date']!.description).toBe('A calendar date, YYYY-MM-DD.');
    expect(definitions['collection']!.description).toBe('A collection of the model.');
    expect(definitions['clauseId']!.description).toBe('A clause id as in the policy: `0`, `3.1`, `8`.');
    expect(definitions['pointer']!.description).toBe(
      'A reference to an entry of any collection (a clause id for clauses).',
    );
  });

  it('a clause id is numbers joined by dots, as in the policy', () => {
    for (const id of ['0', '3.1', '12.10.2']) expect(valid('clauseId', id), id).toBe(true);
    for (const id of ['3.', '.1', '3..1', 'a', '3-1', '3.1a', 'x3.1', ''])
      expect(valid('clauseId', id), JSON.stringify(id)).toBe(false);
  });
});

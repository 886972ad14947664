/**
 * The JSON Schema of the policy model export (`/exports/policy-model.schema.json`), generated
 * from the content schemas with zod's JSON Schema output, so it cannot drift from what the
 * loader accepts. The export writes every reference as the id of its target, so the schemas are
 * built here with a reference function that is an id; the fields the export adds (`id`, `url`,
 * `document.nextReview` and the derived lists of `exportEntry`) are described once, below.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, REGISTRY, type CollectionName } from '../collections.ts';
import { TRANSLATED_LOCALES } from '../routes.ts';
import { hasDottedIds } from '../content/files.ts';
import { bilingual, isoDate, makeSchemas, type RefFactory } from '../../schemas/index.ts';
import { POLICY_MODEL_FORMAT, POLICY_MODEL_SCHEMA_URL } from './policy-model.ts';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** What the schema says about a part: a description, and an id for the parts it names once (`#/definitions/<id>`). */
const metadata = z.registry<{ id?: string; description: string }>();
const define = <S extends z.ZodType>(schema: S, id: string, description: string): S => {
  metadata.add(schema, { id, description });
  return schema;
};
const described = <S extends z.ZodType>(schema: S, description: string): S => {
  metadata.add(schema, { description });
  return schema;
};

const entryId = define(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  'id',
  'An entry id: kebab-case, the file name of the entry.',
);
const clauseId = define(
  z.string().regex(/^[0-9]+(\.[0-9]+)*$/),
  'clauseId',
  'A clause id as in the policy: `0`, `3.1`, `8`.',
);
const date = define(z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/), 'date', 'A calendar date, YYYY-MM-DD.');
const collection = define(z.enum(COLLECTIONS), 'collection', 'A collection of the model.');
const pointer = define(
  z.strictObject({ collection, id: z.string().min(1) }),
  'pointer',
  'A reference to an entry of any collection (a clause id for clauses).',
);
define(bilingual, 'bilingual', 'A short text in both languages; the zh-CN text is authoritative.');

/** A reference, as the export writes it: the id of its target. */
const idRef = (<C extends CollectionName>(target: C) =>
  hasDottedIds(target) ? clauseId : entryId) as unknown as RefFactory;

/** What the export adds to every entry, and to the entries of some collections (see `exportEntry`). */
const added = {
  url: described(z.string().regex(/^\/.*\/$/), "Path of the entry's page on the site."),
  nextReview: described(date.clone(), 'Derived: `reviewed` plus `reviewEveryMonths`; past it the document is overdue.'),
};
const bodyReferences = (): z.ZodType => described(z.array(pointer), 'Derived: entries the MDX body refers to.');
const derived: Partial<Record<CollectionName, z.ZodObject>> = {
  clauses: z.object({ parameters: described(z.array(entryId), 'Derived: ids of the parameters the text uses.') }),
  roles: z.object({ permissions: described(z.array(entryId), 'Derived: ids of the permissions granted to the role.') }),
  parameters: z.object({
    usedBy: described(
      z.array(pointer),
      'Derived: entries that use the parameter (clause text markers, `<Param>` in bodies, cadences).',
    ),
  }),
  assumptions: z.object({
    usedBy: described(
      z.array(pointer),
      'Derived: entries that reference the assumption (`{assumption: id}` markers, `<Assumption>` in bodies).',
    ),
  }),
  ...Object.fromEntries(REGISTRY.mdx.map((c) => [c, z.object({ references: bodyReferences() })])),
  plans: z.object({
    references: bodyReferences(),
    runbooks: described(
      z.array(entryId),
      'Derived: ids of the runbooks the plan uses, those its body refers to, in order of first mention.',
    ),
  }),
};
/** A kind's prose paths (`responsibilities.*.text`) as one pattern over field paths (`responsibilities.0.text`). */
const prosePaths = (c: CollectionName): RegExp =>
  new RegExp(
    `^(?:${REGISTRY.prose[c]
      .map((p) =>
        p
          .split('.')
          .map((part) => (part === '*' ? '[0-9]+' : part))
          .join('\\.'),
      )
      .join('|')})$`,
  );

/** What the export adds to every entry: its translations, per translated locale. */
const translations = (c: CollectionName) =>
  described(
    z.strictObject(
      Object.fromEntries(
        TRANSLATED_LOCALES.map((locale) => [
          locale,
          described(
            z.strictObject({
              status: described(
                z.enum(['current', 'outdated']),
                "Derived: `outdated` when the source's prose fields or body changed since the translation was made from it.",
              ),
              changed: described(
                z.array(z.enum(['fields', 'body'])).optional(),
                'Derived: the parts of the source changed since, for an outdated translation.',
              ),
              fields: described(
                z.record(z.string().regex(prosePaths(c)), z.string().min(1)),
                'The translated prose fields by field path (`summary`, `responsibilities.0.text`), each a plain text; a path the translation lacks is absent.',
              ),
            }),
            `The entry's ${locale} translation.`,
          ).optional(),
        ]),
      ),
    ),
    "Each translated locale's prose fields of the entry, for the locales that have a translation of it (empty when none has). Bodies are not exported, in any language.",
  );

const edge = z.strictObject({
  from: pointer,
  to: pointer,
  field: described(z.string().min(1), 'Field path of the reference, e.g. `grantees.1`, `text.zh`, `body`.'),
});

/**
 * A basis as the export writes it: `proposed`, or the clause with each quote in the clause's own
 * characters (the content schema's basis is a transform, which JSON Schema cannot state).
 */
const BASIS_DEFINITION: JsonSchema = {
  description:
    "Why an item exists: `proposed` when the handbook adds it, or the clause that says it with the quoted spans of that clause's `text.zh` (verbatim up to white space and the width of punctuation). `quotes` is empty only for a basis not yet quoted, which the checker reports.",
  anyOf: [
    { const: 'proposed' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['clause', 'quotes'],
      properties: {
        clause: { $ref: '#/definitions/clauseId' },
        quotes: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  ],
};

/** The content schemas' basis: a union whose first option is the literal `proposed`. */
function isBasis(schema: z.ZodType): boolean {
  const def = (schema as unknown as { _zod: { def: { type: string; options?: z.ZodType[] } } })._zod.def;
  const first = def.type === 'union' ? def.options?.[0] : undefined;
  return first instanceof z.ZodLiteral && first.values.has('proposed');
}

const toJson = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    metadata,
    unrepresentable: 'any',
    // a date may come from YAML as a Date, but the export always writes YYYY-MM-DD
    override: (ctx) => {
      const ref =
        ctx.zodSchema === isoDate ? 'date' : isBasis(ctx.zodSchema as unknown as z.ZodType) ? 'basis' : undefined;
      if (!ref) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, { $ref: `#/definitions/${ref}` });
    },
  }) as JsonSchema;

/**
 * The refinements of the content schemas that JSON Schema can state but zod cannot translate (a
 * refinement is code): each restated here, and pinned by a test of the schema against the export.
 */
const REFINEMENTS: Partial<Record<CollectionName, JsonSchema>> = {
  // separationSchema: exactly one of `roles` and `permissions`
  separation: { oneOf: [{ required: ['roles'] }, { required: ['permissions'] }] },
};

/**
 * One exported entry of `c`: `id` and `url` first, then its fields as the loader outputs them
 * (references as ids), then what is derived. A kind written in several shapes (a union on `kind`)
 * gets each shape so.
 */
function entrySchema(c: CollectionName, data: z.ZodType): z.ZodType {
  if (data instanceof z.ZodObject) {
    const { document, ...fields } = data.shape as Record<string, z.ZodType> & { document: z.ZodObject };
    return z.strictObject({
      id: hasDottedIds(c) ? clauseId : entryId,
      url: added.url,
      ...fields,
      document: document.extend({ nextReview: added.nextReview }),
      translations: translations(c),
      ...(derived[c]?.shape ?? {}),
    });
  }
  const options = (data as unknown as { options?: z.ZodType[] }).options;
  if (!options)
    throw new Error(
      `the export's schema cannot describe \`${c}\`: its schema is neither an object nor a union of objects`,
    );
  return z.union(options.map((option) => entrySchema(c, option)));
}

/** The schema, as the site publishes it. */
export function policyModelJsonSchema(): JsonSchema {
  const schemas = makeSchemas(idRef) as unknown as Record<CollectionName, z.ZodType>;
  const root = z.strictObject({
    $schema: z.string(),
    format: described(z.literal(POLICY_MODEL_FORMAT), 'Version of this format; bumped on breaking changes.'),
    ...Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(entrySchema(c, schemas[c]))])),
    edges: described(
      z.array(edge),
      'Every reference of the graph: frontmatter fields, clause text markers (`text.zh`, `text.en`) and MDX bodies (`body`).',
    ),
  });
  const { $schema, ...json } = toJson(root);
  json.definitions = { ...(json.definitions as Record<string, JsonSchema>), basis: BASIS_DEFINITION };
  for (const [c, rule] of Object.entries(REFINEMENTS)) Object.assign(json.properties![c]!.items as JsonSchema, rule);
  return {
    $schema,
    $id: POLICY_MODEL_SCHEMA_URL,
    title: 'Hotel IT policy handbook: the policy model',
    description:
      'The whole resolved graph of the handbook (/exports/policy-model.json), generated from the content schemas. Every reference is the id of its target; the field says which collection. A basis is `proposed` or a clause with the words of it quoted. Fields marked Derived are computed from the graph, not written by authors.',
    ...json,
  };
}

/** The published file: the schema as indented JSON with a final newline. */
export const policyModelJsonSchemaText = (): string => `${JSON.stringify(policyModelJsonSchema(), null, 2)}\n`;

/** An unknown field in a content file is named with the fields the schema allows at that place. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { issueToFindings } from '../../src/lib/content/load.ts';
import { parseContentFile } from '../../src/lib/content/parse.ts';
import type { Finding } from '../../src/lib/finding-report.ts';

/** The findings for `yaml` against `schema`, as the loader words them. */
function findings(schema: z.ZodType, yaml: string): Finding[] {
  const parsed = parseContentFile(yaml, 'yaml');
  const result = schema.safeParse(parsed.data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => issueToFindings(issue, 'f.yaml', parsed, schema));
}

describe('an unknown field', () => {
  it('in a list item: the item’s fields are suggested', () => {
    const schema = z.object({ list: z.array(z.object({ name: z.string() }).strict()) }).strict();
    expect(findings(schema, 'list:\n  - { name: a, nmae: b }\n')).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        file: 'f.yaml',
        line: 2,
        column: 16,
        message: 'field `list.0.nmae` is not part of the schema',
        hint: 'did you mean `name`?',
      },
    ]);
  });

  it('in one kind of a union told apart by a field: the fields of every kind are candidates', () => {
    const schema = z
      .object({
        item: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a'), alpha: z.string() }).strict(),
          z.object({ kind: z.literal('b'), beta: z.string() }).strict(),
        ]),
      })
      .strict();
    expect(findings(schema, 'item: { kind: a, alpha: x, betta: y }\n').map((f) => [f.message, f.hint])).toEqual([
      ['field `item.betta` is not part of the schema', 'did you mean `beta`, `alpha`, `kind`?'],
    ]);
  });

  it('where the schema cannot be looked into (a lazy schema), nothing is suggested', () => {
    const schema = z.object({ item: z.lazy(() => z.object({ name: z.string() }).strict()) }).strict();
    expect(findings(schema, 'item: { name: a, Stryker was her: b }\n').map((f) => [f.message, f.hint])).toEqual([
      ['field `item.Stryker was her` is not part of the schema', undefined],
    ]);
  });

  it('in an item past a tuple’s fixed items, nothing is suggested', () => {
    const schema = z.object({ pair: z.tuple([z.string()], z.object({ name: z.string() }).strict()) }).strict();
    expect(findings(schema, 'pair: [x, { name: a, Stryker was her: b }]\n').map((f) => [f.message, f.hint])).toEqual([
      ['field `pair.1.Stryker was her` is not part of the schema', undefined],
    ]);
  });

  it('a list item is found by its number only: a path naming it by text finds no fields', () => {
    const schema = z.object({ list: z.array(z.object({ name: z.string() }).strict()) }).strict();
    const parsed = parseContentFile('list:\n  - { name: a, nmae: b }\n', 'yaml');
    const issue: z.core.$ZodIssue = { code: 'unrecognized_keys', keys: ['nmae'], path: ['list', '0'], message: '' };
    expect(issueToFindings(issue, 'f.yaml', parsed, schema).map((f) => [f.message, f.hint])).toEqual([
      ['field `list.0.nmae` is not part of the schema', undefined],
    ]);
  });
});

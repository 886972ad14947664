/** Every content schema, built with one `ref` factory, and the types inferred from them. */
import type { z } from 'astro/zod';
import { localRef, type RefFactory } from './common.ts';
import { COLLECTIONS, KINDS, REGISTRY, type SchemaFactories } from '../lib/collections.ts';

export * from './common.ts';
export { COLLECTIONS };
export { PERMISSION_AREAS } from './permission.ts';
export { WEEKDAYS } from './obligation.ts';
export { CONTROL_AREAS, LAWS, type LawId } from './control.ts';
export { SEVERITIES, type Severity } from './runbook.ts';

/** Every kind's schema, built with one reference function (Astro's or the loader's). */
export function makeSchemas(ref: RefFactory) {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, KINDS[c].schema(ref)])) as {
    [C in keyof SchemaFactories]: ReturnType<SchemaFactories[C]>;
  };
}

export const schemas = makeSchemas(localRef);
type Schemas = typeof schemas;

export type DataByCollection = { [C in keyof Schemas]: z.output<Schemas[C]> };

/** Collections whose entries are MDX documents with a body; the rest are YAML data. */
export const MDX_COLLECTIONS = REGISTRY.mdx;

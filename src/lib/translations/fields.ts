/**
 * The reader-facing text fields of an entry, found by the registry's `prose` paths
 * (`responsibilities.*.text`): what a translation file holds, and what it replaces.
 */
import { KINDS, type CollectionName } from '../collections.ts';

export type FieldPath = readonly (string | number)[];

export interface ProseField {
  path: FieldPath;
  value: string;
}

/** Every string the `prose` paths of the kind reach in `data`, in path order. */
export function proseFields(collection: CollectionName, data: unknown): ProseField[] {
  return KINDS[collection].prose.flatMap((pattern) => fieldsAt(data, pattern.split('.')));
}

function fieldsAt(data: unknown, parts: readonly string[], at: FieldPath = []): ProseField[] {
  if (data === undefined || data === null) return [];
  if (parts.length === 0) return typeof data === 'string' ? [{ path: at, value: data }] : [];
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => fieldsAt(item, rest, [...at, i])) : [];
  return fieldsAt((data as Record<string, unknown>)[head], rest, [...at, head]);
}

export function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `data` with the value at each path replaced; objects and lists off the paths are shared, not copied. */
export function withValues<T>(data: T, values: readonly ProseField[]): T {
  const set = (node: unknown, path: FieldPath, value: string): unknown => {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string | number, ...(string | number)[]];
    const copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
    copy[head] = set(copy[head], rest, value);
    return copy;
  };
  return values.reduce<unknown>((node, { path, value }) => set(node, path, value), data) as T;
}

export const pathText = (path: FieldPath): string => path.join('.');

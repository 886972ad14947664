/**
 * What search can filter on, for any entry: its kind, the role that owns it and the incident
 * severities it serves. Pure TypeScript, so the pages (main index) and the Chinese companion
 * index (scripts/search-zh.ts) file every entry under exactly the same values.
 */
import { REGISTRY, type CollectionName } from './collections.ts';
import type { Entry } from './content/load.ts';
import type { Model } from './model.ts';
import { roleName } from './titles.ts';

/** The `kind` filter value of each collection's pages. Generated pages add their own (`checklist`). */
export const KIND_BY_COLLECTION: Record<CollectionName, string> = REGISTRY.kind;

/** The kinds readers filter by most, in the order the filter lists them; any other kind follows. */
export const PRIMARY_KINDS = ['policy', 'role', 'runbook', 'plan', 'control', 'checklist'] as const;

export interface Facets {
  kind: string;
  /** The English name of the role that owns the document (its document control owner). */
  owner: string;
  severity: string[];
}

/** The owner filter value: the owning role's English name, or its id if the role is unknown. */
export function ownerName(model: Model, roleId: string): string {
  return roleName(model, roleId, 'en');
}

export function facetsOf(entry: Entry, model: Model): Facets {
  const data = entry.data as { document: { owner: { id: string } } };
  let severity: string[] = [];
  if (entry.collection === 'runbooks') severity = [...(entry as Entry<'runbooks'>).data.severities];
  if (entry.collection === 'plans') severity = (entry as Entry<'plans'>).data.severities.map((s) => s.level);
  return { kind: KIND_BY_COLLECTION[entry.collection], owner: ownerName(model, data.document.owner.id), severity };
}

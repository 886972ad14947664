/**
 * What search can filter on: the kind of a page (`kind`), the role that owns an entry (`owner`, its
 * id) and the incident severities a runbook or plan serves (`severity`). The pages of both
 * languages carry the same values, so one filter narrows both indexes.
 */
import { REGISTRY, type CollectionName } from './collections.ts';

/** The `kind` filter value of each collection's pages. Generated pages add their own (`checklist`). */
export const KIND_BY_COLLECTION: Record<CollectionName, string> = REGISTRY.kind;

/** The kinds readers filter by most, in the order the filter lists them; any other kind follows. */
export const PRIMARY_KINDS = ['policy', 'role', 'runbook', 'plan', 'control', 'checklist'] as const;

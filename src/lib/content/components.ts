/** The components an MDX body may use. Reference components point at an entry by `id`. */
import type { CollectionName } from '../../schemas/index.ts';

export const REFERENCE_COMPONENTS = {
  Clause: 'clauses',
  Role: 'roles',
  Permission: 'permissions',
  Param: 'parameters',
  Obligation: 'obligations',
  Control: 'controls',
  Runbook: 'runbooks',
  Plan: 'plans',
  Assumption: 'assumptions',
} as const satisfies Record<string, CollectionName>;
export type ReferenceComponent = keyof typeof REFERENCE_COMPONENTS;

/** Layout components with no reference: numbered steps (incident mode) and callouts. */
const LAYOUT_COMPONENTS = ['Steps', 'Callout'] as const;

export const KNOWN_COMPONENTS: readonly string[] = [...Object.keys(REFERENCE_COMPONENTS), ...LAYOUT_COMPONENTS];

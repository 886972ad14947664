/** Every content schema, built with one `ref` factory, and the types inferred from them. */
import type { z } from 'astro/zod';
import { localRef, type RefFactory } from './common.ts';
import { clauseSchema } from './clause.ts';
import { roleSchema } from './role.ts';
import { permissionSchema } from './permission.ts';
import { separationSchema } from './separation.ts';
import { parameterSchema } from './parameter.ts';
import { obligationSchema } from './obligation.ts';
import { controlSchema } from './control.ts';
import { runbookSchema } from './runbook.ts';
import { planSchema } from './plan.ts';
import { guideSchema } from './guide.ts';

export * from './common.ts';
export { KEY_POSTS } from './role.ts';
export { PERMISSION_AREAS } from './permission.ts';
export { OBLIGATION_KINDS, WEEKDAYS } from './obligation.ts';
export { CONTROL_AREAS, LAWS, type LawId } from './control.ts';
export { SEVERITIES, type Severity } from './runbook.ts';

export function makeSchemas(ref: RefFactory) {
  return {
    clauses: clauseSchema(ref),
    roles: roleSchema(ref),
    permissions: permissionSchema(ref),
    separation: separationSchema(ref),
    parameters: parameterSchema(ref),
    obligations: obligationSchema(ref),
    controls: controlSchema(ref),
    runbooks: runbookSchema(ref),
    plans: planSchema(ref),
    guides: guideSchema(ref),
  };
}

export const schemas = makeSchemas(localRef);
type Schemas = typeof schemas;

export type ClauseData = z.output<Schemas['clauses']>;
export type RoleData = z.output<Schemas['roles']>;
export type PermissionData = z.output<Schemas['permissions']>;
export type SeparationData = z.output<Schemas['separation']>;
export type ParameterData = z.output<Schemas['parameters']>;
export type ObligationData = z.output<Schemas['obligations']>;
export type ControlData = z.output<Schemas['controls']>;
export type RunbookData = z.output<Schemas['runbooks']>;
export type PlanData = z.output<Schemas['plans']>;
export type GuideData = z.output<Schemas['guides']>;

export interface DataByCollection {
  clauses: ClauseData;
  roles: RoleData;
  permissions: PermissionData;
  separation: SeparationData;
  parameters: ParameterData;
  obligations: ObligationData;
  controls: ControlData;
  runbooks: RunbookData;
  plans: PlanData;
  guides: GuideData;
}

/** Collections whose entries are MDX documents with a body; the rest are YAML data. */
export const MDX_COLLECTIONS = ['runbooks', 'plans', 'guides'] as const;

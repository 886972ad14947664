/**
 * The organisation as a forest from `reportsTo`: roots are roles that report to no one; a role
 * that reports to "one of" several roles (an engineer to the L2 architect of their module) sits
 * under each of them, as the department is organised by module.
 */
import type { Bilingual } from '../schemas/index.ts';
import { basisId, type BasisId } from './basis.ts';
import type { Model } from './model.ts';
import { directReports, managersOf } from './queries/reporting.ts';
import { orderedRoles } from './queries/roles.ts';

export interface OrgNode {
  id: string;
  name: Bilingual;
  scope: 'internal' | 'external';
  /** The basis of the reporting line to the parent this node sits under. */
  basis: BasisId;
  /** True when the role reports to one of several roles, this parent being one. */
  oneOf: boolean;
  children: OrgNode[];
}

export interface OrgLine {
  from: string;
  to: string;
  basis: BasisId;
  oneOf: boolean;
}

/** Every reporting line, child → parent, for the diagram. Unknown parents are skipped (the checker reports them). */
export function reportingLines(model: Model): OrgLine[] {
  return model.all('roles').flatMap((r) =>
    managersOf(model, r).map((to) => ({
      from: r.id,
      to,
      basis: basisId(r.data.reportsToBasis),
      oneOf: r.data.reportsTo.length > 1,
    })),
  );
}

/** The forest: roots (internal first, by grade), each with its reports, recursively. A cycle stops where it repeats. */
export function orgTree(model: Model): OrgNode[] {
  const roles = orderedRoles(model);
  const childrenOf = (id: string) => orderedRoles(model, directReports(model, id));
  const build = (id: string, parentPath: string[]): OrgNode => {
    const role = model.get('roles', id)!;
    return {
      id,
      name: role.data.name,
      scope: role.data.scope,
      basis: basisId(role.data.reportsToBasis),
      oneOf: role.data.reportsTo.length > 1,
      children: parentPath.includes(id) ? [] : childrenOf(id).map((c) => build(c.id, [...parentPath, id])),
    };
  };
  const roots = roles.filter((r) => managersOf(model, r).length === 0);
  // Stryker disable next-line ArrayDeclaration: equivalent, a root starts with a path that holds no role, and no role has the id the mutant puts there
  return roots.map((r) => build(r.id, []));
}

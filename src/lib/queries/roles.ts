/**
 * Questions about roles that pages, exports and checks all ask: the order roles are listed in,
 * and which posts and permissions one person in a role holds.
 */
import type { Entry } from '../content/load.ts';
import type { Model } from '../model.ts';

export type RoleScope = 'internal' | 'external';
const SCOPES: readonly RoleScope[] = ['internal', 'external'];

/** Grade rank first (roles without a grade last), then English name. */
function compareRoles(a: Entry<'roles'>, b: Entry<'roles'>): number {
  const rank = (r: Entry<'roles'>) => r.data.grade?.rank ?? 99;
  return rank(a) - rank(b) || a.data.name.en.localeCompare(b.data.name.en, 'en');
}

/** `roles` grouped by scope, internal first, each group by grade then name; empty groups are kept. */
export function rolesByScope(roles: readonly Entry<'roles'>[]): { scope: RoleScope; roles: Entry<'roles'>[] }[] {
  return SCOPES.map((scope) => ({ scope, roles: roles.filter((r) => r.data.scope === scope).sort(compareRoles) }));
}

/** `roles` (every role of the model by default) in the handbook's order: internal by grade, then external by grade. */
export function orderedRoles(model: Model, roles: readonly Entry<'roles'>[] = model.all('roles')): Entry<'roles'>[] {
  return rolesByScope(roles).flatMap((group) => group.roles);
}

/** The roles one person in `roleId` holds: the role, then every post it also holds, transitively (breadth first). */
export function heldRoles(model: Model, roleId: string): string[] {
  const held = [roleId];
  for (let i = 0; i < held.length; i++) {
    for (const other of model.get('roles', held[i]!)?.data.alsoHolds ?? []) {
      if (model.has('roles', other.id) && !held.includes(other.id)) held.push(other.id);
    }
  }
  return held;
}

/** Every permission a role holds: directly, or through a post it also holds (`via`). */
export function heldPermissions(model: Model, roleId: string): Map<string, { via?: string }> {
  const held = new Map<string, { via?: string }>();
  const sources = heldRoles(model, roleId);
  for (const permission of model.all('permissions')) {
    const grantees = permission.data.grantees.map((g) => g.id);
    const source = sources.find((s) => grantees.includes(s));
    if (source !== undefined) held.set(permission.id, source === roleId ? {} : { via: source });
  }
  return held;
}

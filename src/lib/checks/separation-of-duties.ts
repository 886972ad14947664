import type { Entry } from '../content/load.ts';
import type { Model } from '../model.ts';
import type { Finding } from '../findings.ts';
import { basisText, finding } from './finding.ts';
import type { Check } from './types.ts';

/** The roles one person in `roleId` holds: the role, and every post it also holds, transitively. */
function heldRoles(model: Model, roleId: string): Set<string> {
  const held = new Set([roleId]);
  const queue = [roleId];
  while (queue.length) {
    for (const other of model.get('roles', queue.shift()!)?.data.alsoHolds ?? []) {
      if (model.has('roles', other.id) && !held.has(other.id)) {
        held.add(other.id);
        queue.push(other.id);
      }
    }
  }
  return held;
}

/** Where `role` lists the `alsoHolds` entry that brings in `target` (directly or further down). */
function alsoHoldsEntry(model: Model, role: Entry<'roles'>, target: string): number {
  const i = role.data.alsoHolds.findIndex((h) => heldRoles(model, h.id).has(target));
  return Math.max(i, 0);
}

const quote = (id: string) => `\`${id}\``;

/**
 * Separation of duties: no role, on its own or through the posts it also holds
 * (`alsoHolds`), holds both roles or both permissions of a rule. A violation is reported at
 * the role where it arises, not again at every role that also holds that role.
 */
export const separationOfDuties: Check = {
  id: 'separation-of-duties',
  description: 'a role holding, itself or through alsoHolds, a pair that separation of duties forbids',
  run({ model }) {
    const roles = model.all('roles');
    const held = new Map(roles.map((r) => [r.id, heldRoles(model, r.id)]));
    const grants = new Map<string, Set<string>>();
    for (const p of model.all('permissions')) {
      for (const g of p.data.grantees) grants.set(g.id, new Set([...(grants.get(g.id) ?? []), p.id]));
    }
    /** Which held role gives `roleId` the permission, itself first. */
    const sourceOf = (roleId: string, permission: string): string | undefined =>
      [...held.get(roleId)!].find((h) => grants.get(h)?.has(permission));

    const findings: Finding[] = [];
    for (const rule of model.all('separation')) {
      const clause = basisText(rule.data.basis);
      const holdsPair = (roleId: string): boolean =>
        rule.data.roles
          ? rule.data.roles.every((r) => held.get(roleId)!.has(r.id))
          : rule.data.permissions!.every((p) => sourceOf(roleId, p.id) !== undefined);
      const [a, b] = (rule.data.roles ?? rule.data.permissions!).map((r) => r.id) as [string, string];
      if (a === b) continue;
      for (const role of roles) {
        if (!holdsPair(role.id)) continue;
        // reported at the held role that has the pair itself (once, where roles hold each other)
        const below = (h: string) => h !== role.id && holdsPair(h) && (!held.get(h)!.has(role.id) || h < role.id);
        if ([...held.get(role.id)!].some(below)) continue;
        if (rule.data.roles) {
          const other = role.id === a ? b : a;
          findings.push(
            finding(
              'separation-of-duties',
              { file: role.file, position: role.locate(['alsoHolds', alsoHoldsEntry(model, role, other)]) },
              role.id === a || role.id === b
                ? `role ${quote(role.id)} also holds ${quote(other)}: separation rule ${quote(rule.id)} forbids one person to hold both ${quote(a)} and ${quote(b)} (${clause})`
                : `role ${quote(role.id)} also holds both ${quote(a)} and ${quote(b)}: separation rule ${quote(rule.id)} forbids that pair (${clause})`,
              'drop the `alsoHolds` entry, or give the duties to different people',
            ),
          );
          continue;
        }
        const fromA = sourceOf(role.id, a)!;
        const fromB = sourceOf(role.id, b)!;
        const via = [fromA, fromB].filter((h) => h !== role.id);
        const how = via.length ? ` (${[[a, fromA], [b, fromB]].filter(([, h]) => h !== role.id).map(([p, h]) => `${quote(p!)} through ${quote(h!)}`).join(', ')}, which it also holds)` : '';
        let where;
        if (via.length) where = { file: role.file, position: role.locate(['alsoHolds', alsoHoldsEntry(model, role, via[0]!)]) };
        else {
          const permission = model.get('permissions', b)!;
          const index = permission.data.grantees.findIndex((g) => g.id === role.id);
          where = { file: permission.file, position: permission.locate(['grantees', index]) };
        }
        findings.push(
          finding(
            'separation-of-duties',
            where,
            `role ${quote(role.id)} holds both ${quote(a)} and ${quote(b)}${how}: separation rule ${quote(rule.id)} forbids that pair (${clause})`,
            via.length ? 'drop the `alsoHolds` entry, or take one permission away' : `take one of the two permissions away from ${quote(role.id)}`,
          ),
        );
      }
    }
    return findings;
  },
};

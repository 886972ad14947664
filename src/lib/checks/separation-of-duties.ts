import type { Entry } from '../content/load.ts';
import type { Model } from '../model.ts';
import type { Finding } from '../finding-report.ts';
import { heldRoles as heldRoleList } from '../queries/roles.ts';
import { basisText, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** The roles one person in `roleId` holds, as a set. */
const heldRoles = (model: Model, roleId: string): Set<string> => new Set(heldRoleList(model, roleId));

/** Where `role` lists the `alsoHolds` entry that brings in `target` (directly or further down). */
function alsoHoldsEntry(model: Model, role: Entry<'roles'>, target: string): number {
  const i = role.data.alsoHolds.findIndex((h) => heldRoles(model, h.id).has(target));
  return Math.max(i, 0);
}

const quote = (id: string) => `\`${id}\``;

/** Who holds what: the posts each role also holds (transitively), and the roles each permission is granted to. */
function holdings(model: Model) {
  const held = new Map(model.all('roles').map((r) => [r.id, heldRoles(model, r.id)]));
  const grants = new Map<string, Set<string>>();
  for (const p of model.all('permissions')) {
    for (const g of p.data.grantees) grants.set(g.id, new Set([...(grants.get(g.id) ?? []), p.id]));
  }
  return {
    held: (roleId: string) => held.get(roleId)!,
    /** The held role that gives `roleId` the permission, the role itself first; undefined if none does. */
    sourceOf: (roleId: string, permission: string) =>
      [...held.get(roleId)!].find((h) => grants.get(h)?.has(permission)),
  };
}

/**
 * Separation of duties: no role, on its own or through the posts it also holds
 * (`alsoHolds`), holds both roles or both permissions of a rule. A violation is reported at
 * the role where it arises, not again at every role that also holds that role.
 */
export const separationOfDuties: Check = {
  id: 'separation-of-duties',
  description: 'a role holding, itself or through alsoHolds, a pair that separation of duties forbids',
  run({ model }) {
    const { held, sourceOf } = holdings(model);
    const findings: Finding[] = [];
    for (const rule of model.all('separation')) {
      const [a, b] = (rule.data.roles ?? rule.data.permissions!).map((r) => r.id) as [string, string];
      if (a === b) continue;
      const forbids = `separation rule ${quote(rule.id)} forbids`;
      const clause = basisText(rule.data.basis);
      const holdsPair = (roleId: string): boolean =>
        rule.data.roles
          ? held(roleId).has(a) && held(roleId).has(b)
          : [a, b].every((p) => sourceOf(roleId, p) !== undefined);
      /** Another held role has the pair on its own: the finding belongs there (the smaller id, where two hold each other). */
      const reportedElsewhere = (role: string) =>
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, `held(role)` always holds `role` itself, so for `h === role` the last clause is already false (`held(h).has(role)` and not `h < role`); `h <= role` differs from `h < role` only there
        [...held(role)].some((h) => h !== role && holdsPair(h) && (!held(h).has(role) || h < role));

      for (const role of model.all('roles')) {
        if (!holdsPair(role.id) || reportedElsewhere(role.id)) continue;
        const alsoHoldsLine = (target: string) => ({
          file: role.file,
          position: role.locate(['alsoHolds', alsoHoldsEntry(model, role, target)]),
        });
        if (rule.data.roles) {
          const own = role.id === a || role.id === b;
          const other = role.id === a ? b : a;
          findings.push(
            finding(
              'separation-of-duties',
              alsoHoldsLine(other),
              own
                ? `role ${quote(role.id)} also holds ${quote(other)}: ${forbids} one person to hold both ${quote(a)} and ${quote(b)} (${clause})`
                : `role ${quote(role.id)} also holds both ${quote(a)} and ${quote(b)}: ${forbids} that pair (${clause})`,
              'drop the `alsoHolds` entry, or give the duties to different people',
            ),
          );
          continue;
        }
        const borrowed = [a, b].map((p) => [p, sourceOf(role.id, p)!] as const).filter(([, from]) => from !== role.id);
        if (borrowed.length) {
          const how = borrowed.map(([p, from]) => `${quote(p)} through ${quote(from)}`).join(', ');
          findings.push(
            finding(
              'separation-of-duties',
              alsoHoldsLine(borrowed[0]![1]),
              `role ${quote(role.id)} holds both ${quote(a)} and ${quote(b)} (${how}, which it also holds): ${forbids} that pair (${clause})`,
              'drop the `alsoHolds` entry, or take one permission away',
            ),
          );
          continue;
        }
        // both granted directly: point at the grant of the second
        const second = model.get('permissions', b)!;
        findings.push(
          finding(
            'separation-of-duties',
            {
              file: second.file,
              position: second.locate(['grantees', second.data.grantees.findIndex((g) => g.id === role.id)]),
            },
            `role ${quote(role.id)} holds both ${quote(a)} and ${quote(b)}: ${forbids} that pair (${clause})`,
            `take one of the two permissions away from ${quote(role.id)}`,
          ),
        );
      }
    }
    return findings;
  },
};

/**
 * One role's slice of the generated views, for its page: the permissions it holds (its matrix
 * row), the approvals it signs, the obligations it owns or takes part in, the checklists it owns,
 * its KPIs, and the emergency plans where it has a part. Built from the same generators as the
 * site-wide pages, so the role page and the matrix can never disagree.
 */
import { approvalsOf, type RoleApprovals } from './approvals.ts';
import { buildChecklists, checklistsOwnedBy, type Checklist } from './checklists.ts';
import { basisId, basisWords, type BasisId } from './basis.ts';
import { heldPermissions, heldRoles } from './queries/roles.ts';
import type { Model } from './model.ts';
import type { BilingualName } from './words.ts';

/** One limit on a held permission, with its basis: after the assessment, or only through one of these runbooks. */
export type PermissionLimit =
  { after: 'assessment'; basis: BasisId; quotes: string[] } | { through: string[]; basis: BasisId; quotes: string[] };

export interface RoleSlice {
  role: string;
  /** Other posts this role also holds, whose permissions and duties count as its own. */
  alsoHolds: string[];
  permissions: {
    id: string;
    basis: BasisId;
    quotes: string[];
    via?: string;
    /** What limits its use, from the permission's `limits`: the assessment only on the department's own posts. */
    limits: PermissionLimit[];
    /** Whether the permission states conditions of its own (its `conditions` text). */
    conditions: boolean;
  }[];
  approvals: RoleApprovals;
  obligations: { id: string; part: 'owner' | 'participant'; via?: string }[];
  /** Titles and names in both languages: the page shows its own. */
  checklists: { id: string; title: BilingualName; items: number; ownsList: boolean }[];
  kpis: { name: BilingualName; basis: BasisId; quotes: string[] }[];
  plans: { id: string; parts: string[]; lead: boolean }[];
}

export function roleSlice(model: Model, roleId: string, checklists: Checklist[] = buildChecklists(model)): RoleSlice {
  const role = model.get('roles', roleId);
  if (!role) throw new Error(`unknown role \`${roleId}\``);
  const held = heldRoles(model, roleId);
  const viaOf = (id: string) => (id === roleId ? {} : { via: id });

  const internal = role.data.scope === 'internal';
  const permissions = [...heldPermissions(model, roleId)].map(([id, h]) => {
    const { data } = model.get('permissions', id)!;
    const limits = data.limits.flatMap((l): PermissionLimit[] => {
      const basis = { basis: basisId(l.basis), quotes: basisWords(model, l.basis) };
      if ('after' in l) return internal ? [{ after: l.after, ...basis }] : [];
      return [{ through: l.through.map((r) => r.id), ...basis }];
    });
    return {
      id,
      basis: basisId(data.basis),
      quotes: basisWords(model, data.basis),
      ...(h.via ? { via: h.via } : {}),
      limits,
      conditions: data.conditions !== undefined,
    };
  });

  const obligations: RoleSlice['obligations'] = [];
  for (const o of model.all('obligations')) {
    const owner = held.find((h) => h === o.data.owner.id);
    const participant = held.find((h) => o.data.participants.some((p) => p.id === h));
    if (owner !== undefined) obligations.push({ id: o.id, part: 'owner', ...viaOf(owner) });
    else if (participant !== undefined) obligations.push({ id: o.id, part: 'participant', ...viaOf(participant) });
  }

  const plans = model
    .all('plans')
    .map((p) => ({
      id: p.id,
      parts: p.data.roles.filter((r) => held.includes(r.role.id)).map((r) => r.part),
      lead: held.includes(p.data.lead.id),
    }))
    .filter((p) => p.parts.length > 0 || p.lead);

  return {
    role: roleId,
    alsoHolds: held.slice(1),
    permissions,
    approvals: approvalsOf(model, roleId, held),
    obligations,
    checklists: checklistsOwnedBy(checklists, held).map((c) => ({
      id: c.checklist.id,
      title: c.checklist.title,
      items: c.items,
      ownsList: c.ownsList,
    })),
    kpis: role.data.kpis.map((k) => ({ name: k.name, basis: basisId(k.basis), quotes: basisWords(model, k.basis) })),
    plans,
  };
}

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

export interface RoleSlice {
  role: string;
  /** Other posts this role also holds, whose permissions and duties count as its own. */
  alsoHolds: string[];
  permissions: { id: string; basis: BasisId; quotes: string[]; via?: string }[];
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

  const permissions = [...heldPermissions(model, roleId)].map(([id, h]) => ({
    id,
    basis: basisId(model.get('permissions', id)!.data.basis),
    quotes: basisWords(model, model.get('permissions', id)!.data.basis),
    ...(h.via ? { via: h.via } : {}),
  }));

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

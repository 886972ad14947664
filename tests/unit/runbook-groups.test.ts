/** The runbook index and the sidebar put what an incident needs first, the most severe first. */
import { describe, expect, it } from 'vitest';
import { groupRunbooks, navOrder } from '../../src/lib/runbook-groups.ts';
import { sidebarList } from '../../src/lib/navigation.ts';
import type { Entry } from '../../src/lib/content/load.ts';

const runbook = (id: string, title: string, severities: string[]) =>
  ({
    id,
    collection: 'runbooks',
    data: { title: { en: title, zh: title }, severities },
  }) as unknown as Entry<'runbooks'>;

describe('runbook groups', () => {
  it('lists incident runbooks first, by their worst severity then title, and routine ones by title', () => {
    const groups = groupRunbooks([
      runbook('leavers', 'Access for joiners and leavers', []),
      runbook('cache', 'Cache flush', ['minor']),
      runbook('rollback', 'Rollback', ['major', 'critical']),
      runbook('backup', 'Backup check', []),
      runbook('failover', 'Database failover', ['critical']),
      runbook('restart', 'Restart a service', ['minor', 'major']),
    ]);
    expect(groups.incident.map((r) => r.id)).toEqual(['failover', 'rollback', 'restart', 'cache']);
    expect(groups.routine.map((r) => r.id)).toEqual(['leavers', 'backup']);
  });
});

describe('the sidebar list of a section', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => runbook(`r${i}`, `Runbook ${i}`, i % 4 === 0 ? [] : ['major']));

  it('orders runbooks for an incident before routine ones and pins the incident ones', () => {
    const { ordered, pinned } = navOrder([
      runbook('leavers', 'Access for joiners and leavers', []),
      runbook('rollback', 'Rollback', ['major', 'critical']),
      runbook('backup', 'Backup check', []),
      runbook('failover', 'Database failover', ['critical']),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['failover', 'rollback', 'leavers', 'backup']);
    expect(pinned.map((r) => r.id)).toEqual(['failover', 'rollback']);
  });

  it('pins nothing in a section of another kind, and keeps its order', () => {
    const roles = [
      { id: 'b', collection: 'roles' },
      { id: 'a', collection: 'roles' },
    ] as unknown as Entry[];
    expect(navOrder(roles)).toEqual({ ordered: roles, pinned: [] });
  });

  it('lists every entry when they fit, and the pinned ones only when they do not', () => {
    const small = navOrder(many(5));
    expect(sidebarList(small.ordered, small.pinned, undefined, 16)).toEqual({ entries: small.ordered, cut: false });
    const big = navOrder(many(24));
    const list = sidebarList(big.ordered, big.pinned, undefined, 16);
    expect(list.cut).toBe(true);
    expect(list.entries).toHaveLength(16);
    expect(list.entries.every((e) => (e as Entry<'runbooks'>).data.severities.length > 0)).toBe(true);
  });

  it('always lists the page shown, even a routine one past the limit, so the sidebar can mark it', () => {
    const big = navOrder(many(24));
    const list = sidebarList(big.ordered, big.pinned, 'r8', 16);
    expect(list.entries.map((e) => e.id)).toContain('r8');
    expect(list.entries).toHaveLength(17);
    const roles = Array.from({ length: 30 }, (_, i) => ({ id: `role-${i}` }));
    expect(sidebarList(roles, [], 'role-20', 16)).toEqual({ entries: [{ id: 'role-20' }], cut: true });
    expect(sidebarList(roles, [], undefined, 16)).toEqual({ entries: [], cut: true });
  });
});

/** The org tree stops a reporting cycle where a role repeats, and lists each root with its reports. */
import { describe, expect, it } from 'vitest';
import { orgTree, type OrgNode } from '../../src/lib/org.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const child = (nodes: readonly OrgNode[], id: string): OrgNode => nodes.find((n) => n.id === id)!;

describe('orgTree with a reporting cycle', () => {
  it('shows the repeated role once more, with no reports under it', () => {
    const model = withChange(fixtureModel(), 'roles', 'l1-architect', (d: { reportsTo: unknown[] }) =>
      d.reportsTo.push({ collection: 'roles', id: 'frontend-engineer' }),
    );
    const head = orgTree(model).flatMap(function find(n): OrgNode[] {
      return n.id === 'department-head' ? [n] : n.children.flatMap(find);
    })[0]!;
    const architect = child(head.children, 'l1-architect');
    const frontend = child(architect.children, 'frontend-engineer');
    const repeated = child(frontend.children, 'l1-architect');
    expect(architect.oneOf).toBe(true);
    expect(repeated.children).toEqual([]);
  });
});

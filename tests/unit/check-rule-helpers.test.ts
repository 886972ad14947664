/**
 * The edge helpers every rule shares: which edges are bases and grants (by the last named
 * segment of their field), and how a message names the place an edge was written.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/collections.ts';
import type { BodyReference } from '../../src/lib/content/body.ts';
import { describeEdge, isBasisEdge, isGranteeEdge } from '../../src/lib/checks/rule-helpers.ts';
import type { Edge, Model } from '../../src/lib/model.ts';

const edge = (
  from: CollectionName,
  to: CollectionName,
  field: string,
  extra: Partial<Pick<Edge, 'file' | 'position'>> & { toId?: string } = {},
): Edge => ({
  from: { collection: from, id: 'a' },
  to: { collection: to, id: extra.toId ?? 'b' },
  field,
  file: extra.file ?? 'guides/a.mdx',
  position: extra.position ?? { line: 3, column: 5 },
});

describe('isBasisEdge', () => {
  it('a `basis` field pointing at a clause is a basis, also inside a list', () => {
    expect(isBasisEdge(edge('permissions', 'clauses', 'basis'))).toBe(true);
    expect(isBasisEdge(edge('roles', 'clauses', 'responsibilities.0.basis'))).toBe(true);
    expect(isBasisEdge(edge('roles', 'clauses', 'responsibilities.12.basis'))).toBe(true);
  });

  it('a field ending in `Basis` (such as `reportsToBasis`) pointing at a clause is a basis', () => {
    expect(isBasisEdge(edge('roles', 'clauses', 'reportsToBasis'))).toBe(true);
  });

  it('a `basis` field pointing at anything but a clause is not a basis', () => {
    expect(isBasisEdge(edge('permissions', 'roles', 'basis'))).toBe(false);
  });

  it('a clause named by any other field is not a basis, even one that contains or starts with "basis"', () => {
    expect(isBasisEdge(edge('roles', 'clauses', 'clauses.0'))).toBe(false);
    expect(isBasisEdge(edge('roles', 'clauses', 'basisNote'))).toBe(false);
    expect(isBasisEdge(edge('roles', 'clauses', 'rebasis'))).toBe(false);
    expect(isBasisEdge(edge('roles', 'clauses', 'BasisNote'))).toBe(false);
  });

  it('only whole numeric segments are list indexes: a named segment with digits is still the field name', () => {
    // `basis.2x`: the last named segment is `2x`, not `basis`.
    expect(isBasisEdge(edge('roles', 'clauses', 'basis.2x'))).toBe(false);
    expect(isBasisEdge(edge('roles', 'clauses', 'basis.x2'))).toBe(false);
    expect(isBasisEdge(edge('roles', 'clauses', 'basis.12'))).toBe(true);
  });
});

describe('isGranteeEdge', () => {
  it('the `grantees` of a permission are grants, at any index', () => {
    expect(isGranteeEdge(edge('permissions', 'roles', 'grantees.1'))).toBe(true);
  });

  it('a `grantees` field outside a permission is not a grant', () => {
    expect(isGranteeEdge(edge('roles', 'roles', 'grantees.1'))).toBe(false);
  });

  it('another field of a permission is not a grant', () => {
    expect(isGranteeEdge(edge('permissions', 'roles', 'owner'))).toBe(false);
  });
});

describe('describeEdge', () => {
  const reference = (line: number, column: number, id: string, via: string): BodyReference => ({
    collection: 'roles',
    id,
    position: { line, column },
    via,
  });
  /** A model holding one MDX entry whose body wrote these references. */
  const modelWith = (references: BodyReference[]): Model =>
    ({ entries: [{ file: 'guides/a.mdx', bodyScan: { references } }] }) as unknown as Model;

  it('an edge from a field is named by its field path', () => {
    expect(describeEdge(modelWith([]), edge('permissions', 'roles', 'grantees.1'))).toBe('`grantees.1`');
  });

  it('a body edge is named as the body wrote it, when a reference at the same place names the same id', () => {
    const model = modelWith([reference(3, 5, 'b', '<Role id="b">')]);
    expect(describeEdge(model, edge('guides', 'roles', 'body'))).toBe('`<Role id="b">`');
  });

  it('a reference on another line, at another column, or to another id does not describe the edge', () => {
    const model = modelWith([
      reference(4, 5, 'b', 'other line'),
      reference(3, 6, 'b', 'other column'),
      reference(3, 5, 'c', 'other id'),
      reference(3, 5, 'b', '/roles/b/'),
    ]);
    expect(describeEdge(model, edge('guides', 'roles', 'body'))).toBe('`/roles/b/`');
  });

  it('a body edge with no matching reference is named "the body"', () => {
    const model = modelWith([reference(4, 5, 'b', 'x'), reference(3, 6, 'b', 'y'), reference(3, 5, 'c', 'z')]);
    expect(describeEdge(model, edge('guides', 'roles', 'body'))).toBe('the body');
    expect(describeEdge(modelWith([]), edge('guides', 'roles', 'body', { file: 'guides/other.mdx' }))).toBe('the body');
  });
});

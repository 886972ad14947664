/** Reporting cycles in a graph of role → the roles it reports to, where a target may have no entry of its own. */
import { describe, expect, it } from 'vitest';
import { cycles, cycleThrough } from '../../src/lib/queries/reporting.ts';

describe('cycles', () => {
  it('a role that reports to one with no entry in the graph closes no cycle', () => {
    expect(cycles(new Map([['a', ['Stryker was here']]]))).toEqual([]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['Stryker was here', ['a']],
        ]),
      ),
    ).toEqual([]);
  });

  it('finds a cycle through the roles that have entries', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
          ['c', ['c']],
        ]),
      ),
    ).toEqual([['a', 'b'], ['c']]);
  });
});

describe('cycleThrough', () => {
  it('does not go on past a role with no entry in the graph', () => {
    const graph = new Map([
      ['start', ['b']],
      ['Stryker was here', ['start']],
    ]);
    expect(cycleThrough(graph, ['start', 'b', 'Stryker was here'], 'start')).toEqual(['start', 'start']);
  });

  it('is the role twice when no path inside the component leads back to it', () => {
    expect(cycleThrough(new Map([['a', []]]), ['a'], 'a')).toEqual(['a', 'a']);
  });

  it('is the shortest way back to the role', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cycleThrough(graph, ['a', 'b', 'c'], 'a')).toEqual(['a', 'c', 'a']);
  });
});

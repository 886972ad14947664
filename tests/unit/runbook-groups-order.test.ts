/** Routine runbooks sort by title; a section that is not all runbooks keeps its order and pins nothing. */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/load.ts';
import { groupRunbooks, navOrder } from '../../src/lib/runbook-groups.ts';

const runbook = (id: string, title: string, severities: string[]) =>
  ({
    id,
    collection: 'runbooks',
    data: { title: { en: title, zh: title }, severities },
  }) as unknown as Entry<'runbooks'>;
const guide = (id: string) => ({ id, collection: 'guides', data: { title: { en: id } } }) as unknown as Entry;

describe('routine runbooks', () => {
  it('are listed by title whatever order they come in', () => {
    const groups = groupRunbooks([runbook('z', 'Zone check', []), runbook('a', 'Archive logs', [])]);
    expect(groups.routine.map((r) => r.id)).toEqual(['a', 'z']);
    expect(groups.incident).toEqual([]);
  });
});

describe('the sidebar order of a section', () => {
  it('keeps a section of runbooks and other entries as it is, pinning nothing', () => {
    const entries = [guide('onboarding'), runbook('z', 'Zone check', []), runbook('rollback', 'Rollback', ['major'])];
    expect(navOrder(entries)).toEqual({ ordered: entries, pinned: [] });
  });

  it('keeps an empty section empty', () => {
    expect(navOrder([])).toEqual({ ordered: [], pinned: [] });
  });
});

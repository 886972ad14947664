/**
 * Runbooks as a reader under pressure needs them: the ones an incident calls for first, the most
 * severe first, then routine work. Titles sort within each group.
 */
import { SEVERITIES } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';

export interface RunbookGroups {
  incident: Entry<'runbooks'>[];
  routine: Entry<'runbooks'>[];
}

const worst = (entry: Entry<'runbooks'>) => Math.max(-1, ...entry.data.severities.map((s) => SEVERITIES.indexOf(s)));
const byTitle = (a: Entry<'runbooks'>, b: Entry<'runbooks'>) => a.data.title.en.localeCompare(b.data.title.en);

export function groupRunbooks(runbooks: Entry<'runbooks'>[]): RunbookGroups {
  return {
    incident: runbooks.filter((r) => r.data.severities.length > 0).sort((a, b) => worst(b) - worst(a) || byTitle(a, b)),
    routine: runbooks.filter((r) => r.data.severities.length === 0).sort(byTitle),
  };
}

/**
 * A section's entries in the order its sidebar list shows them, and the pinned ones: runbooks
 * for an incident before routine ones (from each runbook's severities); other sections in id order,
 * nothing pinned.
 */
export function navOrder(entries: Entry[]): { ordered: Entry[]; pinned: Entry[] } {
  const runbooks = entries.filter((e): e is Entry<'runbooks'> => e.collection === 'runbooks');
  if (runbooks.length === 0 || runbooks.length !== entries.length) return { ordered: entries, pinned: [] };
  const { incident, routine } = groupRunbooks(runbooks);
  return { ordered: [...incident, ...routine], pinned: incident };
}

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

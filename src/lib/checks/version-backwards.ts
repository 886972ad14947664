import { keyOf } from '../model.ts';
import { compareVersions } from '../version.ts';
import { eachFileOnce, fieldOf, finding } from './rule-helpers.ts';
import type { Revision } from '../history/entries.ts';
import type { Check } from './types.ts';

/**
 * `document.version` lower than a version the same file already had in git: a reader holding the
 * newer printout would take the older text for the newer one. Needs the history (`--history`).
 */
export const versionBackwards: Check = {
  id: 'version-backwards',
  description: 'a document version lower than one it already had in git',
  run({ model, history }) {
    if (!history?.available) return [];
    return eachFileOnce(model.entries).flatMap((entry) => {
      const highest = (history.entries.get(keyOf(entry.collection, entry.id)) ?? [])
        .filter((r) => r.version !== undefined && /^\d+(\.\d+)*$/.test(r.version))
        .reduce<Revision | undefined>(
          (best, r) => (!best || compareVersions(r.version!, best.version!) > 0 ? r : best),
          undefined,
        );
      const version = entry.data.document.version;
      // a clause's `not stated` is no version number: nothing to compare
      if (!highest || !/^\d+(\.\d+)*$/.test(version) || compareVersions(version, highest.version!) >= 0) return [];
      return [
        finding(
          'version-backwards',
          fieldOf(entry, 'document', 'version'),
          `\`document.version\` is ${version}, but this document was already at ${highest.version} in ${highest.commit.slice(0, 7)} (${highest.date})`,
          `versions only go up: set a version after ${highest.version}`,
        ),
      ];
    });
  },
};

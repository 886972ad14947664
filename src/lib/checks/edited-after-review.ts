import { keyOf } from '../model.ts';
import { compareVersions } from '../version.ts';
import { eachFileOnce, fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * A file that git shows changed after its `reviewed` date while `document.version` stayed what it
 * was at the review: the page says "reviewed", but what it says now was never reviewed. Commits that
 * only reformat (same parsed data, same words in the body) do not count. Needs the history
 * (`npm run check` passes `--history`); without git it finds nothing.
 */
export const editedAfterReview: Check = {
  id: 'edited-after-review',
  description: 'a document changed in git after its review date without a new version',
  run({ model, history }) {
    if (!history?.available) return [];
    return eachFileOnce(model.entries).flatMap((entry) => {
      const revisions = history.entries.get(keyOf(entry.collection, entry.id)) ?? [];
      const doc = entry.data.document;
      // the state that was reviewed: the last commit on or before the review date, else the file's first commit
      const reviewedAt = Math.max(
        0,
        revisions.findLastIndex((r) => r.date <= doc.reviewed),
      );
      const baseline = revisions[reviewedAt];
      if (!baseline?.version) return [];
      const edits = revisions.slice(reviewedAt + 1).filter((r) => r.date > doc.reviewed && !r.formatOnly && !r.deleted);
      if (edits.length === 0 || compareVersions(doc.version, baseline.version) !== 0) return [];
      const last = edits.at(-1)!;
      return [
        finding(
          'edited-after-review',
          fieldOf(entry, 'document', 'version'),
          `changed in ${edits.length} commit(s) after its review on ${doc.reviewed} (last ${last.date}, ${last.commit.slice(0, 7)} "${last.subject.slice(0, 60)}"), but \`document.version\` is still ${doc.version}`,
          'review the change, then raise `document.version` and set `document.reviewed` to the date of the review',
          'warning',
        ),
      ];
    });
  },
};

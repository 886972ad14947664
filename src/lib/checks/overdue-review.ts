import { nextReview } from '../document.ts';
import { eachFileOnce, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * A document whose last review plus its review interval lies before today is overdue.
 * A warning by default (the content is still correct as far as anyone knows); an error with `--strict`.
 */
export const overdueReview: Check = {
  id: 'overdue-review',
  description: 'a document past its review date',
  run({ model, today, strict }) {
    return eachFileOnce(model.entries).flatMap((entry) => {
      const doc = entry.data.document;
      const due = nextReview(doc);
      if (due >= today) return [];
      return [
        finding(
          'overdue-review',
          { file: entry.file, position: entry.locate(['document', 'reviewed']) },
          `last reviewed ${doc.reviewed}, to be reviewed every ${doc.reviewEveryMonths} month(s): the review was due on ${due}`,
          'review it, then set `document.reviewed` to the date of the review',
          strict ? 'error' : 'warning',
        ),
      ];
    });
  },
};

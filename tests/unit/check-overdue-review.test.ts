/**
 * overdue-review run on its own over a loaded fixture: every document past its review date is
 * reported, each file once, even should the model hold an entry twice.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overdueReview } from '../../src/lib/checks/overdue-review.ts';
import type { CheckContext } from '../../src/lib/checks/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';

const CLEAN = 'tests/fixtures/clean/content';

/** The fixture loaded as the checker does; with `twice`, every entry is given to the model twice. */
function context(today: string, twice: boolean): CheckContext {
  const loaded = loadContent({ contentDir: CLEAN, cwd: CLEAN });
  const model = buildModel(twice ? [...loaded.entries, ...loaded.entries] : loaded.entries);
  return {
    model,
    today,
    strict: false,
    exists: (collection, id) => model.has(collection, id),
    translations: loaded.translations,
    failed: loaded.failed,
    contactFiles: [],
  };
}

/** Every content file of the fixture, as `<folder>/<file>`. */
const allFiles = readdirSync(CLEAN, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => `${d.parentPath.slice(CLEAN.length + 1)}/${d.name}`)
  .sort();

describe('overdue-review', () => {
  it('when every document is past its review date, each file is reported once, even if the model holds its entry twice', () => {
    // Every document of the fixture was reviewed on 2026-11-01, to be reviewed every 12 months.
    const found = overdueReview.run(context('2030-01-01', true));
    expect(found.map((f) => f.file).sort()).toEqual(allFiles);
    expect(found.find((f) => f.file === 'roles/ops-engineer.yaml')).toEqual({
      rule: 'overdue-review',
      severity: 'warning',
      file: 'roles/ops-engineer.yaml',
      line: 13,
      column: 3,
      message: 'last reviewed 2026-11-01, to be reviewed every 12 month(s): the review was due on 2027-11-01',
      hint: 'review it, then set `document.reviewed` to the date of the review',
    });
  });

  it('nothing is reported before the review date', () => {
    expect(overdueReview.run(context('2027-10-31', true))).toEqual([]);
  });
});

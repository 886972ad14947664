import type { CollectionName } from '../../schemas/index.ts';
import type { Finding } from '../finding-report.ts';
import type { ContentHistory } from '../history/entries.ts';
import type { Model } from '../model.ts';
import type { Translation } from '../content/load.ts';

export interface CheckContext {
  model: Model;
  /** "Today", injected so that tests of overdue reviews do not depend on the clock. */
  today: string;
  strict: boolean;
  /**
   * Whether an entry exists: loaded, or present on disk but failed to load (its parse or
   * schema error is already reported). Checks use this, not `model.has`, to decide that a
   * reference points nowhere, so that one broken file is reported once, not at every use.
   */
  exists(collection: CollectionName, id: string): boolean;
  /** Every translation file (`<folder>/<locale>/<id>`), for the parity rules. */
  translations: readonly Translation[];
  /** Files that name an entry but did not load. */
  failed: readonly { collection: CollectionName; id: string; file: string }[];
  /** The content folder's git history, when the run reads it (`--history`); checks that need it find nothing without it. */
  history?: ContentHistory;
  /** The contact directory files to validate (none unless the run names them). */
  contactFiles: readonly string[];
}

/** One rule of the checker: a small unit listed in the registry (`checks/index.ts`). */
export interface Check {
  /** The rule id every finding of this check carries, kebab-case. */
  id: string;
  description: string;
  run(context: CheckContext): Finding[];
}

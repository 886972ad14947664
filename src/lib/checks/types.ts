import type { Finding } from '../findings.ts';
import type { Model } from '../model.ts';

export interface CheckContext {
  model: Model;
  /** "Today", injected so that tests of overdue reviews do not depend on the clock. */
  today: string;
  strict: boolean;
}

/** One rule of the checker: a small unit listed in the registry (`checks/index.ts`). */
export interface Check {
  id: string;
  description: string;
  run(context: CheckContext): Finding[];
}

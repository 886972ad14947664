/**
 * The "start here" incident flow, one question a screen: what is broken (`/incident/`) → how bad
 * (`/incident/<plan>/`) → call now (`/incident/<plan>/<severity>/`) → step 1 of the plan. Addresses
 * and the order of the choices; the pages only render.
 */
import { SEVERITIES, type Severity } from '../schemas/runbook.ts';
import type { Entry } from './content/load.ts';
import { localePath, type Locale } from './routes.ts';

/** The flow's address: its first screen, a plan's severity screen, or a severity's call screen. */
export const incidentFlowUrl = (locale: Locale, plan?: string, level?: Severity): string =>
  localePath(`/incident/${plan ? `${plan}/` : ''}${plan && level ? `${level}/` : ''}`, locale);

/** The first step of a plan's first 15 minutes (the `<Steps>` block's step ids, `src/lib/step-ids.ts`). */
export const FIRST_STEP_ANCHOR = 'step-1';

/** A plan's severities worst first: the reader takes the highest level in which any one item matches. */
export const severitiesWorstFirst = (plan: Entry<'plans'>): Entry<'plans'>['data']['severities'] =>
  [...plan.data.severities].sort((a, b) => SEVERITIES.indexOf(b.level) - SEVERITIES.indexOf(a.level));

/**
 * What an emergency plan's body says, asked by the drill checklists, the emergency binder, the
 * orphan-plan rule, the plan page and the export. The body is the one source: its `<Steps>` block
 * holds the first 15 minutes and its reference components name the runbooks, so the frontmatter
 * restates neither. Pass an entry of the localized model to get the translation's step titles.
 */
import type { Entry } from '../content/load.ts';
import { assumptionText, type InlineLookup } from '../inline-text.ts';
import { stepTitles } from '../step-ids.ts';

/**
 * The plan's first 15 minutes: the bold title of each step of its body's `<Steps>` block, in order,
 * an `<Assumption>` as its value when `lookup` is given (otherwise its id).
 */
export function firstFifteenSteps(plan: Entry<'plans'>, lookup?: InlineLookup): { number: number; title: string }[] {
  // Stryker disable next-line StringLiteral: any text without a `<Steps>` block has no steps, as the empty body
  return stepTitles(plan.body ?? '', lookup ? assumptionText(lookup) : undefined);
}

/** The ids of the runbooks the plan's body refers to (`<Runbook id>` or a link), each once, in order of first mention. */
export function planRunbooks(plan: Entry<'plans'>): string[] {
  return [...new Set((plan.bodyScan?.references ?? []).filter((r) => r.collection === 'runbooks').map((r) => r.id))];
}

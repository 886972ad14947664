/**
 * The numbered steps of a runbook or plan body (the ordered list inside `<Steps>`), and how two
 * versions of them differ step by step. Pure.
 */

import { plain } from '../step-ids.ts';

export interface Step {
  number: number;
  /** The bold action that opens the step, without Markdown marks. */
  title: string;
  /** The whole step, white space collapsed. */
  text: string;
}

export interface StepDiff {
  change: 'added' | 'removed' | 'reworded';
  /** The step's number: in the new version, or in the old one for a removed step. */
  number: number;
  title: string;
  /** The title before, when a reworded step also changed its title. */
  titleBefore?: string;
}

export interface StepChange extends StepDiff {
  collection: 'runbooks' | 'plans';
  id: string;
}

/** The top-level numbered items of the first `<Steps>` block. */
function parseSteps(body: string): Step[] {
  // Stryker disable next-line StringLiteral: any text without a numbered line gives no steps, so no input can tell the fallback's words apart
  const block = /<Steps>([\s\S]*?)<\/Steps>/.exec(body)?.[1] ?? '';
  const items: string[][] = [];
  for (const line of block.split('\n')) {
    if (/^\d+\.\s/.test(line)) items.push([line]);
    else items.at(-1)?.push(line);
  }
  return items.map((lines, i) => {
    const first = lines[0]!.replace(/^\d+\.\s+/, '');
    const title = /^\*\*(.+?)\*\*/.exec(first)?.[1] ?? first;
    return { number: i + 1, title: plain(title), text: plain([first, ...lines.slice(1)].join('\n')) };
  });
}

/**
 * Steps matched by their title; a step whose text changed is reworded. A step that lost its old
 * title and gained a new one at the same number is one reworded step, not a removal and an addition.
 */
export function diffSteps(before: string, after: string): StepDiff[] {
  const [a, b] = [parseSteps(before), parseSteps(after)];
  const byTitle = (steps: Step[], title: string) => steps.find((s) => s.title === title);
  const out: StepDiff[] = [];
  const removed = a.filter((s) => !byTitle(b, s.title));
  const added = b.filter((s) => !byTitle(a, s.title));
  for (const step of b) {
    const old = byTitle(a, step.title);
    if (old && old.text !== step.text) out.push({ change: 'reworded', number: step.number, title: step.title });
    if (old) continue;
    const sameNumber = removed.find((r) => r.number === step.number);
    if (sameNumber) {
      out.push({ change: 'reworded', number: step.number, title: step.title, titleBefore: sameNumber.title });
      removed.splice(removed.indexOf(sameNumber), 1);
      added.splice(added.indexOf(step), 1);
    }
  }
  for (const step of added) out.push({ change: 'added', number: step.number, title: step.title });
  for (const step of removed) out.push({ change: 'removed', number: step.number, title: step.title });
  return out.sort((x, y) => x.number - y.number || x.change.localeCompare(y.change));
}

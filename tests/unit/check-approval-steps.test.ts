/**
 * `approval-steps`: an approvals section of kind `chain` or `escalation` lists exactly one chain's
 * permissions, in the order of their `chain.step`. Each case is the rule's fixture with the
 * approvals section (or a permission) rewritten.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { approvalSteps } from '../../src/lib/checks/approval-steps.ts';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const FIXTURE = 'tests/fixtures/approval-steps/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-approval-steps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The fixture with some files replaced or added; every finding as the CLI prints it. */
function variant(files: Record<string, string>): string[] {
  const dir = join(work, String(n++));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' }).findings.map(formatFinding);
}

/** An approvals section `procurement` of `kind` listing `steps`, one per line from line 7. */
const approvals = (kind: string, steps: string[]) => ({
  'approvals/procurement.yaml': [
    `kind: ${kind}`,
    'title:',
    '  en: "Procurement: three signatures"',
    '  zh: 采购三级审批',
    'summary: Nothing proceeds until every signature is given, in this order.',
    'steps:',
    ...steps.map((s) => `  - ${s}`),
    'document:',
    '  owner: department-head',
    '  version: "1.0"',
    '  effective: 2026-11-01',
    '  reviewed: 2026-11-01',
    '  reviewEveryMonths: 12',
    '',
  ].join('\n'),
});

const INITIAL = 'procurement-initial-review';
const FINANCE = 'procurement-finance-review';
const FINAL = 'procurement-final-approval';
const CHAIN =
  '(the chain `procurement` is `procurement-initial-review`, `procurement-finance-review`, `procurement-final-approval`)';

/** A permission `id` in no chain, granted like the fixture's. */
const unchained = (id: string) => ({
  [`permissions/${id}.yaml`]: [
    'title: { en: Petty cash, zh: 零用现金 }',
    'area: procurement',
    'description: Petty cash.',
    'basis: { clause: "3.1", quote: "X日内召开" }',
    'grantees: [department-head]',
    'document: { owner: department-head, version: "1.0", effective: 2026-11-01, reviewed: 2026-11-01, reviewEveryMonths: 12 }',
    '',
  ].join('\n'),
});

describe('approval-steps', () => {
  it('is registered under its id, described as what it finds', () => {
    expect(CHECKS).toContain(approvalSteps);
    expect({ id: approvalSteps.id, description: approvalSteps.description }).toEqual({
      id: 'approval-steps',
      description: 'an approvals section whose steps are not one chain in step order',
    });
  });

  it('a chain listing every step in step order is not reported', () => {
    expect(variant(approvals('chain', [INITIAL, FINANCE, FINAL]))).toEqual([]);
  });

  it('an escalation ladder out of step order is held to the chain as a `chain` is', () => {
    expect(variant(approvals('escalation', [INITIAL, FINAL, FINANCE]))).toEqual([
      `approvals/procurement.yaml:8:5  approval-steps  approvals \`procurement\`: step 2 is \`${FINAL}\`, which is not step 2 of the chain \`procurement\` ${CHAIN}  (list the chain’s permissions in the order of their \`chain.step\`)`,
    ]);
  });

  it('a first step that is not step 1 of its chain is reported at the first step', () => {
    expect(variant(approvals('chain', [FINANCE, INITIAL, FINAL]))).toEqual([
      `approvals/procurement.yaml:7:5  approval-steps  approvals \`procurement\`: step 1 is \`${FINANCE}\`, which is not step 1 of the chain \`procurement\` ${CHAIN}  (list the chain’s permissions in the order of their \`chain.step\`)`,
    ]);
  });

  it('a step of another chain, even at its own step number, is reported at that step', () => {
    const other = {
      'permissions/procurement-finance-review.yaml': [
        'title: { en: Procurement finance review, zh: 采购财务复审 }',
        'area: procurement',
        'description: Procurement finance review.',
        'basis: { clause: "3.1", quote: "X日内召开" }',
        'grantees: [department-head]',
        'chain: { id: purchasing, step: 2 }',
        'document: { owner: department-head, version: "1.0", effective: 2026-11-01, reviewed: 2026-11-01, reviewEveryMonths: 12 }',
        '',
      ].join('\n'),
    };
    expect(variant({ ...other, ...approvals('chain', [INITIAL, FINANCE]) })).toEqual([
      `approvals/procurement.yaml:8:5  approval-steps  approvals \`procurement\`: step 2 is \`${FINANCE}\`, which is not step 2 of the chain \`procurement\` (the chain \`procurement\` is \`${INITIAL}\`, \`${FINAL}\`)  (list the chain’s permissions in the order of their \`chain.step\`)`,
    ]);
  });

  it('a chain cut short, in order, is reported at `steps`, counting the steps listed and the chain’s', () => {
    expect(variant(approvals('chain', [INITIAL, FINANCE]))).toEqual([
      `approvals/procurement.yaml:6:1  approval-steps  approvals \`procurement\` lists 2 of the 3 steps of the chain \`procurement\` ${CHAIN}  (list every step of the chain)`,
    ]);
  });

  it('a first step in no chain is reported at that step, naming the permission', () => {
    expect(variant({ ...unchained('petty-cash'), ...approvals('chain', ['petty-cash', FINANCE, FINAL]) })).toEqual([
      'approvals/procurement.yaml:7:5  approval-steps  approvals `procurement`: permission `petty-cash` is in no chain  (list the permissions of one chain, each with `chain: { id, step }`, from step 1)',
    ]);
  });

  it('a section of another kind is not held to a chain', () => {
    const single = {
      'approvals/procurement.yaml': [
        'kind: single',
        'title:',
        '  en: "Procurement: one signature"',
        '  zh: 采购审批',
        'summary: One signature approves in full.',
        `permission: ${FINAL}`,
        'document:',
        '  owner: department-head',
        '  version: "1.0"',
        '  effective: 2026-11-01',
        '  reviewed: 2026-11-01',
        '  reviewEveryMonths: 12',
        '',
      ].join('\n'),
    };
    expect(variant(single)).toEqual([]);
  });
});

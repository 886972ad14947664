/**
 * The diagrams' graphs as a reader sees them: every node's words, shape and line, every edge, for
 * hand-made chains, lifecycles and ladders with the hard shapes (a proposed step, a level without a
 * basis, a severity landing on two levels, no crisis team); then the DOT and the SVG clean-up,
 * attribute by attribute.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Chain, EscalationLadder, LifecycleGate } from '../../src/lib/approvals.ts';
import {
  chainDiagram,
  escalationDiagram,
  inlineSvg,
  lifecycleDiagram,
  toDot,
  type Diagram,
} from '../../src/lib/diagrams.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';

let model: Model;
let say: ReturnType<typeof wordsFormatter>;
let sayZh: ReturnType<typeof wordsFormatter>;
beforeEach(() => {
  model = fixtureModel();
  say = wordsFormatter('en', (id) => roleName(model, id, 'en'));
  sayZh = wordsFormatter('zh-cn', (id) => roleName(model, id, 'zh-cn'));
});

/** Each node as `id: line / line [shape, marks]`, in the language `words` speaks. */
const nodesOf = (diagram: Diagram, words = say) =>
  diagram.nodes.map(
    (n) =>
      `${n.id}: ${n.label.map(words).join(' / ')} [${[n.shape ?? 'box', n.proposed && 'proposed', n.emphasis && 'bold'].filter(Boolean).join(', ')}]`,
  );
/** Each edge as `from > to (label) [marks]`. */
const edgesOf = (diagram: Diagram) =>
  diagram.edges.map(
    (e) =>
      `${e.from} > ${e.to}${e.label ? ` (${say(e.label)})` : ''}${e.dashed ? ' [dashed]' : ''}${e.constraint === false ? ' [free]' : ''}`,
  );

const title = (en: string, zh: string) => ({ en, zh });

describe('a chain of signatures', () => {
  const chain = (): Chain => ({
    id: 'change',
    gaps: [],
    steps: [
      { step: 1, permission: 'p-review', title: title('Review', '审核'), signers: ['department-head'], basis: '3.1' },
      { step: 2, permission: 'p-sign', title: title('Sign', '签字'), signers: ['ceo', 'finance'], basis: 'proposed' },
    ],
  });
  it('runs request → each step with its signers, title and basis → approved, a proposed step dashed', () => {
    const diagram = chainDiagram(model, chain());
    expect(nodesOf(diagram)).toEqual([
      'start: Request [ellipse]',
      'step-1-p-review: 1. Department head / Review / (clause 3.1) [box]',
      'step-2-p-sign: 2. CEO or Finance department / Sign / (proposed) [box, proposed]',
      'end: Approved [ellipse, bold]',
    ]);
    expect(edgesOf(diagram)).toEqual([
      'start > step-1-p-review',
      'step-1-p-review > step-2-p-sign',
      'step-2-p-sign > end',
    ]);
    expect(diagram.direction).toBe('LR');
    expect(diagram.narrow).toEqual({ direction: 'TB', nodes: diagram.nodes, edges: diagram.edges });
  });
});

describe('the lifecycle', () => {
  const gates = (): LifecycleGate[] =>
    [
      {
        id: 'plan',
        step: 1,
        title: title('Plan', '规划'),
        gate: { name: title('Plan approved', '规划审批'), basis: '3.1' },
        approvers: ['ceo'],
      },
      {
        id: 'build',
        step: 2,
        title: title('Build', 'Build'),
        gate: { name: title('Build signed off', '构建签字'), basis: 'proposed' },
        approvers: [],
      },
    ].map(({ approvers, ...stage }) => ({ stage, approvers }) as unknown as LifecycleGate);
  it('sets each stage in bold beside its gate; a gate names its approvers or says none is decided', () => {
    const diagram = lifecycleDiagram(model, gates());
    expect(nodesOf(diagram)).toEqual([
      'stage-plan: 1. Plan / 规划 [box, bold]',
      'gate-plan: Gate: Plan approved / CEO / (clause 3.1) [note]',
      // a Chinese title the same as the English one is not repeated beside it
      'stage-build: 2. Build /  [box, bold]',
      'gate-build: Gate: Build signed off / approver to decide / (proposed) [note, proposed]',
    ]);
    // on the Chinese page the Chinese title is the stage's name: nothing stands beside it
    expect(nodesOf(diagram, sayZh)[0]).toBe('stage-plan: 第 1 阶段：规划 /  [box, bold]');
  });
  it('leads from each approved gate to the next stage without pulling the row apart, stages on one rank and gates on another', () => {
    const diagram = lifecycleDiagram(model, gates());
    expect(edgesOf(diagram)).toEqual([
      'stage-plan > gate-plan',
      'stage-build > gate-build',
      'gate-plan > stage-build (approved) [free]',
    ]);
    expect(diagram.ranks).toEqual([
      ['stage-plan', 'stage-build'],
      ['gate-plan', 'gate-build'],
    ]);
    expect(diagram.narrow!.edges.map((e) => e.constraint)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the escalation ladder', () => {
  const severity = (plan: string, s: 'minor' | 'major' | 'critical') => ({
    plan,
    severity: s,
    decider: 'x',
    criteria: [],
  });
  const ladder = (): EscalationLadder => ({
    mismatches: [],
    levels: [
      {
        level: 1,
        roles: ['department-head'],
        basis: '4.1',
        severities: [severity('a', 'minor'), severity('b', 'minor')],
      },
      { level: 2, roles: ['executive-in-charge', 'ceo'], severities: [severity('a', 'major'), severity('b', 'minor')] },
    ],
  });
  it('draws each level in bold with its basis where it has one, its deciders, and the escalation up from the level below', () => {
    const diagram = escalationDiagram(model, ladder());
    expect(nodesOf(diagram)).toEqual([
      'level-1: Decision level 1 / (clause 4.1) [box, bold]',
      'role-1-department-head: Department head [ellipse]',
      'level-2: Decision level 2 [box, bold]',
      'role-2-executive-in-charge: Executive in charge [ellipse]',
      'role-2-ceo: CEO [ellipse]',
      'sev-minor: Minor [diamond]',
      'sev-major: Major [diamond]',
    ]);
    expect(edgesOf(diagram)).toEqual([
      'level-1 > role-1-department-head (decides)',
      'level-2 > role-2-executive-in-charge (decides)',
      'level-2 > role-2-ceo (decides)',
      'level-1 > level-2 (escalates) [dashed]',
      // one diamond a severity, however many plans name it, with a line to every level it lands on
      'sev-minor > level-1',
      'sev-minor > level-2',
      'sev-major > level-2',
    ]);
    expect(diagram.narrow).toEqual({ direction: 'TB', nodes: diagram.nodes, edges: diagram.edges });
  });
  it('sets the crisis team beside level 1 only when there is one: acting first, approved after', () => {
    expect(nodesOf(escalationDiagram(model, ladder())).some((n) => n.startsWith('crisis'))).toBe(false);
    const diagram = escalationDiagram(model, ladder(), { role: 'crisis-team', basis: 'proposed' });
    expect(nodesOf(diagram).at(-1)).toBe(
      'crisis: Temporary crisis team / acts first, files approval after / (proposed) [note]',
    );
    expect(edgesOf(diagram).at(-1)).toBe('crisis > level-1 (retroactive approval) [dashed]');
  });
});

describe('DOT', () => {
  it('writes each node’s label lines, shape and style, and each edge’s label and marks, then the ranks', () => {
    const diagram: Diagram = {
      direction: 'TB',
      nodes: [
        { id: 'a', label: [{ key: 'diagram.request' }] },
        {
          id: 'b',
          label: [{ key: 'diagram.approved' }, { key: 'diagram.actsFirst' }],
          shape: 'ellipse',
          proposed: true,
          emphasis: true,
        },
        { id: 'c', label: [{ key: 'diagram.request' }], shape: 'diamond' },
      ],
      edges: [
        { from: 'a', to: 'b', label: { key: 'diagram.edge.decides' }, dashed: true, constraint: false, minlen: 2 },
        { from: 'b', to: 'c', invisible: true },
        { from: 'c', to: 'a' },
      ],
      ranks: [['a', 'c']],
    };
    expect(toDot(diagram, say).split('\n').slice(1)).toEqual([
      '  rankdir=TB; bgcolor="transparent"; pad=0.2; nodesep=0.3; ranksep=0.4;',
      '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded", margin="0.2,0.1", color="#1b1f24", fontcolor="#1b1f24"];',
      '  edge [fontname="Helvetica", fontsize=9, color="#4a5560", fontcolor="#1b1f24"];',
      '  "a" [label="Request", style="rounded"];',
      '  "b" [label="Approved\\nacts first, files approval after", shape=ellipse, style="dashed,bold"];',
      '  "c" [label="Request", shape=diamond, style="solid"];',
      '  "a" -> "b" [label="decides", style=dashed, constraint=false, minlen=2];',
      '  "b" -> "c" [style=invis];',
      '  "c" -> "a";',
      '  { rank=same; "a"; "c"; }',
      '}',
    ]);
  });
  it('leaves out a label line worded as nothing in the page’s language', () => {
    const diagram: Diagram = {
      direction: 'LR',
      nodes: [
        {
          id: 's',
          label: [{ key: 'diagram.request' }, { text: '{zh}', values: { zh: { zhBeside: title('Plan', '规划') } } }],
        },
      ],
      edges: [],
    };
    expect(toDot(diagram, say)).toContain('"s" [label="Request\\n规划"');
    // (and Chinese text gets the width it needs, which Graphviz under-measures)
    expect(toDot(diagram, sayZh)).toMatch(/"s" \[label="申请", style="rounded", width=[\d.]+\];/);
  });
});

describe('the SVG made fit to inline', () => {
  const graphviz = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">',
    '<!-- Generated by graphviz -->',
    '<svg width="62pt" height="44pt" viewBox="0 0 62 44">',
    '<g id="graph0" class="graph">',
    '<title>G</title>',
    '<polygon fill="transparent" stroke="transparent" points="0,0 62,0"/>',
    '',
    '',
    '<!-- a -->',
    '<g id="node1" class="node"><title>a</title>',
    '<path fill="none" stroke="#1b1f24" d="M1,1"/>',
    '<text font-family="Helvetica,sans-Serif" font-size="10.00" fill="#1b1f24">Request</text>',
    '<polygon fill="transparent" stroke="transparent" points="1,1"/>',
    '</g>',
    '</g>',
    '</svg>',
    '',
  ].join('\n');
  it('keeps the <svg> alone: no prolog, comments, titles, ids or classes; the page’s font and colours; the background gone', () => {
    expect(inlineSvg(graphviz, 'cap text').split('\n')).toEqual([
      '<svg role="img" aria-labelledby="cap text" focusable="false" class="diagram-svg" width="62pt" height="44pt" viewBox="0 0 62 44">',
      '<g>',
      '<g>',
      '<path fill="none" stroke="currentColor" d="M1,1"/>',
      '<text font-family="Helvetica, Arial, Liberation Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" font-size="10.00" fill="currentColor">Request</text>',
      // only the background, Graphviz's first polygon, is taken away
      '<polygon fill="transparent" stroke="transparent" points="1,1"/>',
      '</g>',
      '</g>',
      '</svg>',
    ]);
  });
  it('takes an <svg> at the very start as it is, and refuses output without one', () => {
    expect(inlineSvg('<svg width="1pt"></svg>', 'x')).toBe(
      '<svg role="img" aria-labelledby="x" focusable="false" class="diagram-svg" width="1pt"></svg>',
    );
    expect(() => inlineSvg('<html></html>', 'x')).toThrow('Graphviz returned no <svg> element');
  });
});

/**
 * How a diagram's data becomes DOT (each node's and edge's drawing attributes, the groups drawn
 * on one rank), what Graphviz's refusal of a diagram says, and the org chart's dashed and
 * invisible lines.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { orgDiagram, renderSvg, toDot, type Diagram } from '../../src/lib/diagrams.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { asWritten, type Words } from '../../src/lib/words.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

/** Words as written, without placeholders: enough for diagrams whose labels are plain text. */
const plain = (words: Words): string => ('text' in words ? words.text : words.key);

describe('DOT', () => {
  it('draws a proposed node dashed, an emphasised one bold, and each edge with its label, dashes, layout and visibility', () => {
    const diagram: Diagram = {
      direction: 'TB',
      nodes: [
        { id: 'draft', label: [asWritten('Draft')], proposed: true },
        { id: 'sign', label: [asWritten('Sign')], shape: 'diamond', emphasis: true },
        { id: 'file', label: [asWritten('File'), asWritten('away')], shape: 'ellipse', proposed: true },
      ],
      edges: [
        { from: 'draft', to: 'sign', label: asWritten('then'), dashed: true, constraint: false, minlen: 2 },
        { from: 'sign', to: 'file', invisible: true },
        { from: 'file', to: 'draft', constraint: true },
      ],
      ranks: [['draft', 'sign'], ['file']],
    };
    expect(toDot(diagram, plain).split('\n')).toEqual([
      'digraph G {',
      '  rankdir=TB; bgcolor="transparent"; pad=0.2; nodesep=0.3; ranksep=0.4;',
      '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded", margin="0.2,0.1", color="#1b1f24", fontcolor="#1b1f24"];',
      '  edge [fontname="Helvetica", fontsize=9, color="#4a5560", fontcolor="#1b1f24"];',
      '  "draft" [label="Draft", style="rounded,dashed"];',
      '  "sign" [label="Sign", shape=diamond, style="bold"];',
      '  "file" [label="File\\naway", shape=ellipse, style="dashed"];',
      '  "draft" -> "sign" [label="then", style=dashed, constraint=false, minlen=2];',
      '  "sign" -> "file" [style=invis];',
      '  "file" -> "draft";',
      '  { rank=same; "draft"; "sign"; }',
      '  { rank=same; "file"; }',
      '}',
    ]);
  });
});

describe('rendering', () => {
  it('says everything Graphviz found wrong, in order, when it cannot render a diagram', async () => {
    // a direction that breaks the DOT: a warning about `1a`, then a syntax error
    const broken: Diagram = {
      direction: 'LR 1a; {' as Diagram['direction'],
      nodes: [{ id: 'a', label: [asWritten('A')] }],
      edges: [],
    };
    await expect(renderSvg(broken, 'x', plain)).rejects.toThrow(
      new Error(
        "Graphviz could not render the diagram: syntax ambiguity - badly delimited number '1a' in line 2 of input splits into two tokens; syntax error in line 2 near ';'",
      ),
    );
  });
});

describe('org chart', () => {
  const KEPT = ['ceo', 'crisis-team', 'finance', 'ops-engineer', 'senior-engineer', 'test-engineer'];
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = buildModel(fixtureModel().entries.filter((e) => e.collection !== 'roles' || KEPT.includes(e.id)));
  });

  it('dashes a line to one of several managers, and stacks the roles with no line in one column of invisible edges', () => {
    const diagram = orgDiagram(model, [
      { from: 'finance', to: 'ceo', basis: '4.1', oneOf: true },
      { from: 'ops-engineer', to: 'ceo', basis: '4.1', oneOf: false },
    ]);
    expect(diagram.edges).toStrictEqual([
      { from: 'ceo', to: 'finance', dashed: true },
      { from: 'ceo', to: 'ops-engineer' },
      { from: 'crisis-team', to: 'senior-engineer', invisible: true },
      { from: 'senior-engineer', to: 'test-engineer', invisible: true },
    ]);
  });
});

/** Diagrams: DOT built from generator output, rendered to inline SVG that names its text equivalent and carries no script or ids. */
import { beforeEach, describe, expect, it } from 'vitest';
import { chains, escalationLadder, lifecycleGates } from '../../src/lib/approvals.ts';
import {
  chainDiagram,
  dotString,
  escalationDiagram,
  inlineSvg,
  lifecycleDiagram,
  orgDiagram,
  renderSvg,
  svgWidthPx,
  toDot,
} from '../../src/lib/diagrams.ts';
import { orgTree, reportingLines } from '../../src/lib/org.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';

let model: Model;
/** Labels as the English pages show them. */
let say: ReturnType<typeof wordsFormatter>;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = fixtureModel();
  say = wordsFormatter('en', (id) => roleName(model, id, 'en'));
});

describe('DOT', () => {
  it('quotes ids and labels, escaping quotes, backslashes and line breaks', () => {
    expect(dotString('say "hi"\\n')).toBe('"say \\"hi\\"\\\\n"');
    expect(dotString('two\nlines')).toBe('"two\\nlines"');
  });
  it('draws the procurement chain as request → three signers in step order → approved', () => {
    const procurement = chains(model).find((c) => c.id === 'procurement')!;
    const diagram = chainDiagram(model, procurement);
    expect(diagram.nodes.map((n) => say(n.label[0]!))).toEqual([
      'Request',
      '1. Department head',
      '2. Finance department',
      '3. CEO',
      'Approved',
    ]);
    expect(diagram.edges.map((e) => `${e.from}>${e.to}`)).toEqual([
      'start>step-1-procurement-initial-review',
      'step-1-procurement-initial-review>step-2-procurement-finance-review',
      'step-2-procurement-finance-review>step-3-procurement-final-approval',
      'step-3-procurement-final-approval>end',
    ]);
    expect(toDot(diagram, say)).toContain('rankdir=LR');
  });
  it('dashes what the handbook proposes: every lifecycle gate but none of the procurement steps', () => {
    const gates = lifecycleDiagram(model, lifecycleGates(model)).nodes.filter((n) => n.id.startsWith('gate-'));
    expect(gates.length).toBe(5);
    expect(gates.every((n) => n.proposed)).toBe(true);
    expect(
      chainDiagram(
        model,
        chains(model).find((c) => c.id === 'procurement')!,
      ).nodes.some((n) => n.proposed),
    ).toBe(false);
  });
  it('puts every plan severity on its decision level, and the crisis team beside level 1', () => {
    const diagram = escalationDiagram(model, escalationLadder(model), { role: 'crisis-team', basis: '4.1' });
    expect(
      diagram.edges
        .filter((e) => e.from.startsWith('sev-'))
        .map((e) => `${e.from}>${e.to}`)
        .sort(),
    ).toEqual(['sev-critical>level-3', 'sev-major>level-2', 'sev-minor>level-1']);
    expect(diagram.edges).toContainEqual({
      from: 'crisis',
      to: 'level-1',
      label: { key: 'diagram.edge.retroactive' },
      dashed: true,
    });
  });
});

describe('inline SVG', () => {
  it('is labelled by its text equivalent, with no prolog, comments, titles or ids', async () => {
    const svg = await renderSvg(chainDiagram(model, chains(model)[0]!), 'c-caption c-text', say);
    expect(svg.startsWith('<svg role="img" aria-labelledby="c-caption c-text" focusable="false"')).toBe(true);
    expect(svg).not.toMatch(/<\?xml|<!DOCTYPE|<!--|<title>|\sid="|<script/);
    expect(svg).toContain('Department head');
  });
  it('takes the page’s colours: ink in currentColor, lines in the grey the stylesheet themes, no white background', async () => {
    const svg = await renderSvg(chainDiagram(model, chains(model)[0]!), 'x', say);
    expect(svg).toMatch(/<text[^>]* fill="currentColor"/);
    expect(svg).toMatch(/ stroke="currentColor"/);
    expect(svg).toContain('stroke="#4a5560"');
    expect(svg).not.toMatch(/#1b1f24|"white"|"#ffffff"|transparent/i);
  });
  it('is shown at its own size: the width in points, at 4/3 px each', async () => {
    const svg = await renderSvg(chainDiagram(model, chains(model)[0]!), 'x', say);
    const points = Number(/width="([\d.]+)pt"/.exec(svg)![1]);
    expect(svgWidthPx(svg)).toBe(Math.ceil((points * 4) / 3));
    expect(() => svgWidthPx('<svg width="100%">')).toThrow(/no width in points/);
  });
  it('lays a chain out down the screen for a phone, narrower than across', async () => {
    const diagram = chainDiagram(
      model,
      chains(model).find((c) => c.id === 'procurement')!,
    );
    expect(diagram.narrow).toMatchObject({ direction: 'TB', nodes: diagram.nodes, edges: diagram.edges });
    const [wide, narrow] = await Promise.all([renderSvg(diagram, 'x', say), renderSvg(diagram.narrow!, 'x', say)]);
    expect(svgWidthPx(narrow)).toBeLessThan(svgWidthPx(wide) / 2);
    expect(svgWidthPx(narrow)).toBeLessThanOrEqual(340);
  });
  it('lays the lifecycle out as one column for a phone: every edge shapes the layout, no stage row', () => {
    const narrow = lifecycleDiagram(model, lifecycleGates(model)).narrow!;
    expect(narrow.direction).toBe('TB');
    expect(narrow.ranks).toBeUndefined();
    expect(narrow.edges.some((e) => e.constraint === false)).toBe(false);
  });
  it('refuses Graphviz output without an <svg>', () => {
    expect(() => inlineSvg('<html/>', 'x')).toThrow(/no <svg>/);
  });
});

describe('org', () => {
  it('builds the forest from reports-to, engineers under each manager they may report to', () => {
    const tree = orgTree(model);
    expect(tree.map((n) => n.id)).toEqual(['ceo', 'finance']);
    const head = tree[0]!.children[0]!.children[0]!;
    expect(head.id).toBe('department-head');
    expect(head.children.map((c) => c.id)).toEqual(['l1-architect', 'test-engineer', 'crisis-team']);
    expect(reportingLines(model)).toContainEqual({
      from: 'department-head',
      to: 'executive-in-charge',
      basis: '4.1',
      oneOf: false,
    });
    expect(orgDiagram(model, reportingLines(model)).nodes.length).toBe(model.ids('roles').length);
  });
  it('staggers a manager’s reports that manage no one over two rows, so the chart is not one wide row', () => {
    const edges = orgDiagram(model, reportingLines(model)).edges.filter((e) => !e.invisible);
    const managers = new Set(edges.map((e) => e.from));
    const byManager = Map.groupBy(
      edges.filter((e) => !managers.has(e.to)),
      (e) => e.from,
    );
    for (const [manager, reports] of byManager) {
      const lowered = reports.filter((e) => e.minlen === 2).length;
      expect(lowered, manager).toBe(reports.length > 2 ? Math.floor(reports.length / 2) : 0);
    }
    expect(toDot(orgDiagram(model, reportingLines(model)), say)).toMatch(/minlen=2/);
  });
});

describe('in Chinese', () => {
  let sayZh: ReturnType<typeof wordsFormatter>;
  beforeEach(() => {
    sayZh = wordsFormatter('zh-cn', (id) => roleName(model, id, 'zh-cn'));
  });
  const labels = (d: ReturnType<typeof orgDiagram>, id: string) =>
    d.nodes
      .find((n) => n.id === id)!
      .label.map(sayZh)
      .filter(Boolean);

  it('words stages, gates and roles in Chinese, without the English beside them', () => {
    const lifecycle = lifecycleDiagram(model, lifecycleGates(model));
    const stage = lifecycle.nodes.find((n) => n.id.startsWith('stage-'))!;
    expect(stage.label.map(sayZh).filter(Boolean)).toEqual(['第 1 阶段：需求收集']);
    const org = orgDiagram(model, reportingLines(model));
    expect(labels(org, 'department-head')).toEqual(['部门负责人']);
    // the English page keeps the Chinese name under the English one
    expect(
      org.nodes
        .find((n) => n.id === 'department-head')!
        .label.map(say)
        .filter(Boolean),
    ).toEqual(['Department head', '部门负责人']);
  });

  it('gives Chinese labels a width that fits them, and leaves the English DOT without one', () => {
    const procurement = chains(model).find((c) => c.id === 'procurement')!;
    expect(toDot(chainDiagram(model, procurement), say)).not.toContain('width=');
    expect(toDot(chainDiagram(model, procurement), sayZh)).toMatch(/label="第 1 步：部门负责人[^\]]*width=\d/);
  });
});

/**
 * Diagrams as data, turned into Graphviz DOT and rendered to static SVG at build time with
 * @viz-js/viz (Graphviz compiled to WebAssembly). No diagram JavaScript reaches the browser.
 *
 * The SVG is cleaned for inlining: no XML prolog, comments, `<title>` tooltips or ids (which would
 * clash between diagrams on one page), and it carries `role="img"` and `aria-labelledby` pointing
 * at the diagram's text equivalent, which the page renders as a list or table.
 */
import { instance, type Viz } from '@viz-js/viz';
import type { Chain, EscalationLadder, LifecycleGate } from './approvals.ts';
import type { OrgLine } from './org.ts';
import type { Model } from './model.ts';
import type { BasisId } from './matrix.ts';
import { asWritten, named, say, type Words } from './words.ts';
import type { UiKey } from '../i18n/en.ts';
import { graphvizEstimate, textWidth } from './text-width.ts';

export interface DiagramNode {
  id: string;
  /** Lines of the label, worded by the page. */
  label: Words[];
  shape?: 'box' | 'ellipse' | 'diamond' | 'note';
  /** Drawn dashed: a proposal of the handbook rather than a clause. */
  proposed?: boolean;
  /** Drawn bold: a start or end point. */
  emphasis?: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: Words;
  dashed?: boolean;
  /** `false`: the edge does not affect the layout (a line back to an earlier column). */
  constraint?: boolean;
  /** Not drawn: only keeps nodes in order. */
  invisible?: boolean;
  /** Ranks the edge spans at least (Graphviz `minlen`): 2 drops a node one rank lower. */
  minlen?: number;
}

export interface Diagram {
  direction: 'LR' | 'TB' | 'BT';
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Groups of node ids drawn on the same rank. */
  ranks?: string[][];
  /**
   * The same diagram laid out for a phone, where the page shows it instead (at the same 1:1 size):
   * a chain drawn down rather than across, the lifecycle as one column. Left out where one layout serves both.
   */
  narrow?: Diagram;
}

/**
 * The colours Graphviz is given, replaced in the SVG (`inlineSvg`): the ink by `currentColor`, so
 * text and outlines take the page's text colour in either theme; the lines keep this grey as the
 * stylesheet's fallback, which gives them the theme's muted colour.
 */
const INK_COLOUR = '#1b1f24';
const LINE_COLOUR = '#4a5560';

/** Graphviz sizes boxes with its built-in Helvetica metrics, so the SVG asks for Helvetica or a metric twin (Arial, Liberation Sans). */
const METRICS_FONT = 'Helvetica';
const FONT = 'Helvetica, Arial, Liberation Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';

/**
 * Node and edge labels' font sizes (points) and node margins (inches, each side), as the DOT below
 * sets them. The page shows the SVG at its own size (1 pt = 4/3 CSS px, never scaled down, in a
 * scroll region of its own when wider than the column), so labels read at 13.3 px and edge labels
 * at 12 px, the least a reader is asked to read on a phone.
 */
export const NODE_FONT_SIZE = 10;
const EDGE_FONT_SIZE = 9;
const NODE_MARGIN = { x: 0.2, y: 0.1 };
const POINTS_PER_INCH = 72;
/**
 * How much wider than its label (margins included) Graphviz draws each shape: a box (and a note)
 * as wide as the label, an ellipse √2 wider so the label's corners stay inside, a diamond twice.
 */
const SHAPE_WIDTH_FACTOR: Record<NonNullable<DiagramNode['shape']>, number> = {
  box: 1,
  note: 1,
  ellipse: Math.SQRT2,
  diamond: 2,
};

/**
 * The least width (inches) a node needs so that its label fits, or `undefined` where Graphviz's own
 * estimate already fits: Graphviz under-measures Chinese (see `text-width.ts`), so a label with
 * Chinese gets a `width` from the real measure; an ASCII label is left to Graphviz, unchanged.
 */
export function nodeWidth(lines: string[], shape: DiagramNode['shape'] = 'box'): number | undefined {
  const real = Math.max(0, ...lines.map((l) => textWidth(l, NODE_FONT_SIZE)));
  const estimate = Math.max(0, ...lines.map((l) => graphvizEstimate(l, NODE_FONT_SIZE)));
  if (real <= estimate) return undefined;
  const points = (real + 2 * NODE_MARGIN.x * POINTS_PER_INCH) * SHAPE_WIDTH_FACTOR[shape];
  // rounded up to a hundredth of an inch, so the width never falls short of the label
  return Math.ceil((points / POINTS_PER_INCH) * 100) / 100;
}

/** A DOT string literal. */
export const dotString = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The diagram as DOT, its words in the page's language (`say`). */
export function toDot(diagram: Diagram, sayWords: (words: Words) => string): string {
  const lines = [
    'digraph G {',
    // no background of its own: the page's shows through, so dark mode draws a dark diagram (see `inlineSvg`)
    `  rankdir=${diagram.direction}; bgcolor="transparent"; pad=0.2; nodesep=0.3; ranksep=0.4;`,
    `  node [fontname=${dotString(METRICS_FONT)}, fontsize=${NODE_FONT_SIZE}, shape=box, style="rounded", margin="${NODE_MARGIN.x},${NODE_MARGIN.y}", color="${INK_COLOUR}", fontcolor="${INK_COLOUR}"];`,
    `  edge [fontname=${dotString(METRICS_FONT)}, fontsize=${EDGE_FONT_SIZE}, color="${LINE_COLOUR}", fontcolor="${INK_COLOUR}"];`,
  ];
  for (const n of diagram.nodes) {
    const style = [
      n.shape === 'diamond' || n.shape === 'ellipse' ? '' : 'rounded',
      n.proposed ? 'dashed' : '',
      n.emphasis ? 'bold' : '',
    ]
      .filter(Boolean)
      .join(',');
    // a line worded as nothing in this language (the Chinese name beside a Chinese one) is left out
    const labelLines = n.label.map(sayWords).filter(Boolean);
    const width = nodeWidth(labelLines, n.shape);
    const attrs = [
      `label=${dotString(labelLines.join('\n'))}`,
      n.shape ? `shape=${n.shape}` : '',
      `style=${dotString(style || 'solid')}`,
      width ? `width=${width}` : '',
    ].filter(Boolean);
    lines.push(`  ${dotString(n.id)} [${attrs.join(', ')}];`);
  }
  for (const e of diagram.edges) {
    const attrs = [
      e.label ? `label=${dotString(sayWords(e.label))}` : '',
      e.dashed ? 'style=dashed' : '',
      e.constraint === false ? 'constraint=false' : '',
      e.invisible ? 'style=invis' : '',
      e.minlen ? `minlen=${e.minlen}` : '',
    ].filter(Boolean);
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  for (const rank of diagram.ranks ?? []) lines.push(`  { rank=same; ${rank.map(dotString).join('; ')}; }`);
  lines.push('}');
  return lines.join('\n');
}

let vizInstance: Promise<Viz> | undefined;
const viz = (): Promise<Viz> => (vizInstance ??= instance());

/** Graphviz SVG made fit to inline: see the module comment. */
export function inlineSvg(svg: string, labelledBy: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('Graphviz returned no <svg> element');
  return (
    svg
      .slice(start)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<title>[\s\S]*?<\/title>/g, '')
      .replace(/\s(?:id|class)="[^"]*"/g, '')
      .replace(/font-family="[^"]*"/g, `font-family="${FONT}"`)
      .replace(new RegExp(`(fill|stroke)="${INK_COLOUR}"`, 'g'), '$1="currentColor"')
      // the transparent background Graphviz still draws as a polygon: nothing to paint
      .replace(/<polygon fill="transparent" stroke="transparent"[^>]*\/>\n?/, '')
      .replace(/<svg\b/, `<svg role="img" aria-labelledby="${labelledBy}" focusable="false" class="diagram-svg"`)
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}

/** Renders a diagram to an inline SVG string labelled by the element with id `labelledBy`. */
export async function renderSvg(
  diagram: Diagram,
  labelledBy: string,
  sayWords: (words: Words) => string,
): Promise<string> {
  const result = (await viz()).render(toDot(diagram, sayWords), { format: 'svg' });
  if (result.status !== 'success') {
    throw new Error(`Graphviz could not render the diagram: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  return inlineSvg(result.output, labelledBy);
}

// ---- the site's diagrams, built from generator output --------------------------------------

/** A basis under a label: "(clause 3.1)" or "(proposed)". */
const basisNote = (basis: BasisId): Words =>
  basis === 'proposed' ? say('diagram.basisProposed') : say('diagram.basisClause', { id: basis });
const anyOf = (roles: string[]): Words =>
  roles.length ? say('diagram.roles', { roles: { roles, join: 'or' } }) : say('diagram.approverUndecided');

/** An ordered chain of signatures: request → step 1 → step 2 → … → approved. */
export function chainDiagram(_model: Model, chain: Chain): Diagram {
  const nodes: DiagramNode[] = [{ id: 'start', label: [say('diagram.request')], shape: 'ellipse' }];
  const edges: DiagramEdge[] = [];
  let previous = 'start';
  for (const s of chain.steps) {
    const id = `step-${s.step}-${s.permission}`;
    nodes.push({
      id,
      label: [
        say('diagram.step', { step: s.step, roles: { roles: s.signers, join: 'or' } }),
        named(s.title),
        basisNote(s.basis),
      ],
      proposed: s.basis === 'proposed',
    });
    edges.push({ from: previous, to: id });
    previous = id;
  }
  nodes.push({ id: 'end', label: [say('diagram.approved')], shape: 'ellipse', emphasis: true });
  edges.push({ from: previous, to: 'end' });
  return { direction: 'LR', nodes, edges, narrow: { direction: 'TB', nodes, edges } };
}

/** The five lifecycle stages in one column, each gate beside its stage, the approved gate leading to the next stage. */
export function lifecycleDiagram(_model: Model, gates: LifecycleGate[]): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  gates.forEach(({ stage, approvers }, i) => {
    const stageId = `stage-${stage.id}`;
    const gateId = `gate-${stage.id}`;
    nodes.push({
      id: stageId,
      label: [
        say('diagram.stage', { step: stage.step, title: { name: stage.title } }),
        asWritten('{zh}', { zh: { zhBeside: stage.title } }),
      ],
      emphasis: true,
    });
    nodes.push({
      id: gateId,
      label: [say('diagram.gate', { name: { name: stage.gate.name } }), anyOf(approvers), basisNote(stage.gate.basis)],
      shape: 'note',
      proposed: stage.gate.basis === 'proposed',
    });
    edges.push({ from: stageId, to: gateId });
    if (i > 0)
      edges.push({
        from: `gate-${gates[i - 1]!.stage.id}`,
        to: stageId,
        label: say('diagram.edge.approved'),
        constraint: false,
      });
  });
  return {
    direction: 'LR',
    nodes,
    edges,
    ranks: [gates.map((g) => `stage-${g.stage.id}`), gates.map((g) => `gate-${g.stage.id}`)],
    // on a phone one column: stage, its gate, the next stage …
    narrow: { direction: 'TB', nodes, edges: edges.map(({ constraint: _, ...edge }) => edge) },
  };
}

/** Severity → decision level → deciding role, for every plan; the crisis team beside level 1. */
export function escalationDiagram(
  _model: Model,
  ladder: EscalationLadder,
  crisisTeam?: { role: string; basis: BasisId },
): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const severities = new Map<string, Set<string>>();
  for (const level of ladder.levels) {
    const levelId = `level-${level.level}`;
    nodes.push({
      id: levelId,
      label: [say('diagram.level', { level: level.level }), ...(level.basis ? [basisNote(level.basis)] : [])],
      shape: 'box',
      emphasis: true,
    });
    for (const role of level.roles) {
      nodes.push({ id: `role-${level.level}-${role}`, label: [anyOf([role])], shape: 'ellipse' });
      edges.push({ from: levelId, to: `role-${level.level}-${role}`, label: say('diagram.edge.decides') });
    }
    for (const s of level.severities) {
      const sid = `sev-${s.severity}`;
      if (!severities.has(sid)) severities.set(sid, new Set());
      severities.get(sid)!.add(levelId);
    }
    if (level.level > 1)
      edges.push({ from: `level-${level.level - 1}`, to: levelId, label: say('diagram.edge.escalates'), dashed: true });
  }
  for (const [sid, levels] of severities) {
    nodes.push({ id: sid, label: [say(`severity.${sid.slice(4)}` as UiKey)], shape: 'diamond' });
    for (const l of levels) edges.push({ from: sid, to: l });
  }
  if (crisisTeam) {
    nodes.push({
      id: 'crisis',
      label: [anyOf([crisisTeam.role]), say('diagram.actsFirst'), basisNote(crisisTeam.basis)],
      shape: 'note',
    });
    edges.push({ from: 'crisis', to: 'level-1', label: say('diagram.edge.retroactive'), dashed: true });
  }
  return { direction: 'LR', nodes, edges, narrow: { direction: 'TB', nodes, edges } };
}

/** The org chart: every role, each reporting line drawn from the manager down (dashed: "one of these"). */
export function orgDiagram(model: Model, lines: OrgLine[]): Diagram {
  const linked = new Set(lines.flatMap((l) => [l.from, l.to]));
  const alone = model
    .all('roles')
    .filter((r) => !linked.has(r.id))
    .map((r) => r.id);
  // a manager's reports that manage no one stand on two staggered rows, not in one wide row
  const managers = new Set(lines.map((l) => l.to));
  const leavesOf = new Map<string, string[]>();
  for (const l of lines)
    if (!managers.has(l.from) && !leavesOf.get(l.to)?.includes(l.from))
      leavesOf.set(l.to, [...(leavesOf.get(l.to) ?? []), l.from]);
  const staggered = new Set(
    [...leavesOf.values()].flatMap((leaves) => (leaves.length > 2 ? leaves.filter((_, i) => i % 2 === 1) : [])),
  );
  return {
    direction: 'TB',
    nodes: model.all('roles').map((role) => ({
      id: role.id,
      label: [named(role.data.name), asWritten('{zh}', { zh: { zhBeside: role.data.name } })],
      shape: role.data.scope === 'external' ? 'ellipse' : 'box',
    })),
    edges: [
      ...lines.map((l) => ({
        from: l.to,
        to: l.from,
        ...(l.oneOf ? { dashed: true } : {}),
        ...(staggered.has(l.from) ? { minlen: 2 } : {}),
      })),
      // departments with no reporting line stand in a column beside the tree, not in one wide row
      ...alone.slice(1).map((id, i) => ({ from: alone[i]!, to: id, invisible: true })),
    ],
  };
}

/** The CSS width (px) an SVG from `renderSvg` is shown at: its width in points, at 4/3 px a point. */
export function svgWidthPx(svg: string): number {
  const match = /<svg\b[^>]*\swidth="([\d.]+)pt"/.exec(svg);
  if (!match) throw new Error('the SVG names no width in points');
  return Math.ceil((Number(match[1]) * 4) / 3);
}

/** Diagram labels measured as the browser draws them: Chinese a full em, Latin at Helvetica's own widths. */
import { describe, expect, it } from 'vitest';
import { graphvizEstimate, textWidth } from '../../src/lib/text-width.ts';
import { NODE_FONT_SIZE, nodeWidth, renderSvg, type Diagram } from '../../src/lib/diagrams.ts';
import { asWritten } from '../../src/lib/words.ts';

describe('text width', () => {
  it('counts a Chinese character and full-width punctuation as one em', () => {
    expect(textWidth('数据泄露', 12)).toBe(48);
    expect(textWidth('审批关口：', 10)).toBe(50);
    expect(textWidth('（第一级）', 12)).toBe(60);
  });

  it("counts Latin letters at Helvetica's widths, not one width for all", () => {
    expect(textWidth('i', 1000)).toBeCloseTo(222);
    expect(textWidth('M', 1000)).toBeCloseTo(833);
    expect(textWidth('Department head', 12)).toBeCloseTo(92.712, 3);
    expect(textWidth('1. ', 12)).toBeCloseTo((556 + 278 + 278) * 0.012, 6);
  });

  it('adds both kinds in a mixed line', () => {
    // 第 + space + 3 + space + 步
    expect(textWidth('第 3 步', 12)).toBeCloseTo(12 + 0.278 * 12 + 0.556 * 12 + 0.278 * 12 + 12, 6);
  });

  it("knows Graphviz's estimate: the same for ASCII, a space per byte for Chinese (0.83 em a character)", () => {
    expect(graphvizEstimate('Department head', 12)).toBeCloseTo(textWidth('Department head', 12), 9);
    expect(graphvizEstimate('数据泄露', 12)).toBeCloseTo(4 * 3 * 0.278 * 12, 6);
    expect(graphvizEstimate('数据泄露', 12)).toBeLessThan(textWidth('数据泄露', 12));
  });
});

describe('node width', () => {
  it('leaves an ASCII label to Graphviz, so English diagrams do not change', () => {
    expect(nodeWidth(['1. Department head', 'Procurement initial review', '(clause 3.1)'])).toBeUndefined();
    // a short Chinese line under a longer English one still fits Graphviz's own box
    expect(nodeWidth(['1. Requirements gathering', '需求收集'])).toBeUndefined();
  });

  it('widens a box to the widest Chinese line and its margins, an ellipse by √2, a diamond twice', () => {
    const line = '审批关口:需求确认并立项';
    const inches = (textWidth(line, NODE_FONT_SIZE) + 2 * 0.2 * 72) / 72;
    expect(nodeWidth([line, '部门负责人'])).toBeGreaterThanOrEqual(inches);
    expect(nodeWidth([line, '部门负责人'])).toBeLessThan(inches + 0.011);
    expect(nodeWidth([line], 'note')).toBe(nodeWidth([line], 'box'));
    expect(nodeWidth([line], 'ellipse')).toBeGreaterThanOrEqual(inches * Math.SQRT2);
    expect(nodeWidth([line], 'diamond')).toBeGreaterThanOrEqual(inches * 2);
  });

  it('makes Graphviz draw a Chinese box at least as wide as its label', async () => {
    const label = '数据泄露应急预案首次响应十五分钟';
    const diagram: Diagram = { direction: 'LR', nodes: [{ id: 'a', label: [asWritten(label)] }], edges: [] };
    const svg = await renderSvg(diagram, 'x', (w) => ('text' in w ? w.text : ''));
    const xs = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)]
      .flatMap((m) => m[1]!.match(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)!)
      .map((p) => Number(p.split(',')[0]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(textWidth(label, NODE_FONT_SIZE) + 2 * 0.2 * 72);
  });
});

/**
 * Makes every table of a Markdown or MDX body readable on a phone without widening the page:
 * the table sits in a focusable scroll region named after its column headers (the author's words,
 * so it reads right in either language), and each cell carries its column's header as
 * `data-label`, so the stylesheet can stack the rows as cards on a narrow screen. Explicit roles
 * keep the table's semantics when the stylesheet changes its display.
 */
import type { Element, ElementContent, Root } from 'hast';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

const elements = (nodes: ElementContent[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');

/** Header text without the empty brackets an inline component (a clause badge) leaves at this stage. */
const clean = (text: string) =>
  text
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tr: 'row', td: 'cell' };

function prepareTable(table: Element): Element {
  const rows = elements(table.children).flatMap((group) =>
    group.tagName === 'tr' ? [group] : elements(group.children),
  );
  const headerRow = rows.find((row) => elements(row.children).every((cell) => cell.tagName === 'th'));
  const headers = headerRow ? elements(headerRow.children).map((cell) => clean(textOf(cell))) : [];
  const visit = (node: Element, row?: Element) => {
    const role = node.tagName === 'th' ? (row === headerRow ? 'columnheader' : 'rowheader') : ROLES[node.tagName];
    if (role) node.properties = { ...node.properties, role };
    elements(node.children).forEach((child) => visit(child, node.tagName === 'tr' ? node : row));
  };
  visit(table);
  for (const row of rows) {
    if (row === headerRow) continue;
    elements(row.children).forEach((cell, index) => {
      if (headers[index]) cell.properties = { ...cell.properties, dataLabel: headers[index] };
    });
  }
  table.properties = { ...table.properties, className: ['stack-on-phone'] };
  const label = headers.filter(Boolean).join(' · ').slice(0, 120);
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ...(label ? { ariaLabel: label } : {}) },
    children: [table],
  };
}

function wrapTables(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') return prepareTable(child);
    // into elements and into MDX components too: a table inside <Steps> is as wide as any other
    if ('children' in child) wrapTables(child as Element);
    return child;
  }) as typeof parent.children;
}

export default function rehypeTableScroll() {
  return (tree: Root) => wrapTables(tree);
}

/**
 * Inline Markdown as the plain text a reader sees (`code` → code, [words](/url/) → words,
 * **bold** → bold), for the places that cannot render it: CSV cells, which a spreadsheet shows as
 * typed. Parsed by remark (the parser the MDX bodies go through), line by line so that the line
 * breaks of a cell stay where they were.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';

const parser = unified().use(remarkParse);

/** The text of a node: the words of text, code and HTML nodes, in order; blocks one per line. */
const textOf = (node: Nodes): string => {
  if ('value' in node) return node.value;
  if (node.type === 'break') return '\n';
  if (!('children' in node)) return '';
  const block = node.type === 'root' || node.type === 'list' || node.type === 'blockquote';
  return (node.children as Nodes[]).map(textOf).join(block ? '\n' : '');
};

/** A text with its Markdown syntax removed and every word kept. */
export const plainMarkdown = (text: string): string =>
  text
    .split('\n')
    .map((line) => (/[`*_[\]<>&\\]/.test(line) ? textOf(parser.parse(line)) : line))
    .join('\n');

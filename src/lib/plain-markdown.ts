/**
 * Inline Markdown as the plain text a reader sees (`code` → code, [words](/url/) → words,
 * **bold** → bold), for the places that cannot render it: CSV cells, which a spreadsheet shows as
 * typed. Parsed by remark (the parser the MDX bodies go through), line by line so that the line
 * breaks of a cell stay where they were.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const parser = unified().use(remarkParse);

/** What this reads of a Markdown syntax tree node (mdast): its words, or its children. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** The text of a node: the words of text, code and HTML nodes, in order; blocks one per line. */
const textOf = (node: MdNode): string => {
  if (typeof node.value === 'string') return node.value;
  if (node.type === 'break') return '\n';
  const block = node.type === 'root' || node.type === 'list' || node.type === 'blockquote';
  return (node.children ?? []).map(textOf).join(block ? '\n' : '');
};

/** A text with its Markdown syntax removed and every word kept. */
export const plainMarkdown = (text: string): string =>
  text
    .split('\n')
    .map((line) => (/[`*_[\]<>&\\]/.test(line) ? textOf(parser.parse(line) as MdNode) : line))
    .join('\n');

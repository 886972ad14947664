/** Finds the references an MDX body makes: reference components and internal Markdown links. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { CollectionName } from '../../schemas/index.ts';
import { entryFromUrl } from '../routes.ts';
import { KNOWN_COMPONENTS, REFERENCE_COMPONENTS } from './components.ts';
import type { Position } from './parse.ts';
import { ParseError } from './parse.ts';
import { findCode, type CodeUse } from './body-code.ts';
import { memoize } from '../memo.ts';

export interface BodyReference {
  collection: CollectionName;
  id: string;
  position: Position;
  /** How the body wrote it: `<Role id="…">` or a link `/roles/…/`. */
  via: string;
}

export interface BodyLink {
  url: string;
  position: Position;
}

export interface BodyScan {
  references: BodyReference[];
  unknownComponents: { name: string; position: Position }[];
  /** Reference components written without a literal `id`. */
  missingIds: { name: string; position: Position }[];
  /** Internal links that are not entry pages (section indexes, generated pages); checked against the build. */
  links: BodyLink[];
  /** ESM, expressions, script-like elements, event attributes and unsafe link schemes (see body-code.ts). */
  code: CodeUse[];
  /** Fenced code blocks, for the checks that read commands (`src/lib/checks/code-*.ts`). */
  codeBlocks: CodeBlock[];
  /** The prose: every text node outside code and inline code, where it starts (`assumption-literal`). */
  prose: { text: string; position: Position }[];
  /** Section headings, as plain text (`## Before you start` → depth 2, `Before you start`). */
  headings: BodyHeading[];
}

export interface BodyHeading {
  depth: number;
  text: string;
  position: Position;
}

export interface CodeBlock {
  /** The info string's first word (`sh`, `promql`), or null when the fence names none. */
  lang: string | null;
  /** The code, with the indentation of an enclosing list item removed. */
  value: string;
  /** Where the opening fence is: line 1 of `value` is the line after it. */
  position: Position;
}

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  depth?: number;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** The text of a node and its children, components and marks dropped. */
const plainText = (node: MdNode): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? // Stryker disable next-line StringLiteral: the Markdown parser gives every text and inline-code node a value
      (node.value ?? '')
    : (node.children ?? []).map(plainText).join('');

/**
 * MDX syntax without GFM: GFM changes block structure (tables, footnotes) but not where a
 * component or an inline link starts, so the references found are the same, and the scan
 * runs about twice as fast, which keeps `npm run check` well under two seconds.
 */
const processor = unified().use(remarkParse).use(remarkMdx);

/** A place in a parser's message: ` (line:column)` or ` (line:column-line:column)`. */
const PLACE_IN_TEXT = / \((\d+):(\d+)(?:-\d+:\d+)?\)/g;

/** The references, links, code and prose of one MDX body; `firstLine` is its first line in the file. The result is shared: read-only. */
export const scanBody = memoize(scanBodyText, (body: string, firstLine: number) => `${firstLine}\u0000${body}`);

function scanBodyText(body: string, firstLine: number): BodyScan {
  let tree: MdNode;
  try {
    tree = processor.parse(body) as MdNode;
  } catch (error) {
    // A VFileMessage: `line` and `column` of the body when the parser knows the place.
    const e = error as { message: string; line?: number; column?: number };
    const reason = e.message;
    // mdast-util-mdx-jsx also names places in its text ("… (2:1-2:6)"), counted in the body, not
    // the file: they are dropped from the message, and the first is the place when there is none.
    const [inText] = reason.matchAll(PLACE_IN_TEXT);
    const place = e.line
      ? // Stryker disable next-line LogicalOperator: a VFileMessage with a line always has its column
        { line: e.line, column: e.column ?? 1 }
      : inText && { line: Number(inText[1]), column: Number(inText[2]) };
    throw new ParseError(
      `invalid MDX: ${reason.replace(PLACE_IN_TEXT, '')}`,
      place && { line: place.line + firstLine - 1, column: place.column },
    );
  }
  const scan: BodyScan = {
    references: [],
    unknownComponents: [],
    missingIds: [],
    links: [],
    code: [],
    codeBlocks: [],
    prose: [],
    headings: [],
  };
  const at = (node: MdNode): Position => ({
    line: (node.position?.start.line ?? 1) + firstLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const visit = (node: MdNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name;
      if (name in REFERENCE_COMPONENTS) {
        const idAttr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        if (typeof idAttr?.value === 'string') {
          scan.references.push({
            collection: REFERENCE_COMPONENTS[name as keyof typeof REFERENCE_COMPONENTS],
            id: idAttr.value,
            position: at(node),
            via: `<${name} id="${idAttr.value}">`,
          });
        } else scan.missingIds.push({ name, position: at(node) });
      } else if (/^[A-Z]/.test(name) && !KNOWN_COMPONENTS.includes(name)) {
        scan.unknownComponents.push({ name, position: at(node) });
      }
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/')) {
      const target = entryFromUrl(node.url);
      if (target) scan.references.push({ ...target, position: at(node), via: `link ${node.url}` });
      else scan.links.push({ url: node.url, position: at(node) });
    }
    if (node.type === 'text' && node.value) scan.prose.push({ text: node.value, position: at(node) });
    if (node.type === 'heading')
      scan.headings.push({ depth: node.depth ?? 1, text: plainText(node).trim(), position: at(node) });
    if (node.type === 'code')
      // Stryker disable next-line StringLiteral: the Markdown parser gives every code node a value (`''` when empty)
      scan.codeBlocks.push({ lang: node.lang ?? null, value: node.value ?? '', position: at(node) });
    node.children?.forEach(visit);
  };
  visit(tree);
  scan.code = findCode(tree, (node) => at(node as MdNode));
  return scan;
}

/**
 * Reads one content file into plain data plus a way to find the line of any field,
 * so that every error can point at `file:line:column`.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { memoize } from '../memo.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedFile {
  data: unknown;
  /** Line and column of the field at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): Position;
  /** MDX body, for collections that have one. */
  body?: string;
  /** 1-based line in the file where the body starts. */
  bodyLine?: number;
}

export class ParseError extends Error {
  readonly position: Position | undefined;
  constructor(message: string, position?: Position) {
    super(message);
    this.position = position;
  }
}

/** The YAML syntax tree of a text, shared between callers (read-only: `toJS()` makes each caller its own data). */
const parseYamlDocument = memoize(
  (source: string) => {
    const lineCounter = new LineCounter();
    return { doc: parseDocument(source, { lineCounter, uniqueKeys: true }), lineCounter };
  },
  (source) => source,
);

function parseYaml(source: string, lineOffset: number): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const { doc, lineCounter } = parseYamlDocument(source);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const at = error.linePos?.[0];
    throw new ParseError(
      `malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      at ? { line: at.line + lineOffset, column: at.col } : undefined,
    );
  }
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // e.g. an alias whose anchor is missing, or an alias bomb: the YAML parses but has no value
    throw new ParseError(`malformed YAML: ${(error as Error).message.split('\n')[0]}`, {
      line: 1 + lineOffset,
      column: 1,
    });
  }
  return {
    data,
    locate(path) {
      let node: unknown = doc.contents;
      let found: Position = { line: 1 + lineOffset, column: 1 };
      if (node && typeof node === 'object' && 'range' in node && (node as Node).range)
        found = toPosition((node as Node).range![0]);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node | null;
          if (keyNode?.range) found = toPosition(keyNode.range[0]);
          node = pair.value;
          if (!isMap(node) && !isSeq(node)) break;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          if (item.range) found = toPosition(item.range[0]);
          node = item;
        } else break;
      }
      return found;
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseContentFile(source: string, kind: 'yaml' | 'mdx'): ParsedFile {
  if (source.trim() === '') throw new ParseError('the file is empty');
  if (source.includes('\u0000')) throw new ParseError('the file is binary, not text');
  if (kind === 'yaml') return parseYaml(source, 0);
  const match = FRONTMATTER.exec(source);
  if (!match)
    throw new ParseError('an MDX entry must start with YAML frontmatter between `---` lines', { line: 1, column: 1 });
  const parsed = parseYaml(match[1]!, 1);
  const bodyLine = match[0].split('\n').length;
  return { ...parsed, body: source.slice(match[0].length), bodyLine };
}

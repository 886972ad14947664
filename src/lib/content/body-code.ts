/**
 * What in an MDX body would run code or load something on the reader's page. MDX is a
 * program: an ESM `import` or an `{expression}` runs at build time (one read `/etc/hostname`
 * and published it), and `<script>`, `on*=` attributes and `javascript:` links ship verbatim.
 * The reference components need none of that: their props are literal strings.
 */
import type { Position } from './parse.ts';

export type CodeKind = 'esm' | 'expression' | 'element' | 'event-attribute' | 'link-scheme';

export interface CodeUse {
  kind: CodeKind;
  position: Position;
  /** The offending source text or value, as written (findings quote an excerpt). */
  value: string;
}

/** Elements that run or embed code, or restyle and redirect the page. */
export const FORBIDDEN_ELEMENTS = [
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'form',
] as const;

/** Schemes a link may use; a relative link or a `#fragment` has none. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Attributes that hold a URL, on any element or component. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'srcset',
  'background',
  'cite',
]);

/**
 * The scheme of a URL as a browser reads it: browsers drop ASCII whitespace and control
 * characters inside a scheme, so `java\tscript:` is `javascript:`. `undefined` when relative.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a browser drops
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  return match ? match[1]!.toLowerCase() : undefined;
}

export const isAllowedUrl = (url: string): boolean => {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
};

/** An expression that holds only comments (`{/* note *\/}`) runs nothing and is allowed. */
const onlyComments = (source: string): boolean =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .trim() === '';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown; position?: Node['position'] }[];
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/** Every use of code in a parsed MDX tree; `at` maps a node to its place in the file. */
export function findCode(tree: Node, at: (node: { position?: Node['position'] }) => Position): CodeUse[] {
  const uses: CodeUse[] = [];
  const visit = (node: Node) => {
    if (node.type === 'mdxjsEsm') uses.push({ kind: 'esm', position: at(node), value: String(node.value ?? '') });
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !onlyComments(String(node.value ?? ''))
    ) {
      // Stryker disable next-line StringLiteral: equivalent, an expression with no value holds only comments and is not reported
      uses.push({ kind: 'expression', position: at(node), value: `{${String(node.value ?? '')}}` });
    }
    if (
      (node.type === 'link' || node.type === 'definition' || node.type === 'image') &&
      node.url !== undefined &&
      !isAllowedUrl(node.url)
    ) {
      uses.push({ kind: 'link-scheme', position: at(node), value: node.url });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Stryker disable next-line StringLiteral: equivalent, `name` counts only when it is a forbidden element, which neither fallback is
      const name = node.name ?? '';
      if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(name.toLowerCase()))
        uses.push({ kind: 'element', position: at(node), value: `<${name}>` });
      for (const attribute of node.attributes ?? []) {
        const where = at(attribute.position ? attribute : node);
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          uses.push({ kind: 'expression', position: where, value: `{${String(attribute.value ?? '')}}` });
          continue;
        }
        const attrName = attribute.name ?? '';
        const value = attribute.value;
        if (value && typeof value === 'object') {
          uses.push({
            kind: 'expression',
            position: where,
            value: `${attrName}={${String((value as { value?: unknown }).value ?? '')}}`,
          });
        }
        if (/^on/i.test(attrName))
          uses.push({
            kind: 'event-attribute',
            position: where,
            value: `${attrName}=${typeof value === 'string' ? JSON.stringify(value) : '…'}`,
          });
        if (URL_ATTRIBUTES.has(attrName.toLowerCase()) && typeof value === 'string' && !isAllowedUrl(value)) {
          uses.push({ kind: 'link-scheme', position: where, value });
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return uses;
}

/**
 * What `findCode` reports for MDX nodes that lack a value or a name: an ESM block or an attribute
 * expression with nothing in it is still code, an empty expression runs nothing, and an attribute
 * without a name is quoted with an empty name.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type BodyCode = typeof import('../../src/lib/content/body-code.ts');
let findCode: BodyCode['findCode'];
// The attributes that hold a URL are a table the module builds when it loads: each test loads it
// afresh, so that Stryker runs their mutants against these tests (README: "A table a module builds when it loads").
beforeEach(async () => {
  vi.resetModules();
  ({ findCode } = await import('../../src/lib/content/body-code.ts'));
});
import type { Position } from '../../src/lib/content/parse.ts';

const at = (node: { position?: { start: { line: number; column: number } } }): Position =>
  node.position?.start ?? { line: 0, column: 0 };
const place = (line: number, column: number) => ({ start: { line, column } });

describe('findCode on nodes without a value', () => {
  it('an ESM block with no value is reported with an empty value', () => {
    expect(findCode({ type: 'root', children: [{ type: 'mdxjsEsm', position: place(1, 1) }] }, at)).toEqual([
      { kind: 'esm', position: { line: 1, column: 1 }, value: '' },
    ]);
  });

  it('an expression with no value runs nothing and is not reported', () => {
    expect(
      findCode(
        {
          type: 'root',
          children: [
            { type: 'mdxFlowExpression', position: place(2, 1) },
            { type: 'mdxTextExpression', position: place(3, 5) },
          ],
        },
        at,
      ),
    ).toEqual([]);
  });

  it('an attribute expression with no value is reported as empty braces, at the attribute', () => {
    const tree = {
      type: 'mdxJsxFlowElement',
      name: 'Callout',
      position: place(4, 1),
      attributes: [{ type: 'mdxJsxExpressionAttribute', position: place(4, 10) }],
    };
    expect(findCode(tree, at)).toEqual([{ kind: 'expression', position: { line: 4, column: 10 }, value: '{}' }]);
  });

  it('an attribute whose expression value has no value is quoted as name={}', () => {
    const tree = {
      type: 'mdxJsxTextElement',
      name: 'Term',
      position: place(5, 3),
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'mdxJsxAttributeValueExpression' } }],
    };
    expect(findCode(tree, at)).toEqual([{ kind: 'expression', position: { line: 5, column: 3 }, value: 'id={}' }]);
  });
});

describe('findCode on attributes without a name', () => {
  it('an expression value of a nameless attribute is quoted with an empty name', () => {
    const tree = {
      type: 'mdxJsxFlowElement',
      name: 'Callout',
      position: place(6, 1),
      attributes: [{ type: 'mdxJsxAttribute', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } }],
    };
    expect(findCode(tree, at)).toEqual([{ kind: 'expression', position: { line: 6, column: 1 }, value: '={x}' }]);
  });

  it('a fragment (no element name) is no forbidden element; its attributes are still read', () => {
    const tree = {
      type: 'mdxJsxFlowElement',
      name: null,
      position: place(7, 1),
      attributes: [{ type: 'mdxJsxAttribute', name: 'onload', value: 'run()' }],
    };
    expect(findCode(tree, at)).toEqual([
      { kind: 'event-attribute', position: { line: 7, column: 1 }, value: 'onload="run()"' },
    ]);
  });
});

describe('event attributes', () => {
  it('an event attribute with an expression is reported as an expression and as an event attribute whose value is elided', () => {
    const tree = {
      type: 'mdxJsxTextElement',
      name: 'button',
      position: place(8, 2),
      attributes: [
        {
          type: 'mdxJsxAttribute',
          name: 'onClick',
          value: { type: 'mdxJsxAttributeValueExpression', value: 'handler' },
          position: place(8, 10),
        },
      ],
    };
    expect(findCode(tree, at)).toEqual([
      { kind: 'expression', position: { line: 8, column: 10 }, value: 'onClick={handler}' },
      { kind: 'event-attribute', position: { line: 8, column: 10 }, value: 'onClick=…' },
    ]);
  });

  it('an event attribute without a value is elided too', () => {
    const tree = {
      type: 'mdxJsxTextElement',
      name: 'div',
      position: place(9, 1),
      attributes: [{ type: 'mdxJsxAttribute', name: 'onmouseover' }],
    };
    expect(findCode(tree, at)).toEqual([
      { kind: 'event-attribute', position: { line: 9, column: 1 }, value: 'onmouseover=…' },
    ]);
  });
});

/** A component `<Box name="value">` at line 1. */
const element = (name: string, value: string) => ({
  type: 'root',
  children: [
    {
      type: 'mdxJsxFlowElement',
      name: 'Box',
      position: place(1, 1),
      attributes: [{ type: 'mdxJsxAttribute', name, value, position: place(1, 6) }],
    },
  ],
});

describe('URLs in attributes', () => {
  it('a javascript: URL in any attribute that holds a URL is reported, whatever its case', () => {
    for (const name of [
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
      'HREF',
    ])
      expect(findCode(element(name, 'javascript:alert(1)'), at), name).toEqual([
        { kind: 'link-scheme', position: { line: 1, column: 6 }, value: 'javascript:alert(1)' },
      ]);
  });

  it('the same text in an attribute that holds no URL is not', () => {
    expect(findCode(element('title', 'javascript:alert(1)'), at)).toEqual([]);
  });

  it('a URL is read from links, definitions and images only', () => {
    const node = (type: string) => ({ type: 'root', children: [{ type, url: 'javascript:x', position: place(2, 1) }] });
    for (const type of ['link', 'definition', 'image'])
      expect(findCode(node(type), at), type).toEqual([
        { kind: 'link-scheme', position: { line: 2, column: 1 }, value: 'javascript:x' },
      ]);
    expect(findCode(node('linkReference'), at)).toEqual([]);
  });
});

describe('expressions that hold only comments', () => {
  const expression = (value: string) => ({
    type: 'root',
    children: [{ type: 'mdxFlowExpression', value, position: place(3, 1) }],
  });

  it('run nothing, however spaced, in block or line comments', () => {
    expect(findCode(expression(' /* a note */ '), at)).toEqual([]);
    expect(findCode(expression('// a longer note\n'), at)).toEqual([]);
    expect(findCode(expression('/* one */ // and two\n  '), at)).toEqual([]);
  });

  it('code after a comment still runs', () => {
    expect(findCode(expression('// a note\nalert(1)'), at)).toEqual([
      { kind: 'expression', position: { line: 3, column: 1 }, value: '{// a note\nalert(1)}' },
    ]);
  });
});

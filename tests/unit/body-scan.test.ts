/**
 * `scanBody`: what an MDX body refers to, and where a body that does not parse goes wrong, as a
 * place in the file (the body starts at `firstLine`), never as a place counted in the body.
 */
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lib/content/body.ts';
import { ParseError } from '../../src/lib/content/parse.ts';

/** The error a body gives when scanned as starting on line `firstLine` of its file. */
function errorOf(body: string, firstLine: number): ParseError {
  try {
    scanBody(body, firstLine);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('the body parsed');
}

describe('a body that does not parse', () => {
  it('is placed in the file, from the parser’s place', () => {
    const error = errorOf('{1 +}', 5);
    expect(error.message).toBe('invalid MDX: Could not parse expression with acorn');
    expect(error.position).toEqual({ line: 5, column: 5 });
  });

  it('is placed from the place in the message when the parser gives none, which the message then leaves out', () => {
    const error = errorOf('<Role>\n\ntext', 5);
    expect(error.message).toBe('invalid MDX: Expected a closing tag for `<Role>`');
    expect(error.position).toEqual({ line: 5, column: 1 });
  });

  it('reads a place of several digits in the message', () => {
    const error = errorOf(`${'\n'.repeat(11)}         <Procedure>\n\ntext`, 3);
    expect(error.message).toBe('invalid MDX: Expected a closing tag for `<Procedure>`');
    expect(error.position).toEqual({ line: 14, column: 10 });
  });

  it('drops every place counted in the body from the message, a single point too, and keeps the parser’s place', () => {
    const error = errorOf('<a>\n\nb</a>', 10);
    expect(error.message).toBe(
      'invalid MDX: Expected the closing tag `</a>` either after the end of `paragraph` or another opening tag after the start of `paragraph`',
    );
    expect(error.position).toEqual({ line: 12, column: 2 });
    const list = errorOf(`${'\n'.repeat(11)}- a\n- <Procedure>\n\ntext`, 1);
    expect(list.message).toBe('invalid MDX: Expected a closing tag for `<Procedure>` before the end of `listItem`');
    expect(list.position).toEqual({ line: 13, column: 1 });
  });
});

describe('references and links', () => {
  it('finds a component on a line of its own as well as one inside a sentence', () => {
    const scan = scanBody('<Role id="dba" />\n\nAsk the <Role id="ops-engineer" />.\n', 7);
    expect(scan.references).toEqual([
      { collection: 'roles', id: 'dba', position: { line: 7, column: 1 }, via: '<Role id="dba">' },
      { collection: 'roles', id: 'ops-engineer', position: { line: 9, column: 9 }, via: '<Role id="ops-engineer">' },
    ]);
  });

  it('reads a link or a link definition to a page of the site as a reference to its entry, or as a link when no entry has that address', () => {
    const scan = scanBody(
      'See [the runbook](/runbooks/db-failover/) and [the roles][roles].\n\n[roles]: /roles/dba\n\n[other](/about/)\n',
      1,
    );
    expect(scan.references).toEqual([
      {
        collection: 'runbooks',
        id: 'db-failover',
        position: { line: 1, column: 5 },
        via: 'link /runbooks/db-failover/',
      },
      { collection: 'roles', id: 'dba', position: { line: 3, column: 1 }, via: 'link /roles/dba' },
    ]);
    expect(scan.links).toEqual([{ url: '/about/', position: { line: 5, column: 1 } }]);
  });

  it('leaves a link to another site or a relative path alone', () => {
    const scan = scanBody('[a](https://example.com/runbooks/x/) [b](runbooks/x/) [c](#top)\n', 1);
    expect(scan.references).toEqual([]);
    expect(scan.links).toEqual([]);
  });
});

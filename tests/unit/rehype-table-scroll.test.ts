/**
 * Tables in a body, made readable on a phone: each table sits in a focusable scroll region named
 * after its column headers, each body cell carries its column's header as `data-label`, and every
 * part of the table keeps its role when the stylesheet stacks the rows.
 */
import { describe, expect, it } from 'vitest';
import type { Comment, Element, ElementContent, Properties, Root, Text } from 'hast';
import rehypeTableScroll from '../../src/lib/markdown/rehype-table-scroll.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });
const comment = (value: string): Comment => ({ type: 'comment', value });
/** The line break remark-rehype leaves between the parts of a table. */
const nl = (): Text => text('\n');

const run = (...children: Root['children']): Root => {
  const tree: Root = { type: 'root', children };
  rehypeTableScroll()(tree);
  return tree;
};

const wrap = (table: Element, ariaLabel?: string): Element =>
  el('div', [table], {
    className: ['table-wrap'],
    role: 'region',
    tabIndex: 0,
    ...(ariaLabel === undefined ? {} : { ariaLabel }),
  });

describe('a table with a header row', () => {
  it('is wrapped in a focusable region named after its headers, each part with its role and each body cell with its header', () => {
    const tree = run(
      el('p', [text('Who signs:')]),
      nl(),
      el('table', [
        nl(),
        el('thead', [nl(), el('tr', [nl(), el('th', [text('Owner')]), nl(), el('th', [text('Due')]), nl()]), nl()]),
        nl(),
        el('tbody', [
          nl(),
          el('tr', [el('td', [text('CEO')]), el('td', [text('Friday')])]),
          nl(),
          el('tr', [el('td', [text('CFO')]), el('td', [text('Monday')])]),
          nl(),
        ]),
        nl(),
      ]),
    );
    expect(tree).toStrictEqual({
      type: 'root',
      children: [
        el('p', [text('Who signs:')]),
        nl(),
        wrap(
          el(
            'table',
            [
              nl(),
              el(
                'thead',
                [
                  nl(),
                  el(
                    'tr',
                    [
                      nl(),
                      el('th', [text('Owner')], { role: 'columnheader' }),
                      nl(),
                      el('th', [text('Due')], { role: 'columnheader' }),
                      nl(),
                    ],
                    { role: 'row' },
                  ),
                  nl(),
                ],
                { role: 'rowgroup' },
              ),
              nl(),
              el(
                'tbody',
                [
                  nl(),
                  el(
                    'tr',
                    [
                      el('td', [text('CEO')], { role: 'cell', dataLabel: 'Owner' }),
                      el('td', [text('Friday')], { role: 'cell', dataLabel: 'Due' }),
                    ],
                    { role: 'row' },
                  ),
                  nl(),
                  el(
                    'tr',
                    [
                      el('td', [text('CFO')], { role: 'cell', dataLabel: 'Owner' }),
                      el('td', [text('Monday')], { role: 'cell', dataLabel: 'Due' }),
                    ],
                    { role: 'row' },
                  ),
                  nl(),
                ],
                { role: 'rowgroup' },
              ),
              nl(),
            ],
            { role: 'table', className: ['stack-on-phone'] },
          ),
          'Owner · Due',
        ),
      ],
    });
  });

  it('names columns by the header words only: markup joined, runs of white space as one space, the empty brackets of an inline badge dropped', () => {
    const tree = run(
      el('table', [
        el('tr', [
          el('th', [text('  Owner\n  of '), el('strong', [text('the')]), el('em', [text(' step')]), text('  ')]),
          el('th', [text('Basis ('), comment('clause badge'), text(')')]),
          el('th', [text('Due ( )')]),
          el('th', [text('Limit (CNY)')]),
        ]),
        el('tr', [
          el('td', [el('code', [text('ceo')])]),
          el('td', [text('3.1')]),
          el('td', [text('Friday')]),
          el('td', [text('5000')]),
        ]),
      ]),
    );
    expect(tree).toStrictEqual({
      type: 'root',
      children: [
        wrap(
          el(
            'table',
            [
              el(
                'tr',
                [
                  el(
                    'th',
                    [text('  Owner\n  of '), el('strong', [text('the')]), el('em', [text(' step')]), text('  ')],
                    { role: 'columnheader' },
                  ),
                  el('th', [text('Basis ('), comment('clause badge'), text(')')], { role: 'columnheader' }),
                  el('th', [text('Due ( )')], { role: 'columnheader' }),
                  el('th', [text('Limit (CNY)')], { role: 'columnheader' }),
                ],
                { role: 'row' },
              ),
              el(
                'tr',
                [
                  el('td', [el('code', [text('ceo')])], { role: 'cell', dataLabel: 'Owner of the step' }),
                  el('td', [text('3.1')], { role: 'cell', dataLabel: 'Basis' }),
                  el('td', [text('Friday')], { role: 'cell', dataLabel: 'Due' }),
                  el('td', [text('5000')], { role: 'cell', dataLabel: 'Limit (CNY)' }),
                ],
                { role: 'row' },
              ),
            ],
            { role: 'table', className: ['stack-on-phone'] },
          ),
          'Owner of the step · Basis · Due · Limit (CNY)',
        ),
      ],
    });
  });

  it('gives no label to a cell under an empty header or beyond the last header, and leaves the empty header out of the name', () => {
    const [wrapper] = run(
      el('table', [
        el('tr', [el('th'), el('th', [text('Due')])]),
        el('tr', [el('td', [text('1')]), el('td', [text('Friday')]), el('td', [text('extra')])]),
      ]),
    ).children;
    expect(wrapper).toStrictEqual(
      wrap(
        el(
          'table',
          [
            el('tr', [el('th', [], { role: 'columnheader' }), el('th', [text('Due')], { role: 'columnheader' })], {
              role: 'row',
            }),
            el(
              'tr',
              [
                el('td', [text('1')], { role: 'cell' }),
                el('td', [text('Friday')], { role: 'cell', dataLabel: 'Due' }),
                el('td', [text('extra')], { role: 'cell' }),
              ],
              { role: 'row' },
            ),
          ],
          { role: 'table', className: ['stack-on-phone'] },
        ),
        'Due',
      ),
    );
  });

  it('cuts the region’s name to its first 120 characters', () => {
    const first = 'A'.repeat(70);
    const second = 'B'.repeat(70);
    const [wrapper] = run(el('table', [el('tr', [el('th', [text(first)]), el('th', [text(second)])])])).children;
    expect((wrapper as Element).properties.ariaLabel).toBe(`${first} · ${'B'.repeat(47)}`);
  });

  it('takes the first row whose cells are all headers as the header row, even when it is not the first row', () => {
    const [wrapper] = run(
      el('table', [
        el('tr', [el('td', [text('note')])]),
        el('tr', [el('th', [text('Step')])]),
        el('tr', [el('td', [text('Call')])]),
      ]),
    ).children;
    expect(wrapper).toStrictEqual(
      wrap(
        el(
          'table',
          [
            el('tr', [el('td', [text('note')], { role: 'cell', dataLabel: 'Step' })], { role: 'row' }),
            el('tr', [el('th', [text('Step')], { role: 'columnheader' })], { role: 'row' }),
            el('tr', [el('td', [text('Call')], { role: 'cell', dataLabel: 'Step' })], { role: 'row' }),
          ],
          { role: 'table', className: ['stack-on-phone'] },
        ),
        'Step',
      ),
    );
  });

  it('keeps a header cell nested in a header-row cell a column header', () => {
    const [wrapper] = run(el('table', [el('tr', [el('th', [el('th', [text('Inner')])])])])).children;
    expect(wrapper).toStrictEqual(
      wrap(
        el(
          'table',
          [
            el('tr', [el('th', [el('th', [text('Inner')], { role: 'columnheader' })], { role: 'columnheader' })], {
              role: 'row',
            }),
          ],
          { role: 'table', className: ['stack-on-phone'] },
        ),
        'Inner',
      ),
    );
  });
});

describe('a table without a header row', () => {
  it('makes its header cells row headers, labels no cell and leaves the region unnamed', () => {
    const tree = run(
      el('table', [
        nl(),
        el('tr', [el('th', [text('CEO')]), el('td', [text('signs last')])]),
        nl(),
        el('tr', [el('th', [text('CFO')]), el('td', [text('checks the budget')])]),
      ]),
    );
    expect(tree).toStrictEqual({
      type: 'root',
      children: [
        wrap(
          el(
            'table',
            [
              nl(),
              el(
                'tr',
                [el('th', [text('CEO')], { role: 'rowheader' }), el('td', [text('signs last')], { role: 'cell' })],
                { role: 'row' },
              ),
              nl(),
              el(
                'tr',
                [
                  el('th', [text('CFO')], { role: 'rowheader' }),
                  el('td', [text('checks the budget')], { role: 'cell' }),
                ],
                { role: 'row' },
              ),
            ],
            { role: 'table', className: ['stack-on-phone'] },
          ),
        ),
      ],
    });
  });
});

describe('where tables are', () => {
  it('wraps a table inside another element (a component’s body) and leaves everything else as it was', () => {
    const tree = run(
      el('section', [el('p', [text('before')]), el('table', [el('tr', [el('td', [text('x')])])]), text('after')]),
      el('p', [el('span', [text('no table here')])]),
    );
    expect(tree).toStrictEqual({
      type: 'root',
      children: [
        el('section', [
          el('p', [text('before')]),
          wrap(
            el('table', [el('tr', [el('td', [text('x')], { role: 'cell' })], { role: 'row' })], {
              role: 'table',
              className: ['stack-on-phone'],
            }),
          ),
          text('after'),
        ]),
        el('p', [el('span', [text('no table here')])]),
      ],
    });
  });

  it('keeps the properties a table already had', () => {
    const [wrapper] = run(el('table', [el('tr', [el('td')])], { id: 'limits' })).children;
    expect((wrapper as Element).children[0]).toStrictEqual(
      el('table', [el('tr', [el('td', [], { role: 'cell' })], { role: 'row' })], {
        id: 'limits',
        role: 'table',
        className: ['stack-on-phone'],
      }),
    );
  });
});

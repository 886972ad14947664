/** What the search index reads of a page: words the reader sees apart stay apart in the excerpts. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type FreshSearchText = typeof import('../../src/lib/search-text.ts');
let searchableHtml: FreshSearchText['searchableHtml'];
// Its patterns are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ searchableHtml } = await import('../../src/lib/search-text.ts'));
});

/** The text a reader of the index would get: tags dropped, nothing added. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('searchableHtml', () => {
  it.each([
    ['a term and its description', '<dl><div><dt>Basis</dt><dd>Clause 3.1</dd></div></dl>', 'Basis Clause 3.1 '],
    [
      'two basis badges',
      '<span class="basis basis-clause">«可用性»</span><span class="basis basis-clause">Clause 6.1</span>',
      '«可用性» Clause 6.1',
    ],
    [
      'a word and its proposed mark',
      'Quarterly<span class="inline-proposed-mark">Proposed</span>',
      'Quarterly Proposed',
    ],
    ['list items and cells', '<ul><li>one</li><li>two</li></ul><tr><th>a</th><td>b</td></tr>', 'one two a b '],
  ])('%s', (_, html, plain) => {
    expect(text(searchableHtml(html))).toBe(plain);
  });

  it('leaves inline markup inside a sentence, code and text already spaced as they are', () => {
    for (const html of [
      '<p>the <strong>L1</strong> architect</p>',
      '<p>采购<a href="/x/">终审</a>。</p>',
      '<pre><code>&lt;/dd&gt;&lt;dt&gt;</code></pre>',
      'MySQL <span class="assumption-mark">assumed</span>',
      '<dd>x</dd>\n<dt>y</dt>',
    ])
      expect(searchableHtml(html)).toBe(html);
  });
});

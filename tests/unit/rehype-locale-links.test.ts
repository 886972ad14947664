/**
 * Links in a translated body lead to the pages of its own language: a link to a page of the site
 * gets the locale's prefix when the file sits below the locale's folder; files, other sites and
 * links already under the prefix keep their target, and an English body is left as written.
 */
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Properties, Root } from 'hast';
import rehypeLocaleLinks from '../../src/lib/markdown/rehype-locale-links.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const link = (href: string): Element => el('a', [{ type: 'text', value: 'see' }], { href });

const ZH_FILE = { path: 'src/content/runbooks/zh-cn/rollback.mdx' };

/** The targets of the links in a paragraph of one link per href, after the plugin ran on the file. */
function targets(hrefs: string[], file: { path?: string; history?: string[] } = ZH_FILE): unknown[] {
  const tree: Root = { type: 'root', children: [el('p', hrefs.map(link))] };
  rehypeLocaleLinks()(tree, file);
  return (tree.children[0] as Element).children.map((a) => (a as Element).properties.href);
}

describe('in a Chinese body', () => {
  it('prefixes links to pages of the site, with or without a query or a fragment', () => {
    expect(
      targets([
        '/guides/incident-triage/',
        '/roles/ceo',
        '/',
        '/search/?q=a.b',
        '/plans/data-leak/#step-1',
        '/releases/v1.2/notes/',
      ]),
    ).toEqual([
      '/zh-cn/guides/incident-triage/',
      '/zh-cn/roles/ceo',
      '/zh-cn/',
      '/zh-cn/search/?q=a.b',
      '/zh-cn/plans/data-leak/#step-1',
      '/zh-cn/releases/v1.2/notes/',
    ]);
  });

  it('leaves files, exports, built assets and the search index at their shared path', () => {
    const files = [
      '/files/report.pdf',
      '/files/REPORT.PDF',
      '/downloads/handbook.v2.zip?download=1',
      '/img/chart.svg#top',
      '/exports/controls',
      '/_astro/page.js',
      '/pagefind/pagefind-ui',
    ];
    expect(targets(files)).toEqual(files);
  });

  it('leaves other sites, protocol-relative and relative links as written', () => {
    const others = ['https://example.com/guides', '//cdn.example.com/guides', 'guides/incident-triage/', '#step-2'];
    expect(targets(others)).toEqual(others);
  });

  it('prefixes a page whose path only holds a folder named like a shared one', () => {
    expect(targets(['/guides/exports/how-to/'])).toEqual(['/zh-cn/guides/exports/how-to/']);
  });

  it('does not prefix a link that already leads to a Chinese page', () => {
    expect(targets(['/zh-cn/guides/incident-triage/'])).toEqual(['/zh-cn/guides/incident-triage/']);
  });

  it('changes only links: an area, an image or an element without properties keeps what it has', () => {
    const bare = { type: 'element', tagName: 'span', children: [] } as unknown as Element;
    const tree: Root = {
      type: 'root',
      children: [
        el('area', [], { href: '/guides/' }),
        el('img', [], { src: '/guides/' }),
        bare,
        el('div', [el('ul', [el('li', [link('/roles/ceo')])])]),
      ],
    };
    rehypeLocaleLinks()(tree, ZH_FILE);
    expect(tree).toStrictEqual({
      type: 'root',
      children: [
        el('area', [], { href: '/guides/' }),
        el('img', [], { src: '/guides/' }),
        { type: 'element', tagName: 'span', children: [] },
        el('div', [el('ul', [el('li', [link('/zh-cn/roles/ceo')])])]),
      ],
    });
  });
});

describe('which file is translated', () => {
  it('reads the file’s path, or else the last path of its history, with Windows separators too', () => {
    expect(targets(['/roles/ceo'], { history: ['a.mdx', 'b.mdx', 'src/content/runbooks/zh-cn/rollback.mdx'] })).toEqual(
      ['/zh-cn/roles/ceo'],
    );
    expect(targets(['/roles/ceo'], { path: 'src\\content\\runbooks\\zh-cn\\rollback.mdx' })).toEqual([
      '/zh-cn/roles/ceo',
    ]);
  });

  it('leaves an English body, a file named like the locale but not in its folder, and a file with no path as written', () => {
    expect(targets(['/roles/ceo'], { path: 'src/content/runbooks/rollback.mdx' })).toEqual(['/roles/ceo']);
    expect(targets(['/roles/ceo'], { path: 'src/content/runbooks/zh-cn.mdx' })).toEqual(['/roles/ceo']);
    expect(targets(['/roles/ceo'], { history: ['src/content/runbooks/zh-cn/rollback.mdx', 'rollback.mdx'] })).toEqual([
      '/roles/ceo',
    ]);
    expect(targets(['/roles/ceo'], {})).toEqual(['/roles/ceo']);
  });
});

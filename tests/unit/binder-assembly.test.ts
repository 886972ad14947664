/**
 * The binders are put together when the site is built: each listed page's printable content, its
 * ids renamed so they stay unique, its headings one level down, the pages a document follows
 * added after it, links between documents kept inside the binder.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { assembleBinder } from '../../src/lib/binder-assembly.ts';

/** A binder page as the site renders it, listing these documents. */
function binderPage(docs: { url: string; title: string; follow?: string }[]): string {
  const toc = docs.map((d, i) => `<li class="binder-toc-1"><a href="#doc-${i + 1}">${d.title}</a></li>`).join('');
  const sections = docs
    .map(
      (d, i) =>
        `<section class="binder-doc binder-doc-1" id="doc-${i + 1}" data-binder-src="${d.url}"` +
        `${d.follow ? ` data-binder-follow="${d.follow}"` : ''} aria-label="${d.title}">` +
        `<h2 class="binder-doc-title"><a href="${d.url}">${d.title}</a></h2></section>`,
    )
    .join('');
  return (
    '<!doctype html><html lang="en"><head><title>Binder</title></head><body><main><article class="binder" data-binder>' +
    `<h1>Binder</h1><nav class="binder-toc"><ol data-binder-toc>${toc}</ol></nav>` +
    `<p class="binder-unassembled" data-binder-status>Not yet.</p>${sections}</article></main>` +
    '<script type="module" src="/_astro/address.js"></script></body></html>'
  );
}

/** A built page whose <main> holds this HTML (in an <article>, beside an aside that is not printed, unless `bare`). */
const page = (html: string, bare = false) =>
  '<html><body><nav class="site">Site</nav><main data-pagefind-body>' +
  `${bare ? html : `<article>${html}</article><aside class="beside">Screen only</aside>`}</main></body></html>`;

const PAGES: Record<string, string> = {
  '/plans/fire/': page(
    '<nav class="breadcrumbs">Home</nav><h1 id="title">Fire &amp; smoke</h1>' +
      '<h2 id="who" aria-describedby="who-note extra">Who decides</h2><p id="who-note">Duty manager.</p>' +
      '<a href="#who">up</a> <a href="/runbooks/evacuate/#steps">steps</a> <a href="/roles/ops/">ops</a>' +
      '<label for="box">Done</label><input id="box"><script>alert(1)</script><div role="status">saved</div>' +
      '<h5 id="deep">Deep</h5><h6 id="deepest">Deepest</h6>',
  ),
  '/runbooks/evacuate/': page('<h1 id="title">Evacuate</h1><ol data-steps id="steps"><li>Go</li></ol>'),
  '/checklists/': page(
    '<h1>Checklists</h1><a href="/checklists/daily/">Daily</a> <a href="/checklists/daily/#x">again</a> ' +
      '<a href="/checklists/weekly/?print">Weekly</a> <a href="/checklists/">self</a> <a href="/matrix/">matrix</a>',
    true,
  ),
  '/checklists/daily/': page('<h1>Daily &lt;check&gt; "list" &amp;amp;</h1><p id="x">Each day.</p>'),
  '/checklists/weekly/': page('<h1>Weekly</h1>'),
};

const assemble = (docs: Parameters<typeof binderPage>[0], pages = PAGES) =>
  assembleBinder(binderPage(docs), (path) => pages[path]);

describe('a binder put together from the built pages', () => {
  it('holds each page’s printable content in its section, in order, and marks itself ready', () => {
    const { html, documents, missing } = assemble([
      { url: '/plans/fire/', title: 'Fire' },
      { url: '/runbooks/evacuate/', title: 'Evacuate' },
    ]);
    expect(documents).toEqual(['/plans/fire/', '/runbooks/evacuate/']);
    expect(missing).toEqual([]);
    const root = parse(html);
    expect(root.querySelector('html')!.getAttribute('data-binder-ready')).toBe('true');
    expect(root.querySelector('[data-binder-status]')).toBeNull();
    expect(root.querySelector('.binder-doc-title')).toBeNull();
    const [fire, evacuate] = root.querySelectorAll('section[data-binder-src]');
    expect(fire!.querySelector('h2')!.text).toBe('Fire & smoke');
    expect(evacuate!.querySelector('[data-steps] li')!.text).toBe('Go');
    // the page's <article> comes along whole, as the element that holds its content
    expect(fire!.querySelectorAll(':scope > article')).toHaveLength(1);
    // The binder page's own script stays; the pages' scripts and screen parts do not come along.
    expect(root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual(['/_astro/address.js']);
    for (const gone of ['.breadcrumbs', '[role="status"]', 'nav.site', 'aside.beside'])
      expect(fire!.querySelector(gone)).toBeNull();
  });

  it('renames every id and every reference to one, so that ids stay unique across documents', () => {
    const root = parse(
      assemble([
        { url: '/plans/fire/', title: 'Fire' },
        { url: '/runbooks/evacuate/', title: 'Evacuate' },
      ]).html,
    );
    const ids = root.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['d1-title', 'd1-who', 'd2-title', 'd2-steps']));
    const fire = root.querySelector('#doc-1')!;
    expect(fire.querySelector('#d1-who')!.getAttribute('aria-describedby')).toBe('d1-who-note d1-extra');
    expect(fire.querySelector('label')!.getAttribute('for')).toBe('d1-box');
    // ids in a list are separated by any run of white space
    const spaced = { '/p/': page('<p id="a" aria-labelledby="x  y\ty">A</p>') };
    const labelled = parse(assemble([{ url: '/p/', title: 'P' }], spaced).html).querySelector('#d1-a')!;
    expect(labelled.getAttribute('aria-labelledby')).toBe('d1-x d1-y d1-y');
    expect(fire.querySelector('a[href="#d1-who"]')!.text).toBe('up');
  });

  it('puts every heading one level down, to h6 at most, below the binder’s only h1', () => {
    const root = parse(assemble([{ url: '/plans/fire/', title: 'Fire' }]).html);
    expect(root.querySelectorAll('h1').map((h) => h.text)).toEqual(['Binder']);
    const headings = root.querySelectorAll('#doc-1 h2, #doc-1 h3, #doc-1 h6').map((h) => `${h.tagName}:${h.text}`);
    expect(headings).toEqual(['H2:Fire & smoke', 'H3:Who decides', 'H6:Deep', 'H6:Deepest']);
  });

  it('points a link to another document of the binder at that document, and leaves the others', () => {
    const root = parse(
      assemble([
        { url: '/plans/fire/', title: 'Fire' },
        { url: '/runbooks/evacuate/', title: 'Evacuate' },
      ]).html,
    );
    const hrefs = root.querySelectorAll('#doc-1 a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#d1-who', '#doc-2', '/roles/ops/']);
  });

  it('adds the pages a document follows right after it, once each, with a line of the contents, and keeps a page of its own main', () => {
    const { html, documents } = assemble([
      { url: '/checklists/', title: 'Checklists', follow: '/checklists/' },
      { url: '/runbooks/evacuate/', title: 'Evacuate' },
    ]);
    expect(documents).toEqual(['/checklists/', '/checklists/daily/', '/checklists/weekly/', '/runbooks/evacuate/']);
    const root = parse(html);
    const sections = root.querySelectorAll('section[data-binder-src]');
    expect(sections.map((s) => `${s.id} ${s.getAttribute('data-binder-src')}`)).toEqual([
      'doc-1 /checklists/',
      'doc-3 /checklists/daily/',
      'doc-4 /checklists/weekly/',
      'doc-2 /runbooks/evacuate/',
    ]);
    expect(sections[1]!.classList.contains('binder-doc-2')).toBe(true);
    expect(sections[1]!.getAttribute('aria-label')).toBe('Daily <check> "list" &amp;');
    const toc = root.querySelectorAll('[data-binder-toc] li');
    expect(
      toc.map((li) => `${li.classList.value.join(' ')} ${li.querySelector('a')!.getAttribute('href')} ${li.text}`),
    ).toEqual([
      'binder-toc-1 #doc-1 Checklists',
      'binder-toc-2 #doc-3 Daily <check> "list" &amp;',
      'binder-toc-2 #doc-4 Weekly',
      'binder-toc-1 #doc-2 Evacuate',
    ]);
    // A page whose <main> has no <article>: its content, without the <main> around it.
    expect(sections[0]!.querySelector('main')).toBeNull();
    expect(sections[0]!.querySelector('h2')!.text).toBe('Checklists');
    // The index's links to the pages it follows now lead inside the binder, to the page itself or a place on it.
    expect(sections[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '#doc-3',
      '#doc-3',
      '#doc-4',
      '#doc-1',
      '/matrix/',
    ]);
  });

  it('names the pages it lists that the site does not have, or that have no main content', () => {
    const { missing, documents } = assemble(
      [
        { url: '/plans/fire/', title: 'Fire' },
        { url: '/plans/flood/', title: 'Flood' },
        { url: '/runbooks/evacuate/', title: 'Evacuate' },
      ],
      { ...PAGES, '/runbooks/evacuate/': '<html><body><p>no main</p></body></html>' },
    );
    expect(documents).toEqual(['/plans/fire/', '/plans/flood/', '/runbooks/evacuate/']);
    expect(missing).toEqual(['/plans/flood/', '/runbooks/evacuate/']);
  });
});

/**
 * Fills a built binder page with the content of the built pages it lists (the build's "binders"
 * step): each page's <main> content without the navigation and interactive parts, its ids made
 * unique, its headings one level down, links between binder documents pointed at each other. Done
 * once when the site is built, so that a reader's browser (and the PDF printer) gets the binder
 * whole, with no script to run and no page to fetch.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** Parts of a page that belong to the screen, not to paper. */
const DROP = [
  '.breadcrumbs',
  '.referenced-by',
  '.incident',
  '.incident-bar',
  '.toc',
  '.prev-next',
  'script',
  'template',
  '[data-pagefind-filter]',
  '.gen-downloads',
  '.gen-note',
  '.role-picker',
  '[role="status"]',
  '.step-record',
].join(', ');

/** Attributes that hold ids of the same page, which must follow the ids when they are renamed. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

export interface AssembledBinder {
  html: string;
  /** Every page the binder holds, in order, followed pages included. */
  documents: string[];
  /** Pages the binder lists that `readPage` did not have. */
  missing: string[];
}

/** Text or an attribute value as HTML. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The path of a link, whatever its query or fragment. */
const pathOf = (href: string) => new URL(href, 'http://binder.invalid').pathname;

/** The printable content of a built page, or undefined when it has no <main>. */
function contentOf(html: string): HTMLElement | undefined {
  const page = parse(html);
  return page.querySelector('main article') ?? page.querySelector('main') ?? undefined;
}

/** Content of one page, ready to sit inside the binder as document `n`: its nodes, as HTML. */
function adopt(content: HTMLElement, n: number): string {
  for (const el of content.querySelectorAll(DROP)) el.remove();
  const prefix = `d${n}-`;
  for (const el of content.querySelectorAll('[id]')) el.id = prefix + el.id;
  for (const attr of ID_LISTS) {
    for (const el of content.querySelectorAll(`[${attr}]`)) {
      const ids = el.getAttribute(attr)!.split(/\s+/);
      el.setAttribute(attr, ids.map((id) => prefix + id).join(' '));
    }
  }
  for (const a of content.querySelectorAll('a[href^="#"]'))
    a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
  // One level down: the binder's own title is the only h1; an h6 stays. (A static list: each heading moves once.)
  for (const h of content.querySelectorAll('h1, h2, h3, h4, h5')) h.tagName = `h${Number(h.tagName[1]) + 1}`;
  return content.tagName === 'MAIN' ? content.innerHTML : content.outerHTML;
}

/**
 * The binder page `binderHtml` with every document it lists filled in from `readPage(path)` (the
 * built page at that path). A document's `data-binder-follow` adds, right after it, every page it
 * links to under that path (a checklist index and its checklists), each listed in the contents.
 */
export function assembleBinder(binderHtml: string, readPage: (path: string) => string | undefined): AssembledBinder {
  const root = parse(binderHtml);
  const binder = root.querySelector('[data-binder]')!;
  const toc = binder.querySelector('[data-binder-toc]')!;
  const documents: string[] = [];
  const missing: string[] = [];
  const sections = binder.querySelectorAll('section[data-binder-src]');
  const tocItems = toc.querySelectorAll('li');
  let count = sections.length;

  /** Fills `section` as document `n`; the pages it follows, if any. */
  const fill = (section: HTMLElement, n: number): string[] => {
    const path = section.getAttribute('data-binder-src')!;
    documents.push(path);
    const html = readPage(path);
    const content = html === undefined ? undefined : contentOf(html);
    if (!content) {
      missing.push(path);
      return [];
    }
    const follow = section.getAttribute('data-binder-follow');
    const links = follow ? content.querySelectorAll('a[href]').map((a) => pathOf(a.getAttribute('href')!)) : [];
    const children = [...new Set(links)].filter((link) => link.startsWith(follow!) && link !== follow);
    section.querySelector('.binder-doc-title')?.remove();
    section.insertAdjacentHTML('beforeend', adopt(content, n));
    return children;
  };

  for (const [i, section] of sections.entries()) {
    const children = fill(section, i + 1);
    let after = section;
    let tocAfter = tocItems[i]!;
    for (const path of children) {
      count += 1;
      after.insertAdjacentHTML(
        'afterend',
        `<section class="binder-doc binder-doc-2" id="doc-${count}" data-binder-src="${escapeHtml(path)}"></section>`,
      );
      after = after.nextElementSibling!;
      fill(after, count);
      const title = after.querySelector('h2')?.textContent.trim() ?? path;
      // setAttribute escapes only quotes: the rest is escaped here, and no quote is left to escape twice.
      after.setAttribute('aria-label', escapeHtml(title));
      tocAfter.insertAdjacentHTML(
        'afterend',
        `<li class="binder-toc-2"><a href="#doc-${count}">${escapeHtml(title)}</a></li>`,
      );
      tocAfter = tocAfter.nextElementSibling!;
    }
  }
  // Links between documents of the binder stay inside it.
  const inside = new Map(
    binder
      .querySelectorAll('section[data-binder-src]')
      .map((section) => [section.getAttribute('data-binder-src')!, section.id]),
  );
  for (const a of binder.querySelectorAll('section[data-binder-src] a[href^="/"]')) {
    const target = inside.get(pathOf(a.getAttribute('href')!));
    if (target) a.setAttribute('href', `#${target}`);
  }
  binder.querySelector('[data-binder-status]')?.remove();
  root.querySelector('html')?.setAttribute('data-binder-ready', 'true');
  return { html: root.toString(), documents, missing };
}

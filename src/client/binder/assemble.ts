/**
 * Fills a binder page with the content of the pages it lists: fetches each built page, takes its
 * <main> content without the navigation and interactive parts, makes its ids unique, points links
 * between binder documents at each other, and marks <html data-binder-ready> when done (the PDF
 * script waits for that).
 */
const binder = document.querySelector<HTMLElement>('[data-binder]')!;
const words = JSON.parse(binder.dataset.strings!) as { missing: string };
const toc = binder.querySelector<HTMLOListElement>('[data-binder-toc]')!;

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

// The address the reader has the binder from, not the one the build was configured with (a copy
// served from another host would otherwise name a host the reader cannot reach).
const built = binder.querySelector<HTMLElement>('[data-binder-built]');
if (built) built.textContent = built.dataset.binderBuilt!.replace('{site}', location.host);

const pathOf = (href: string) => new URL(href, location.href).pathname;

async function load(url: string): Promise<Element | undefined> {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return page.querySelector('main article') ?? page.querySelector('main') ?? undefined;
}

/** Content of one page, ready to sit inside the binder as document `n`. */
function adopt(content: Element, n: number): DocumentFragment {
  content.querySelectorAll(DROP).forEach((el) => el.remove());
  const prefix = `d${n}-`;
  for (const el of content.querySelectorAll('[id]')) el.id = prefix + el.id;
  for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers']) {
    for (const el of content.querySelectorAll(`[${attr}]`)) {
      el.setAttribute(
        attr,
        el
          .getAttribute(attr)!
          .split(/\s+/)
          .map((id) => prefix + id)
          .join(' '),
      );
    }
  }
  for (const a of content.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
  // One level down: the binder's own title is the only h1.
  for (const h of [...content.querySelectorAll('h5, h4, h3, h2, h1')]) {
    const level = Math.min(6, Number(h.tagName[1]) + 1);
    const next = document.createElement(`h${level}`);
    for (const { name, value } of h.attributes) next.setAttribute(name, value);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...(content.tagName === 'MAIN' ? content.childNodes : [content]));
  return fragment;
}

async function fill(section: HTMLElement, n: number) {
  const url = section.dataset.binderSrc!;
  const content = await load(url).catch(() => undefined);
  if (!content) {
    const p = document.createElement('p');
    p.className = 'binder-missing';
    p.textContent = words.missing.replace('{url}', url);
    section.append(p);
    return [];
  }
  const follow = section.dataset.binderFollow;
  const children = follow
    ? [...new Set([...content.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => pathOf(a.href)))].filter(
        (path) => path.startsWith(follow) && path !== follow,
      )
    : [];
  section.querySelector('.binder-doc-title')?.remove();
  section.append(adopt(content, n));
  return children;
}

async function assemble() {
  const sections = [...binder.querySelectorAll<HTMLElement>('section[data-binder-src]')];
  let n = sections.length;
  for (const [i, section] of sections.entries()) {
    const children = await fill(section, i + 1);
    let after: Element = section;
    let tocAfter = toc.children[i]!;
    for (const path of children) {
      n += 1;
      const child = document.createElement('section');
      child.className = 'binder-doc binder-doc-2';
      child.id = `doc-${n}`;
      child.dataset.binderSrc = path;
      after.after(child);
      after = child;
      await fill(child, n);
      const title = child.querySelector('h2')?.textContent?.trim() ?? path;
      child.setAttribute('aria-label', title);
      const item = document.createElement('li');
      item.className = 'binder-toc-2';
      item.innerHTML = `<a href="#doc-${n}"></a>`;
      item.firstElementChild!.textContent = title;
      tocAfter.after(item);
      tocAfter = item;
    }
  }
  // Links between documents of the binder stay inside it.
  const inside = new Map(
    [...binder.querySelectorAll<HTMLElement>('section[data-binder-src]')].map((s) => [s.dataset.binderSrc!, s.id]),
  );
  for (const a of binder.querySelectorAll<HTMLAnchorElement>('section[data-binder-src] a[href^="/"]')) {
    const target = inside.get(pathOf(a.href));
    if (target) a.setAttribute('href', `#${target}`);
  }
  binder.querySelector('[data-binder-status]')?.remove();
  document.documentElement.dataset.binderReady = 'true';
}

assemble().catch(() => (document.documentElement.dataset.binderReady = 'true'));

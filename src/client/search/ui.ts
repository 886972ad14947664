/**
 * The search dialog. Loaded only when the reader opens search (see Search.astro); it opens the
 * dialog at once, then loads Pagefind with the index of the page's language and merges the other
 * language's (engine.ts), so that a query finds its page whichever language it is typed in.
 */
import { countSelected, filterQuery, orderValues, type Hit, type Reader, type Selection } from './results.ts';
import { preloadQuery, rankHits, RESULT_TABLE_FILE, setUp, type Pagefind, type ResultTable } from './engine.ts';

interface Strings {
  kinds: Record<string, string>;
  kindOrder: string[];
  severities: Record<string, string>;
  severityOrder: string[];
  filters: Record<'kind' | 'owner' | 'severity', string>;
  hint: string;
  loading: string;
  results: string;
  one: string;
  none: string;
  error: string;
  offline: string;
  owner: string;
  /** Where the owner filter's names are: role id → the role's name in the page's language. */
  ownersUrl: string;
  synonyms: string[][];
  reader: Reader;
  /** Pagefind's keys of the other languages' indexes (`en`, `zh-cn`). */
  otherLanguages: string[];
}
declare global {
  interface Window {
    handbookSearch?: { open(): void };
  }
}

const MAX_RESULTS = 20;
const FILTERS = ['kind', 'owner', 'severity'] as const;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const dialog = document.getElementById('search-dialog') as HTMLDialogElement;
const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
const filterBox = dialog.querySelector<HTMLElement>('[data-search-filters]')!;
const filterCount = dialog.querySelector<HTMLElement>('[data-search-filter-count]')!;
const strings = JSON.parse(dialog.dataset.strings!) as Strings;
const selection: Selection = { kind: [], owner: [], severity: [] };

/**
 * `{name}` placeholders, as `fillTemplate` (src/lib/words.ts) fills them with `{ unknown: 'empty' }`. Written out here
 * because sharing that module with incident mode would make the bundler split it into a chunk of
 * its own, a second script on every runbook page before search is even opened.
 */
const fillTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : ''));

let pagefind: Promise<Pagefind> | undefined;
/** The build's result table (scripts/search-index.ts); empty when it cannot be had, and then every hit's fragment is fetched. */
let resultTable: Promise<ResultTable> | undefined;
/** The roles' names, once fetched; until then (or if they cannot be had) a role shows as its id. */
let ownerNames: Record<string, string> = {};
let ownersLoaded: Promise<void> | undefined;
let returnFocus: Element | null = null;
let sequence = 0;
let timer: number | undefined;

/**
 * A JSON file of the build, or `{}` when it cannot be had (offline without it, an older build).
 * Revalidated each visit: the files keep one name for every build (the offline copy serves its own build's).
 */
const fetchJsonOrEmpty = <T extends object>(url: string): Promise<T | Record<string, never>> =>
  fetch(url, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<T>) : {}))
    .catch(() => ({}));

function loadResultTable(): Promise<ResultTable> {
  resultTable ??= fetchJsonOrEmpty<ResultTable>(`${BASE}pagefind/${RESULT_TABLE_FILE}`);
  return resultTable;
}

function loadOwnerNames(): Promise<void> {
  ownersLoaded ??= fetchJsonOrEmpty<Record<string, string>>(strings.ownersUrl).then(
    (names) => void (ownerNames = names),
  );
  return ownersLoaded;
}

function loadPagefind(): Promise<Pagefind> {
  void loadResultTable();
  void loadOwnerNames();
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    const bundle = new URL(`${BASE}pagefind/`, location.origin).href;
    return setUp(module, { bundle, baseUrl: BASE, otherLanguages: strings.otherLanguages });
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function label(filter: string, value: string): string {
  if (filter === 'kind') return strings.kinds[value] ?? value;
  if (filter === 'severity') return strings.severities[value] ?? value;
  return ownerNames[value] ?? value;
}

async function buildFilters(pf: Pagefind) {
  if (filterBox.childElementCount > 0) return;
  const available = await pf.filters();
  for (const name of FILTERS) {
    const values = Object.keys(available[name] ?? {});
    if (values.length === 0) continue;
    const order = name === 'kind' ? strings.kindOrder : name === 'severity' ? strings.severityOrder : [];
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    fieldset.dataset.filter = name;
    const legend = document.createElement('legend');
    legend.textContent = strings.filters[name];
    fieldset.append(legend);
    for (const value of orderValues(values, order)) {
      const box = document.createElement('label');
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.name = name;
      check.value = value;
      box.append(check, ` ${label(name, value)}`);
      fieldset.append(box);
    }
    filterBox.append(fieldset);
  }
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  if (hit.kind) item.dataset.kind = hit.kind;
  if (hit.owner) item.dataset.owner = hit.owner;
  item.dataset.severity = hit.severity.join(' ');
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit-link';
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.title;
  link.append(title);
  if (hit.other) {
    const other = document.createElement('span');
    other.lang = hit.otherLang!;
    other.className = 'search-hit-other';
    other.textContent = hit.other;
    link.append(' ', other);
  }
  const meta = document.createElement('p');
  meta.className = 'search-hit-meta';
  meta.textContent = [
    hit.kind && label('kind', hit.kind),
    hit.owner && fillTemplate(strings.owner, { role: label('owner', hit.owner) }),
    hit.severity.map((s) => label('severity', s)).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  if (hit.excerptLang) excerpt.lang = hit.excerptLang;
  // filled when the hit's fragment has come (run below)
  item.append(link, meta, excerpt);
  return item;
}

async function run() {
  const id = ++sequence;
  const term = input.value.trim();
  const filters = filterQuery(selection);
  filterCount.textContent = countSelected(selection) ? `(${countSelected(selection)})` : '';
  if (!term && countSelected(selection) === 0) {
    list.replaceChildren();
    list.dataset.term = '';
    list.setAttribute('aria-busy', 'false');
    status.textContent = strings.hint;
    return;
  }
  let pf: Pagefind;
  try {
    pf = await loadPagefind();
  } catch {
    status.textContent = navigator.onLine ? strings.error : strings.offline;
    list.setAttribute('aria-busy', 'false');
    return;
  }
  const ranked = await rankHits(pf, term, {
    filters,
    synonyms: strings.synonyms,
    reader: strings.reader,
    max: MAX_RESULTS,
    table: await loadResultTable(),
  });
  await loadOwnerNames();
  if (id !== sequence || !ranked) return;
  const { hits } = ranked;
  // The hits show at once; the list stays busy until their excerpts have come.
  const items = hits.map(renderHit);
  list.replaceChildren(...items);
  list.dataset.term = term;
  status.textContent =
    hits.length === 0
      ? fillTemplate(strings.none, { query: term })
      : fillTemplate(hits.length === 1 ? strings.one : strings.results, { count: hits.length });
  let excerpts: string[] = [];
  try {
    excerpts = await ranked.excerpts();
  } catch {
    // a fragment that does not come (offline, say) leaves the hits without excerpts
  }
  if (id !== sequence) return;
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  excerpts.forEach((excerpt, i) => (items[i]!.querySelector('.search-hit-excerpt')!.innerHTML = excerpt));
  list.setAttribute('aria-busy', 'false');
}

function schedule() {
  list.setAttribute('aria-busy', 'true');
  window.clearTimeout(timer);
  timer = window.setTimeout(run, 120);
  // a failed preload costs nothing: the search after the pause loads what it needs itself
  pagefind
    ?.then((pf) =>
      preloadQuery(pf, input.value.trim(), { filters: filterQuery(selection), synonyms: strings.synonyms }),
    )
    .catch(() => {});
}

function open() {
  if (dialog.open) return input.focus();
  returnFocus = document.activeElement;
  dialog.showModal();
  input.focus();
  input.select();
  status.textContent = input.value ? strings.loading : strings.hint;
  loadPagefind()
    .then(async (pf) => {
      await loadOwnerNames();
      await buildFilters(pf);
      if (input.value || countSelected(selection)) schedule();
    })
    .catch(() => (status.textContent = navigator.onLine ? strings.error : strings.offline));
}

function links(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
}

input.addEventListener('input', schedule);
dialog.querySelector('[data-search-form]')!.addEventListener('submit', (event) => {
  event.preventDefault();
  links()[0]?.click();
});
filterBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const values = selection[box.name] ?? [];
  selection[box.name] = box.checked ? [...values, box.value] : values.filter((v) => v !== box.value);
  schedule();
});
dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const all = links();
  if (all.length === 0) return;
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && event.target !== input) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else all[Math.min(next, all.length - 1)]!.focus();
});
dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
// Escape closes search even from a search box with text in it (which would otherwise only clear it).
dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.isComposing) return;
  event.preventDefault();
  dialog.close();
});
// A click on the backdrop (the dialog element itself, outside its panel) closes it.
dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
dialog.addEventListener('close', () => {
  if (returnFocus instanceof HTMLElement) returnFocus.focus();
});

window.handbookSearch = { open };
open();

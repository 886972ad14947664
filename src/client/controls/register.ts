/**
 * Binds the controls register's filter form and sortable headers to the table: the URL holds the
 * view, so a reload or a shared link shows the same rows in the same order.
 */
import { compareKeys, readFilters, rowMatches, writeFilters, type Filters } from './filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-register-form]');
const table = document.querySelector<HTMLTableElement>('[data-register]');
const status = document.querySelector<HTMLElement>('[data-register-count]');

if (form && table && status) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const template = status.dataset.template ?? '{shown} / {total}';

  const formFilters = (): Filters => {
    const data = new FormData(form);
    const current = readFilters(location.search);
    return {
      ...Object.fromEntries(['basis', 'owner', 'law', 'area'].map((k) => [k, String(data.get(k) ?? '') || undefined])),
      proposed: data.get('proposed') === '1',
      sort: current.sort,
      descending: current.descending,
    };
  };

  const apply = (filters: Filters) => {
    for (const [key, value] of Object.entries(filters)) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement) field.value = typeof value === 'string' ? value : '';
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true;
    }
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible = rowMatches(
        {
          basis: d.basis ?? '',
          owner: d.owner ?? '',
          laws: (d.laws ?? '').split(' '),
          area: d.area ?? '',
          proposed: d.proposed === '1',
        },
        filters,
      );
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const key = filters.sort;
    if (key) {
      const sign = filters.descending ? -1 : 1;
      const sorted = [...rows].sort(
        (a, b) =>
          sign *
          compareKeys(
            a.dataset[`key${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '',
            b.dataset[`key${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '',
          ),
      );
      body.append(...sorted);
    }
    for (const header of table.querySelectorAll<HTMLElement>('th[data-sort]')) {
      const sorted = header.dataset.sort === key;
      header.setAttribute('aria-sort', sorted ? (filters.descending ? 'descending' : 'ascending') : 'none');
    }
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };

  const update = (filters: Filters) => {
    history.replaceState(null, '', `${location.pathname}${writeFilters(filters)}`);
    apply(filters);
  };

  form.addEventListener('change', () => update(formFilters()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(formFilters());
  });
  form.addEventListener('reset', () => setTimeout(() => update({}), 0));
  for (const button of table.querySelectorAll<HTMLButtonElement>('th[data-sort] button')) {
    button.addEventListener('click', () => {
      const key = button.closest<HTMLElement>('th')!.dataset.sort!;
      const current = readFilters(location.search);
      update({ ...formFilters(), sort: key, descending: current.sort === key ? !current.descending : false });
    });
  }
  apply(readFilters(location.search));
}

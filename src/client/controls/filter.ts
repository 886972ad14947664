/**
 * The controls register's filters and sort order, kept in the URL (`?basis=6.1&proposed=1&sort=owner`)
 * so an auditor can share a view. Pure functions; `register.ts` binds them to the page.
 */
export interface Filters {
  basis?: string;
  owner?: string;
  law?: string;
  area?: string;
  proposed?: boolean;
  sort?: string;
  descending?: boolean;
}

/** What a row offers the filters: the `data-*` attributes of its <tr>. */
export interface RowFacts {
  basis: string;
  owner: string;
  laws: string[];
  area: string;
  proposed: boolean;
}

const FILTER_KEYS = ['basis', 'owner', 'law', 'area'] as const;

export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  if (params.get('proposed') === '1') filters.proposed = true;
  const sort = params.get('sort');
  if (sort) {
    filters.sort = sort.replace(/^-/, '');
    filters.descending = sort.startsWith('-');
  }
  return filters;
}

export function writeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (filters.proposed) params.set('proposed', '1');
  if (filters.sort) params.set('sort', `${filters.descending ? '-' : ''}${filters.sort}`);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function rowMatches(row: RowFacts, filters: Filters): boolean {
  return (
    (!filters.basis || row.basis === filters.basis) &&
    (!filters.owner || row.owner === filters.owner) &&
    (!filters.law || row.laws.includes(filters.law)) &&
    (!filters.area || row.area === filters.area) &&
    (!filters.proposed || row.proposed)
  );
}

/** Compares two rows' sort keys as a reader expects: clause ids and numbers by value, text alphabetically. */
export function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
}

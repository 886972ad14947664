/**
 * The role-permission matrix: roles as rows (internal, then external, each by grade), permissions
 * as columns (grouped by area, chains in step order), one cell per pair saying whether the role
 * holds the permission and on what basis. Pure: takes a Model, returns plain data that pages,
 * the CSV/JSON downloads and the tests share.
 */
import { PERMISSION_AREAS, type Bilingual } from '../schemas/index.ts';
import { basisCellWords, basisId, basisWords, type BasisId } from './basis.ts';
import type { UiKey } from '../i18n/en.ts';
import type { Locale } from './routes.ts';
import { inLocale } from './titles.ts';
import { say, type Words } from './words.ts';
import type { Model } from './model.ts';
import { orderedPermissions } from './queries/permissions.ts';
import { heldPermissions, orderedRoles, type RoleScope } from './queries/roles.ts';

export type PermissionArea = (typeof PERMISSION_AREAS)[number];

// The generators that import the basis helpers from here keep working; `./basis.ts` is their home.
export { basisId, type BasisId };

export interface MatrixColumn {
  id: string;
  title: Bilingual;
  area: PermissionArea;
  basis: BasisId;
  /** The words of the clause the basis quotes (none for a proposal). */
  quotes: string[];
  chain?: { id: string; step: number };
  /** Separation rules whose forbidden pair includes this permission. */
  separation: string[];
}

export interface MatrixRow {
  id: string;
  name: Bilingual;
  scope: RoleScope;
  grade?: { rank: number; label: Bilingual };
  keyPost?: string;
  /** Separation rules whose forbidden pair includes this role. */
  separation: string[];
}

export interface MatrixCell {
  granted: boolean;
  /** The permission's basis when granted; the cell links to it. */
  basis?: BasisId;
  /** The quoted words of that basis, when granted on a clause. */
  quotes?: string[];
  /** Held through another post this role also holds (`alsoHolds`), not directly. */
  via?: string;
  /** Separation rules this role breaks by holding this permission (the checker forbids it; shown if it ever happens). */
  conflicts: string[];
}

export interface SeparationPair {
  id: string;
  title: string;
  kind: 'permissions' | 'roles';
  pair: [string, string];
  basis: BasisId;
  quotes: string[];
}

export interface Matrix {
  /** Column groups in the order of `PERMISSION_AREAS`; empty areas are left out. */
  areas: { area: PermissionArea; columns: MatrixColumn[] }[];
  /** Row groups: internal roles first, then external ones. */
  scopes: { scope: RoleScope; rows: MatrixRow[] }[];
  /** `cells[roleId][permissionId]`. */
  cells: Record<string, Record<string, MatrixCell>>;
  separation: SeparationPair[];
}

export function separationPairs(model: Model): SeparationPair[] {
  return model.all('separation').map((rule) => ({
    id: rule.id,
    title: rule.data.title,
    kind: rule.data.permissions ? ('permissions' as const) : ('roles' as const),
    pair: (rule.data.permissions ?? rule.data.roles)!.map((r) => r.id) as [string, string],
    basis: basisId(rule.data.basis),
    quotes: basisWords(model, rule.data.basis),
  }));
}

export function buildMatrix(model: Model): Matrix {
  const separation = separationPairs(model);
  const permissionRules = (id: string) =>
    separation.filter((s) => s.kind === 'permissions' && s.pair.includes(id)).map((s) => s.id);
  const roleRules = (id: string) =>
    separation.filter((s) => s.kind === 'roles' && s.pair.includes(id)).map((s) => s.id);

  const columns: MatrixColumn[] = orderedPermissions(model).map((p) => ({
    id: p.id,
    title: p.data.title,
    area: p.data.area,
    basis: basisId(p.data.basis),
    quotes: basisWords(model, p.data.basis),
    ...(p.data.chain ? { chain: { ...p.data.chain } } : {}),
    separation: permissionRules(p.id),
  }));
  const rows: MatrixRow[] = orderedRoles(model).map((r) => ({
    id: r.id,
    name: r.data.name,
    scope: r.data.scope,
    ...(r.data.grade ? { grade: r.data.grade } : {}),
    ...(r.data.keyPost ? { keyPost: r.data.keyPost } : {}),
    separation: roleRules(r.id),
  }));

  const cells: Matrix['cells'] = {};
  for (const row of rows) {
    const held = heldPermissions(model, row.id);
    cells[row.id] = {};
    for (const column of columns) {
      const h = held.get(column.id);
      const conflicts = h
        ? separation
            .filter((s) => s.kind === 'permissions' && s.pair.includes(column.id))
            .filter((s) => held.has(s.pair[0] === column.id ? s.pair[1] : s.pair[0]))
            .map((s) => s.id)
        : [];
      cells[row.id]![column.id] = h
        ? {
            granted: true,
            basis: column.basis,
            ...(column.quotes.length ? { quotes: column.quotes } : {}),
            ...(h.via ? { via: h.via } : {}),
            conflicts,
          }
        : { granted: false, conflicts };
    }
  }

  return {
    areas: PERMISSION_AREAS.map((area) => ({ area, columns: columns.filter((c) => c.area === area) })).filter(
      (g) => g.columns.length > 0,
    ),
    scopes: (['internal', 'external'] as const)
      .map((scope) => ({ scope, rows: rows.filter((r) => r.scope === scope) }))
      .filter((g) => g.rows.length > 0),
    cells,
    separation,
  };
}

/** Columns in display order, flattened. */
export const matrixColumns = (matrix: Matrix): MatrixColumn[] => matrix.areas.flatMap((a) => a.columns);
/** Rows in display order, flattened. */
export const matrixRows = (matrix: Matrix): MatrixRow[] => matrix.scopes.flatMap((s) => s.rows);

/**
 * The cell of the downloads, as words: the basis of a grant with the words it quotes
 * (`4.1 «部门负责人拥有项目全权审批权»`, `proposed`), and the post it is held through when held
 * through another (`via <role>`); `undefined` when not held.
 */
export function cellWords(cell: MatrixCell): Words | undefined {
  if (!cell.granted) return undefined;
  const basis = basisCellWords(cell.basis!, cell.quotes);
  return cell.via ? say('csv.via', { basis, id: cell.via, role: { roles: [cell.via], join: 'and' } }) : basis;
}

/** The columns of the CSV before the permissions, as dictionary keys. */
const MATRIX_CSV_HEADER = [
  'csv.matrix.role',
  'csv.matrix.roleName',
  'csv.matrix.scope',
  'csv.matrix.grade',
] as const satisfies readonly UiKey[];

/**
 * The matrix as rows for CSV in a language: a header (each permission column names its id, and
 * its title where the language's words say so), then one row per role with its id, its name in
 * that language, its scope, grade and one cell per permission. `text` words them.
 */
export function matrixTable(matrix: Matrix, text: (words: Words) => string, locale: Locale): string[][] {
  const columns = matrixColumns(matrix);
  const header = [
    ...MATRIX_CSV_HEADER.map((key) => text(say(key))),
    ...columns.map((c) => text(say('csv.matrix.permission', { id: c.id, title: inLocale(c.title, locale) }))),
  ];
  const body = matrixRows(matrix).map((row) => [
    row.id,
    inLocale(row.name, locale),
    text(say('csv.code', { code: row.scope, name: say(`role.${row.scope}`) })),
    row.grade ? String(row.grade.rank) : '',
    ...columns.map((c) => {
      const words = cellWords(matrix.cells[row.id]![c.id]!);
      return words ? text(words) : '';
    }),
  ]);
  return [header, ...body];
}

/** The permission changes of a report as table rows (header first), for the CSV download. */
import type { ChangeReport } from './diff.ts';

const PERMISSION_CHANGES_HEADER = ['role', 'permission', 'change', 'basis', 'via'] as const;

export function permissionChangesTable(report: ChangeReport): string[][] {
  return [
    [...PERMISSION_CHANGES_HEADER],
    ...report.permissions.map((p) => [p.role, p.permission, p.change, p.basis, p.via ?? '']),
  ];
}

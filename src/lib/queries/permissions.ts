/** The order permissions are listed in (the matrix columns, the role pages, the exports). */
import { PERMISSION_AREAS } from '../../schemas/index.ts';
import type { Entry } from '../content/load.ts';
import type { Model } from '../model.ts';

/** Permissions by area (in the order of `PERMISSION_AREAS`), then chains by step, then by id. */
export function orderedPermissions(model: Model): Entry<'permissions'>[] {
  const areaIndex = (p: Entry<'permissions'>) => PERMISSION_AREAS.indexOf(p.data.area);
  return [...model.all('permissions')].sort(
    (a, b) =>
      areaIndex(a) - areaIndex(b) ||
      (a.data.chain?.id ?? '\uffff').localeCompare(b.data.chain?.id ?? '\uffff') ||
      (a.data.chain?.step ?? 0) - (b.data.chain?.step ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

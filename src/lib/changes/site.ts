/** History and releases of the content the site is built from: one git walk and one load per release per build. */
import { readContentHistory, type ContentHistory } from '../history/entries.ts';
import { contentDir, getModel } from '../site-model.ts';
import { cachedReleaseHistory, type ReleaseHistory } from './releases.ts';

export const siteReleaseHistory = (): Promise<ReleaseHistory> => cachedReleaseHistory(contentDir(), getModel());
export const siteContentHistory = (): Promise<ContentHistory> => readContentHistory(contentDir());

/** Download names: `handbook-2026.12` is that release against the one before; `since-handbook-2026.12` is this build against it. */
export const sinceName = (tag: string): string => `since-${tag}`;

/** Every downloadable report of this build, by name. */
export async function namedReports() {
  const history = await siteReleaseHistory();
  if (!history.available) return [];
  return [
    ...history.releases.flatMap((r) => (r.report ? [{ name: r.release.tag, report: r.report }] : [])),
    ...history.since.map((s) => ({ name: sinceName(s.release.tag), report: s.report })),
  ];
}

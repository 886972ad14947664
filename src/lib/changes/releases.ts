/**
 * Every handbook release (a `handbook-YYYY.MM` tag) with its change report against the release
 * before it, and what changed since the last release in the content being built. One model load
 * per release; cached per content folder, so every page of a build shares it.
 */
import { listReleases, openRepo, type Release, type Unavailable } from '../history/git.ts';
import { modelAt } from '../history/revision-model.ts';
import type { Model } from '../model.ts';
import { diffModels, type ChangeReport } from './diff.ts';

export interface ReleaseReport {
  release: Release;
  /** The release before; absent for the first release, which has no report. */
  previous?: Release;
  report?: ChangeReport;
}

export type ReleaseHistory =
  | {
      available: true;
      /** Newest first. */
      releases: ReleaseReport[];
      /** What the content being built changes since each release, newest release first (the matrix highlights these). */
      since: { release: Release; report: ChangeReport }[];
      /** The same since the newest release. */
      sinceLast?: { release: Release; report: ChangeReport };
    }
  | Unavailable;

export async function releaseHistory(contentDir: string, current: Model): Promise<ReleaseHistory> {
  const repo = await openRepo(contentDir);
  if (!repo.available) return repo;
  const releases = await listReleases(repo);
  const models: Model[] = [];
  for (const release of releases) models.push((await modelAt(repo, release.commit)).model);
  const reports: ReleaseReport[] = releases.map((release, i) =>
    i === 0 ? { release } : { release, previous: releases[i - 1]!, report: diffModels(models[i - 1]!, models[i]!) },
  );
  const since = releases.map((release, i) => ({ release, report: diffModels(models[i]!, current) })).reverse();
  return { available: true, releases: reports.reverse(), since, ...(since[0] ? { sinceLast: since[0] } : {}) };
}

const cache = new Map<string, { current: Model; pending: Promise<ReleaseHistory> }>();

/** `releaseHistory`, once per content folder and model. */
export function cachedReleaseHistory(contentDir: string, current: Model): Promise<ReleaseHistory> {
  const hit = cache.get(contentDir);
  if (hit && hit.current === current) return hit.pending;
  const pending = releaseHistory(contentDir, current);
  cache.set(contentDir, { current, pending });
  return pending;
}

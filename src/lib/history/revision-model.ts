/** The model as it was at a git revision: that revision's content files, read by the ordinary loader. */
import { loadContent } from '../content/load.ts';
import type { Finding } from '../finding-report.ts';
import { buildModel, type Model } from '../model.ts';
import { checkoutContent, type Repo } from './git.ts';

export interface RevisionModel {
  model: Model;
  /** Problems of the content at that revision (an old revision may not load cleanly under today's schemas). */
  findings: Finding[];
}

export async function modelAt(repo: Repo, rev: string): Promise<RevisionModel> {
  const { dir, dispose } = await checkoutContent(repo, rev);
  try {
    const loaded = loadContent({ contentDir: dir, cwd: dir });
    return { model: buildModel(loaded.entries), findings: loaded.findings };
  } finally {
    dispose();
  }
}

/** The reports a build offers for download, named after the release they start from. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { diffModels } from '../../src/lib/changes/diff.ts';
import { namedReports, sinceName, siteContentHistory } from '../../src/lib/changes/site.ts';
import { openRepo } from '../../src/lib/history/git.ts';
import { modelAt } from '../../src/lib/history/revision-model.ts';
import { loadModel } from '../fixtures/generated/model.ts';
import { FIXTURE_CONTENT } from '../fixtures/history/repo.ts';
import { scenario as twoReleases } from '../fixtures/edited-after-review/scenario.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.unstubAllEnvs());

/** Two releases, then nothing: this build is the second release. */
const repo = twoReleases();
cleanup.push(repo.root);

describe('sinceName', () => {
  it('prefixes the release tag with since-', () => {
    expect(sinceName('handbook-2026.12')).toBe('since-handbook-2026.12');
  });
});

describe('namedReports', () => {
  it('names each release against the one before by its tag, and this build against each release by since-tag', async () => {
    vi.stubEnv('HANDBOOK_CONTENT_DIR', repo.content);
    const git = await openRepo(repo.content);
    if (!git.available) throw new Error('no repository');
    const [november, december] = [
      (await modelAt(git, 'handbook-2026.11')).model,
      (await modelAt(git, 'handbook-2026.12')).model,
    ];
    const current = loadModel(repo.content);
    expect(await namedReports()).toEqual([
      { name: 'handbook-2026.12', report: diffModels(november, december) },
      { name: 'since-handbook-2026.12', report: diffModels(december, current) },
      { name: 'since-handbook-2026.11', report: diffModels(november, current) },
    ]);
  });

  it('offers nothing when the content has no git history', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'named-reports-copy-'));
    cleanup.push(copy);
    cpSync(FIXTURE_CONTENT, copy, { recursive: true });
    vi.stubEnv('HANDBOOK_CONTENT_DIR', copy);
    expect(await namedReports()).toEqual([]);
  });
});

describe('siteContentHistory', () => {
  it('reads the history of the content folder the site is built from, entry by entry', async () => {
    vi.stubEnv('HANDBOOK_CONTENT_DIR', repo.content);
    const history = await siteContentHistory();
    if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
    expect(history.entries.get('controls:drl-02')!.map((r) => `${r.date} ${r.version} ${r.subject}`)).toEqual([
      '2026-11-01 1.0 Handbook as approved',
      '2026-12-04 1.1 Number the drill control after its area',
    ]);
  });

  it('says there is no history for a copy of the content outside git', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'content-history-copy-'));
    cleanup.push(copy);
    cpSync(FIXTURE_CONTENT, copy, { recursive: true });
    vi.stubEnv('HANDBOOK_CONTENT_DIR', copy);
    expect(await siteContentHistory()).toEqual({ available: false, reason: 'no-repository' });
  });
});

/** The model at a revision is read from a temporary copy of its content, removed once it is loaded. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Repo } from '../../src/lib/history/git.ts';
import { modelAt } from '../../src/lib/history/revision-model.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-revision-model-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const ROLE = readFileSync('tests/fixtures/generated/content/roles/ceo.yaml', 'utf8');

/** A repository of one role file, answering only what reading a revision asks. */
const repo = {
  available: true,
  prefix: '',
  git: {
    raw: () => Promise.resolve('roles/ceo.yaml\0'),
    show: () => Promise.resolve(ROLE),
  },
} as unknown as Repo;

describe('modelAt', () => {
  it('loads the revision’s files and leaves no copy behind', async () => {
    vi.stubEnv('TMPDIR', work);
    const { model } = await modelAt(repo, 'HEAD');
    expect(model.ids('roles')).toEqual(['ceo']);
    expect(readdirSync(work)).toEqual([]);
  });
});

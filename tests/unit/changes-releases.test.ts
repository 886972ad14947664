/** The release history is worked out once per content folder and model, and again when the model changes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedReleaseHistory } from '../../src/lib/changes/releases.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'release-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedReleaseHistory', () => {
  it('gives the same pending history for the same folder and model, and a new one for another model', async () => {
    const model = fixtureModel();
    const first = cachedReleaseHistory(dir, model);
    expect(cachedReleaseHistory(dir, model)).toBe(first);
    const other = cachedReleaseHistory(dir, fixtureModel());
    expect(other).not.toBe(first);
    expect(await other).toEqual({ available: false, reason: 'no-repository' });
    expect(await first).toEqual({ available: false, reason: 'no-repository' });
  });
});

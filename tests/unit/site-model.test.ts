/** The site's model is loaded once per process, even when two bundles (the content layer, the pages) import it. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.unstubAllEnvs());

describe('getModel', () => {
  it('shares one load between separate instances of the module', async () => {
    type SiteModel = typeof import('../../src/lib/site-model.ts');
    const path = '../../src/lib/site-model.ts';
    const first = (await import(/* @vite-ignore */ `${path}?instance=content-layer`)) as SiteModel;
    const second = (await import(/* @vite-ignore */ `${path}?instance=pages`)) as SiteModel;
    expect(first).not.toBe(second);
    vi.stubEnv('HANDBOOK_CONTENT_DIR', 'tests/fixtures/generated/content');
    const model = first.getModel();
    expect(second.getModel()).toBe(model);
  });
});

describe('requireEntry', () => {
  it('returns the entry a component names, and otherwise says which id is unknown and what was meant', async () => {
    const { getModel } = await import('../../src/lib/site-model.ts');
    const { requireEntry } = await import('../../src/lib/model.ts');
    vi.stubEnv('HANDBOOK_CONTENT_DIR', 'tests/fixtures/generated/content');
    const model = getModel();
    const [id] = model.ids('roles');
    expect(requireEntry(model, 'roles', id!).id).toBe(id);
    expect(() => requireEntry(model, 'roles', `${id}x`)).toThrow(`unknown roles id \`${id}x\`: did you mean \`${id}\``);
  });
});

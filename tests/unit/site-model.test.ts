/** The site's model is loaded once per process, even when two bundles (the content layer, the pages) import it. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.unstubAllEnvs());

describe('getModel', () => {
  it('shares one load between separate instances of the module', async () => {
    const first =
      (await import('../../src/lib/site-model.ts?instance=content-layer')) as typeof import('../../src/lib/site-model.ts');
    const second =
      (await import('../../src/lib/site-model.ts?instance=pages')) as typeof import('../../src/lib/site-model.ts');
    expect(first).not.toBe(second);
    vi.stubEnv('HANDBOOK_CONTENT_DIR', 'tests/fixtures/generated/content');
    const model = first.getModel();
    expect(second.getModel()).toBe(model);
  });
});

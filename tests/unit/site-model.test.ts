/** The site's model is loaded once per process, even when two bundles (the content layer, the pages) import it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKED_STAMP_ENV, writeCheckedStamp } from '../../src/lib/content/fingerprint.ts';

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

describe('getModel and a content edit', () => {
  const CACHE = Symbol.for('handbook.site-model');
  const work = mkdtempSync(join(tmpdir(), 'handbook-site-model-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as { [CACHE]?: unknown })[CACHE];
  });

  /** A copy of the fixture, its model, and an edit to one of its roles' names. */
  async function editAfterLoad(nodeEnv: string) {
    const dir = join(work, nodeEnv);
    cpSync('tests/fixtures/generated/content', dir, { recursive: true });
    vi.stubEnv('HANDBOOK_CONTENT_DIR', dir);
    vi.stubEnv('NODE_ENV', nodeEnv);
    vi.useFakeTimers({ toFake: ['Date'] });
    const { getModel } = await import('../../src/lib/site-model.ts');
    const before = getModel();
    const role = before.all('roles')[0]!;
    writeFileSync(role.file, readFileSync(role.file, 'utf8').replace(/\ben: [^,}]+/, 'en: Renamed role'));
    vi.advanceTimersByTime(1_000);
    return { before, after: getModel(), id: role.id };
  }

  it('in `astro dev` an edit is picked up by the next page that asks, a moment later', async () => {
    const { before, after, id } = await editAfterLoad('development');
    expect(after).not.toBe(before);
    expect(after.get('roles', id)?.data.name.en).toBe('Renamed role');
  });

  it('in a production build the folder is not looked at again: the content cannot change while it builds', async () => {
    const { before, after } = await editAfterLoad('production');
    expect(after).toBe(before);
  });
});

describe('getModel after the build has checked the content', () => {
  const CACHE = Symbol.for('handbook.site-model');
  const work = mkdtempSync(join(tmpdir(), 'handbook-stamp-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => {
    delete (globalThis as { [CACHE]?: unknown })[CACHE];
  });

  /** Content with an error only a rule finds (a reference to an unknown id), and a stamp recording it as checked. */
  function stamped(name: string) {
    const dir = join(work, name);
    cpSync('tests/fixtures/unknown-reference/content', dir, { recursive: true });
    const stamp = join(work, `${name}.checked`);
    writeCheckedStamp(stamp, dir);
    vi.stubEnv('HANDBOOK_CONTENT_DIR', dir);
    return { dir, stamp };
  }

  it('loads content its stamp records without running the rules again', async () => {
    const { stamp } = stamped('trusted');
    vi.stubEnv(CHECKED_STAMP_ENV, stamp);
    const { getModel } = await import('../../src/lib/site-model.ts');
    expect(getModel().all('guides').length).toBeGreaterThan(0);
  });

  it('checks the content in full when a file changed after the stamp, or when there is no stamp', async () => {
    const { dir, stamp } = stamped('edited');
    const { getModel } = await import('../../src/lib/site-model.ts');
    expect(() => getModel()).toThrow(/unknown-reference/);
    delete (globalThis as { [CACHE]?: unknown })[CACHE];
    vi.stubEnv(CHECKED_STAMP_ENV, stamp);
    const guide = join(dir, 'guides', 'onboarding.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nOne more line.\n`);
    expect(() => getModel()).toThrow(/unknown-reference/);
  });
});

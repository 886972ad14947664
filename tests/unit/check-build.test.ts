/**
 * The build over a fixture site: a broken reference fails it, with the file named, and the
 * last good dist/ stays in place. (That clean content publishes the export is tested on the
 * endpoints themselves, in export.test.ts.)
 * Each test says which step of `scripts/build.ts` it expects to fail or pass, so that a page
 * broken elsewhere cannot make a test pass for the wrong reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BROKEN = 'tests/fixtures/unknown-reference/content';
const BROKEN_FILE = `${BROKEN}/guides/onboarding.mdx:17:66`;
const work = mkdtempSync(join(tmpdir(), 'handbook-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string>) {
  const { GITHUB_ACTIONS: _, ...rest } = process.env;
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...rest, ...env }, timeout: 110_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('scripts/build.ts', () => {
  it('fails at the content check on a broken reference, names the file and leaves the last dist/ untouched', () => {
    const dist = join(work, 'broken-dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'last good build\n');
    const run = node(['scripts/build.ts'], { HANDBOOK_CONTENT_DIR: BROKEN, HANDBOOK_DIST_DIR: dist });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`${BROKEN_FILE}  unknown-reference`);
    // the checker step failed, before Astro ran at all
    expect(run.output).toContain('✖ content check failed; the previous dist/ is left as it was.');
    expect(run.output).not.toContain('▶ astro build');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good build\n');
    // the failed build's staging folder is gone
    expect(readdirSync(`${dist}.builds`)).toEqual([]);
  });
});

/** `astro build` straight over `content`, with a cache of its own, so that it cannot mix fixture entries into a build of the real content running at the same time. */
function directBuild(content: string, name: string) {
  const configDir = join('node_modules/.cache', `handbook-build-test-${process.pid}-${name}`);
  mkdirSync(configDir, { recursive: true });
  const config = join(configDir, 'astro.config.mjs');
  writeFileSync(
    config,
    `import base from '../../../astro.config.mjs';\nexport default { ...base, cacheDir: ${JSON.stringify(join(work, `astro-cache-${name}`))} };\n`,
  );
  const run = node(['node_modules/astro/bin/astro.mjs', 'build', '--config', config], {
    HANDBOOK_CONTENT_DIR: content,
    HANDBOOK_OUT_DIR: join(work, `astro-out-${name}`),
  });
  rmSync(configDir, { recursive: true, force: true });
  return run;
}

describe('a direct `astro build`', () => {
  it('fails on the same broken reference, through the model every page loads, and names the file', () => {
    const run = directBuild(BROKEN, 'reference');
    expect(run.status).not.toBe(0);
    // the failure is getModel()'s, not some other page error
    expect(run.output).toContain(`the content in ${BROKEN} has 1 error(s)`);
    expect(run.output).toContain(BROKEN_FILE);
  });

  it("reports a schema error in a data file as file:line, never in Astro's own format", () => {
    const content = 'tests/fixtures/schema/content';
    const run = directBuild(content, 'schema');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`the content in ${content} has 1 error(s)`);
    expect(run.output).toContain(`${content}/roles/ops-engineer.yaml:4:1  schema  field \`scope\``);
    // Astro's content layer does not validate the data a second time
    expect(run.output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema/);
  });
});

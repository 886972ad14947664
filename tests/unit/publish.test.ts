/**
 * Atomic publishing (scripts/publish.ts): dist/ is always one complete build, whatever fails
 * and whenever a publish is cut off, and two builds never share a staging folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAndPublish, buildsDir, currentBuild, KEEP_BUILDS, prune, stage } from '../../scripts/publish.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let dist = '';
let n = 0;
beforeEach(() => {
  dist = join(work, `site-${++n}`, 'dist');
  mkdirSync(join(dist, '..'), { recursive: true });
});

/** A build in four steps; each writes one file, the last one `index.html`, so a complete build has all four. */
const STEPS = ['astro', 'pagefind', 'service-worker', 'index'] as const;
const build = (label: string, failAt?: string) => (staging: string) => {
  for (const step of STEPS) {
    if (step === failAt) throw new Error(`${step} failed`);
    writeFileSync(join(staging, step === 'index' ? 'index.html' : `${step}.txt`), label);
  }
};
const complete = (label: string) => {
  expect(readdirSync(dist).sort()).toEqual(['astro.txt', 'index.html', 'pagefind.txt', 'service-worker.txt']);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(label);
};
const staging = () => readdirSync(buildsDir(dist)).filter((name) => name.startsWith('.staging-'));

describe('publish', () => {
  it('dist is a link to a complete build, replaced by the next one; old builds are pruned', () => {
    for (let i = 1; i <= KEEP_BUILDS + 3; i++)
      buildAndPublish(dist, build(`build ${i}`), { now: new Date(Date.UTC(2026, 0, i)) });
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    complete(`build ${KEEP_BUILDS + 3}`);
    const builds = readdirSync(buildsDir(dist));
    expect(builds).toHaveLength(KEEP_BUILDS + 1);
    expect(builds.map((b) => join(buildsDir(dist), b))).toContain(currentBuild(dist));
    // readable by the web server's own user, not only by whoever built it
    expect(statSync(currentBuild(dist)!).mode & 0o777).toBe(0o755);
  });

  it('two builds at once get two staging folders', () => {
    expect(stage(dist)).not.toBe(stage(dist));
  });

  it.each(STEPS)('a build failing at step %s leaves the previous build published and no staging folder', (step) => {
    buildAndPublish(dist, build('good'));
    expect(() => buildAndPublish(dist, build('bad', step))).toThrow(`${step} failed`);
    complete('good');
    expect(staging()).toEqual([]);
  });

  it('a first build that fails leaves no dist at all, not a partial one', () => {
    expect(() => buildAndPublish(dist, build('bad', 'index'))).toThrow();
    expect(existsSync(dist)).toBe(false);
  });

  it('a swap cut off before the rename leaves the previous build, and the next publish works and clears the leftover link', () => {
    buildAndPublish(dist, build('good'));
    expect(() =>
      buildAndPublish(dist, build('cut off'), {
        beforeSwap: () => {
          throw new Error('power cut');
        },
      }),
    ).toThrow('power cut');
    complete('good');
    buildAndPublish(dist, build('next'));
    complete('next');
    prune(dist, KEEP_BUILDS, Date.now() + 120_000);
    expect(readdirSync(join(dist, '..')).filter((name) => name.includes('.swap-'))).toEqual([]);
  });

  it('a process killed in the middle of a swap leaves the previous build published', () => {
    buildAndPublish(dist, build('good'));
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { buildAndPublish } from './scripts/publish.ts';
         import { writeFileSync } from 'node:fs';
         buildAndPublish(${JSON.stringify(dist)}, (s) => { for (const f of ['astro.txt', 'pagefind.txt', 'service-worker.txt', 'index.html']) writeFileSync(s + '/' + f, 'killed'); },
           { beforeSwap: () => process.kill(process.pid, 'SIGKILL') });`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    complete('good');
  });

  it('a plain dist/ folder from before is kept as a build and replaced by a link', () => {
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old');
    buildAndPublish(dist, build('new'));
    complete('new');
    expect(readdirSync(buildsDir(dist)).some((name) => name.endsWith('-legacy'))).toBe(true);
  });

  it('a reader polling dist/index.html while 40 builds are published never finds it missing', async () => {
    buildAndPublish(dist, build('first'));
    const done = join(dist, '..', 'done');
    const child = spawn(process.execPath, [
      '--input-type=module',
      '-e',
      `import { buildAndPublish } from './scripts/publish.ts';
       import { writeFileSync } from 'node:fs';
       for (let i = 0; i < 40; i++) buildAndPublish(${JSON.stringify(dist)}, (s) => { for (let f = 0; f < 50; f++) writeFileSync(s + '/page-' + f + '.html', 'x'); writeFileSync(s + '/index.html', 'build ' + i); });
       writeFileSync(${JSON.stringify(done)}, 'ok');`,
    ]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let reads = 0;
    let missing = 0;
    const deadline = Date.now() + 60_000;
    while (!existsSync(done) && Date.now() < deadline) {
      reads++;
      if (!existsSync(join(dist, 'index.html'))) missing++;
    }
    expect(await exited).toBe(0);
    expect(reads).toBeGreaterThan(100);
    expect(missing).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('build 39');
  });
});

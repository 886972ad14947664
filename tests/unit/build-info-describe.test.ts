/** The version of a build from git: the nearest release tag, other tags ignored. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeVersion } from '../../src/lib/build-info.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-build-info-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: work }).toString();

describe('describeVersion', () => {
  it('names the release tag and the commits since, passing over a tag that is no release', async () => {
    git('init', '-q');
    writeFileSync(join(work, 'a.txt'), 'a');
    git('add', '.');
    git('commit', '-qm', 'first');
    git('tag', 'handbook-2026.12');
    writeFileSync(join(work, 'a.txt'), 'b');
    git('commit', '-qam', 'second');
    git('tag', 'v9');
    const hash = git('rev-parse', '--short=7', 'HEAD').trim();
    expect(await describeVersion(work, {})).toBe(`handbook-2026.12-1-g${hash}`);
  });
});

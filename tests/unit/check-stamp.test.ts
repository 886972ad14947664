/**
 * `node scripts/check.ts --stamp <file>`: the build's content check records what it checked, and
 * only when it found no error, so that the Astro step never trusts content that failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../src/lib/content/fingerprint.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-check-stamp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (dir: string, stamp: string) =>
  spawnSync(process.execPath, ['scripts/check.ts', dir, '--stamp', stamp], { encoding: 'utf8', timeout: 60_000 });

describe('check.ts --stamp', () => {
  it('records the checked content when it finds no error', () => {
    const stamp = join(work, 'clean.checked');
    const dir = 'tests/fixtures/clean/content';
    expect(check(dir, stamp).status).toBe(0);
    expect(readFileSync(stamp, 'utf8')).toBe(contentFingerprint(dir));
  });

  it('records nothing when the content has an error', () => {
    const stamp = join(work, 'broken.checked');
    expect(check('tests/fixtures/unknown-reference/content', stamp).status).toBe(1);
    expect(existsSync(stamp)).toBe(false);
  });
});

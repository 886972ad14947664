/**
 * The content's fingerprint lists every file in name order whatever order the file system lists
 * them in (two machines must agree on one content), and a stamp holds only for the fingerprint it
 * recorded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-fingerprint-'));
  mkdirSync(join(dir, 'roles'));
  for (const name of ['b.yaml', 'a.yaml', 'c.yaml']) writeFileSync(join(dir, 'roles', name), name);
});
afterEach(() => {
  vi.doUnmock('node:fs');
  vi.resetModules();
  rmSync(dir, { recursive: true, force: true });
});

/** The fingerprint module, with the file system listing each folder in the order `order` gives. */
async function fingerprintWith(order: (names: string[]) => string[]) {
  vi.resetModules();
  vi.doMock('node:fs', async (original) => {
    const fs = await original<typeof import('node:fs')>();
    return { ...fs, readdirSync: (path: string) => order(fs.readdirSync(path)) };
  });
  return import('../../src/lib/content/fingerprint.ts');
}

it('lists the files in name order, however the file system lists them', async () => {
  const reversed = await fingerprintWith((names) => [...names].sort().reverse());
  const listed = reversed
    .contentFingerprint(dir)
    .split('\n')
    .slice(1)
    .map((line) => line.split(':')[0]!.slice(dir.length + 1));
  expect(listed).toEqual(['roles/a.yaml', 'roles/b.yaml', 'roles/c.yaml']);
  const sorted = await fingerprintWith((names) => [...names].sort());
  expect(sorted.contentFingerprint(dir)).toBe(reversed.contentFingerprint(dir));
});

it('a stamp holds for the fingerprint it recorded, and not without a stamp or for other content', async () => {
  const { checkedStampHolds, contentFingerprint, writeCheckedStamp } =
    await import('../../src/lib/content/fingerprint.ts');
  const stamp = join(dir, 'stamp');
  expect(checkedStampHolds(stamp, contentFingerprint(dir))).toBe(false);
  expect(checkedStampHolds(undefined, contentFingerprint(dir))).toBe(false);
  writeCheckedStamp(stamp, join(dir, 'roles'));
  expect(checkedStampHolds(stamp, contentFingerprint(join(dir, 'roles')))).toBe(true);
  writeFileSync(join(dir, 'roles', 'a.yaml'), 'changed, and longer');
  expect(checkedStampHolds(stamp, contentFingerprint(join(dir, 'roles')))).toBe(false);
});

/**
 * `node scripts/check.ts --watch`: reports again after every change to the content, each report
 * ending with the time it took, and keeps watching after a change that breaks the content.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchContent } from '../../scripts/check-watch.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-check-watch-'));
const content = join(work, 'content');
cpSync('tests/fixtures/clean/content', content, { recursive: true });
let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
  rmSync(work, { recursive: true, force: true });
});

/** The watcher's output so far, and a way to wait for its next report (the text up to its `checked in` line). */
function startWatching() {
  const child = spawn(process.execPath, ['scripts/check.ts', '--watch', content], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let waiting: (() => void) | undefined;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    waiting?.();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let read = 0;
  const nextReport = () =>
    new Promise<string>((resolve) => {
      const look = () => {
        const end = output.indexOf('checked in ', read);
        const lineEnd = end < 0 ? -1 : output.indexOf('\n', end);
        if (lineEnd < 0) return;
        const report = output.slice(read, lineEnd);
        read = lineEnd + 1;
        waiting = undefined;
        resolve(report);
      };
      waiting = look;
      look();
    });
  return { child, nextReport };
}

describe('check.ts --watch', () => {
  it('checks at once, again after each change, and keeps watching after a broken file', async () => {
    const { child, nextReport } = startWatching();
    watcher = child;
    const first = await nextReport();
    expect(first).toContain('0 errors, 0 warnings');
    expect(first).toMatch(/checked in \d+ ms; watching for changes/);

    const role = join(content, 'roles', 'ops-engineer.yaml');
    const before = readFileSync(role, 'utf8');
    appendFileSync(role, 'nickname: ops\n');
    const broken = await nextReport();
    expect(broken).toContain('ops-engineer.yaml changed');
    expect(broken).toMatch(/ops-engineer\.yaml:\d+:1 {2}schema {2}field `nickname` is not part of the schema/);
    expect(broken).toContain('1 error');

    writeFileSync(role, before);
    const fixed = await nextReport();
    expect(fixed).toContain('0 errors, 0 warnings');
    expect(child.exitCode).toBeNull();
  }, 60_000);

  it('refuses --stamp with --watch: a stamp records one finished check', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', content, '--watch', '--stamp', join(work, 's')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot be used with --watch');
  });
});

describe('watchContent', () => {
  it('checks once more when a file changes during a check, so the last report is of the files as they are', async () => {
    const folder = mkdtempSync(join(work, 'during-'));
    const seen: string[] = [];
    let stop: (() => void) | undefined;
    const done = new Promise<void>((resolve) => {
      const watching = watchContent([folder], async () => {
        const now = readdirSync(folder).sort().join(' ');
        seen.push(now);
        if (seen.length === 2) {
          // a save while this check runs
          writeFileSync(join(folder, 'b.yaml'), 'b: 1\n');
          await new Promise((r) => setTimeout(r, 300));
        }
        if (seen.length === 3) resolve();
      });
      stop = () => watching.close();
    });
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(join(folder, 'a.yaml'), 'a: 1\n');
    await done;
    stop!();
    expect(seen).toEqual(['', 'a.yaml', 'a.yaml b.yaml']);
  }, 20_000);
});

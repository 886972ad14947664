/**
 * How long a warm check takes as an author meets it: `node scripts/check.ts --watch` on the
 * content, one file changed once the first report is out, and the time from that change to the
 * end of the next report (the file event, the moment the watcher gathers events, and the check).
 */
import { spawn } from 'node:child_process';
import { CHECKED_LINE } from '../check-watch.ts';

/** Seconds from `change()` to the watcher's next report; rejects when the watcher ends first. */
export function watchedCheckSeconds(contentDir: string, change: () => void, timeoutMs = 600_000): Promise<number> {
  const child = spawn(process.execPath, ['scripts/check.ts', '--watch', contentDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<number>((resolve, reject) => {
    let reports = 0;
    let changedAt = 0;
    let pending = '';
    const timer = setTimeout(() => finish(new Error(`no report within ${timeoutMs / 1000} s`)), timeoutMs);
    const finish = (outcome: number | Error) => {
      clearTimeout(timer);
      child.kill();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!CHECKED_LINE.test(line)) continue;
        reports += 1;
        if (reports === 1) {
          changedAt = performance.now();
          change();
        } else return finish((performance.now() - changedAt) / 1000);
      }
    });
    child.on('exit', (code) => finish(new Error(`the watcher ended (exit ${code}) before its second report`)));
  });
}

/**
 * Runs one command of the bench and measures it: wall time, and the peak resident memory of its
 * whole process tree (the build spawns Astro, Pagefind, workers), sampled from /proc every 100 ms.
 * A child's own `maxrss` would report only its largest process, not what the machine must hold.
 * Linux only, like the machine the figures are for; elsewhere the memory column is left empty.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak summed RSS of the command and every descendant, in bytes; undefined without /proc. */
  peakRss?: number;
  output: string;
}

const PAGE = 4096;

/** Every process's parent, from /proc/<pid>/stat (its fourth field, after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRss(root: number): number {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // ended
    }
    queue.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

/** The command ended with an error of its own. */
export class StepFailed extends Error {
  readonly seconds: number;
  /** Peak summed RSS of its tree, in bytes; undefined without /proc. */
  readonly peakRss: number | undefined;
  /** Why, in a few words: Node's out-of-memory death, else the last line it printed. */
  readonly reason: string;

  constructor(command: string, code: number | null, seconds: number, peakRss: number | undefined, output: string) {
    super(`${command} exited ${code}:\n${output.slice(-3000)}`);
    this.seconds = seconds;
    this.peakRss = peakRss;
    this.reason = failureReason(output);
  }
}

/** The reason a step failed, short enough for a cell of the table. */
export function failureReason(output: string): string {
  if (/JavaScript heap out of memory/.test(output)) return 'JavaScript heap out of memory';
  const last = output.trim().split('\n').at(-1)?.trim() ?? '';
  return last.length > 100 ? `${last.slice(0, 99)}…` : last;
}

/** The command's process tree held more memory than it was allowed, and was stopped. */
export class OverMemory extends Error {
  /** The ceiling it passed, in bytes. */
  readonly limit: number;
  /** How long it ran. */
  readonly seconds: number;
  /** What the command printed before it was stopped. */
  readonly output: string;

  constructor(limit: number, seconds: number, output: string) {
    super(`stopped above ${Math.round(limit / 2 ** 20)} MB of memory after ${Math.round(seconds)} s`);
    this.limit = limit;
    this.seconds = seconds;
    this.output = output;
  }
}

/**
 * Runs `command args` to the end; rejects with `StepFailed` when it fails, and with `OverMemory`
 * when its tree's memory passes `maxRss`: stopped then, it cannot take the machine down with it
 * (the kernel's out-of-memory killer picks any process, the bench itself or the reader's editor).
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; maxRss?: number } = {},
): Promise<Measured> {
  const sampling = existsSync('/proc/self/statm');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group, so that the whole tree can be stopped at once
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    let overMemory = false;
    const sample = () => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRss(child.pid));
      if (options.maxRss !== undefined && peak > options.maxRss && !overMemory) {
        overMemory = true;
        process.kill(-child.pid, 'SIGKILL');
      }
    };
    const timer = sampling ? setInterval(sample, 100) : undefined;
    // detached, the tree no longer hears the reader's Ctrl-C: pass it on
    const interrupted = () => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      process.off('SIGINT', interrupted);
      const seconds = (performance.now() - start) / 1000;
      if (overMemory) reject(new OverMemory(options.maxRss!, seconds, output));
      else if (code !== 0)
        reject(new StepFailed(`${command} ${args.join(' ')}`, code, seconds, sampling ? peak : undefined, output));
      else resolve({ seconds, ...(sampling ? { peakRss: peak } : {}), output });
    });
  });
}

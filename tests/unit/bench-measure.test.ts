/**
 * How `npm run bench` runs a step: wall time and the memory of the whole process tree, and a tree
 * that passes its memory ceiling stopped, children included, instead of filling the machine.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { failureReason, measure, OverMemory, StepFailed } from '../../scripts/bench/measure.ts';

const MB = 2 ** 20;
/** A node process that starts a child holding `mb` megabytes, prints the child's pid, and waits. */
const holder = (mb: number) => [
  '-e',
  `const c = require('node:child_process').spawn(process.execPath, ['-e', 'globalThis.b = Buffer.alloc(${mb} * 2 ** 20, 1); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
   console.log(c.pid); setInterval(() => {}, 1000);`,
];
const alive = (pid: number) => spawnSync('kill', ['-0', String(pid)]).status === 0;

describe.skipIf(process.platform !== 'linux')('measure', () => {
  it('counts the memory of a child process in the peak, and gives the output', async () => {
    const m = await measure(process.execPath, [
      '-e',
      `const r = require('node:child_process').spawnSync(process.execPath, ['-e', 'globalThis.b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => {}, 600)']); console.log('done', r.status)`,
    ]);
    expect(m.output.trim()).toBe('done 0');
    expect(m.peakRss).toBeGreaterThan(200 * MB);
    expect(m.seconds).toBeGreaterThan(0.5);
  });

  it('stops the whole tree once it holds more than its ceiling, and says so', async () => {
    const error = await measure(process.execPath, holder(300), { maxRss: 150 * MB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverMemory);
    expect((error as OverMemory).limit).toBe(150 * MB);
    expect((error as OverMemory).message).toMatch(/^stopped above 150 MB of memory after \d+ s$/);
    // the child that held the memory was stopped with its parent
    const child = Number((error as OverMemory).output.trim());
    expect(child).toBeGreaterThan(0);
    await expect.poll(() => alive(child), { timeout: 2000 }).toBe(false);
  });

  it('lets a tree under its ceiling run to the end', async () => {
    const m = await measure(process.execPath, ['-e', 'console.log("small")'], { maxRss: 1024 * MB });
    expect(m.output).toBe('small\n');
  });

  it('rejects with the output, the time and the reason in a few words when the command fails', async () => {
    const error = await measure(process.execPath, ['-e', 'console.error("one\\nbad input"); process.exit(3)']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StepFailed);
    expect((error as StepFailed).message).toMatch(/exited 3:\none\nbad input/);
    expect((error as StepFailed).reason).toBe('bad input');
    expect((error as StepFailed).seconds).toBeGreaterThan(0);
  });
});

describe('failureReason', () => {
  it("names Node's out-of-memory death, however much follows it", () => {
    expect(
      failureReason(
        '<--- Last few GCs --->\nFATAL ERROR: … - JavaScript heap out of memory\n 1: 0x931db0\n✖ astro build failed',
      ),
    ).toBe('JavaScript heap out of memory');
  });

  it('else gives the last line printed, cut to 100 characters', () => {
    expect(failureReason('first\n  the last line  \n\n')).toBe('the last line');
    expect(failureReason(`x\n${'y'.repeat(150)}`)).toBe(`${'y'.repeat(99)}…`);
    expect(failureReason('')).toBe('');
  });
});

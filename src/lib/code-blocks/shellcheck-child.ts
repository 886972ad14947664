/**
 * Child process of `shellcheck.ts`: runs ShellCheck over groups of files in parallel, one process
 * per group and as many at once as the machine has cores, and prints all comments as one JSON array.
 * A child, because the checker is synchronous and `spawnSync` runs one process at a time.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Job {
  binary: string;
  args: string[];
  groups: string[][];
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Job;

function lint(files: string[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(job.binary, [...job.args, ...files]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1)
        reject(new Error(`exit ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 200)}`));
      else resolve((JSON.parse(Buffer.concat(out).toString('utf8')) as { comments: unknown[] }).comments);
    });
  });
}

const queue = [...job.groups];
const comments: unknown[] = [];
const worker = async () => {
  for (let files = queue.shift(); files; files = queue.shift()) comments.push(...(await lint(files)));
};
await Promise.all(Array.from({ length: Math.min(availableParallelism(), job.groups.length) }, worker));
process.stdout.write(JSON.stringify(comments));

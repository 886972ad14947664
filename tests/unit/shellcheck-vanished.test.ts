/**
 * A ShellCheck that answers `--version` but cannot be started to lint (removed, or no longer
 * executable, in between): the checker says which step failed and why, instead of failing on the
 * missing error output of a process that never ran.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { lintShellBlocks } from '../../src/lib/code-blocks/shellcheck.ts';

const saved = { cwd: process.cwd(), shellcheck: process.env.HANDBOOK_SHELLCHECK };
const root = mkdtempSync(join(tmpdir(), 'shellcheck-vanished-'));

afterEach(() => {
  process.chdir(saved.cwd);
  if (saved.shellcheck === undefined) delete process.env.HANDBOOK_SHELLCHECK;
  else process.env.HANDBOOK_SHELLCHECK = saved.shellcheck;
  rmSync(root, { recursive: true, force: true });
});

it('a ShellCheck that is gone after telling its version is reported as failing to start, naming the reason', () => {
  const work = join(root, 'work');
  mkdirSync(work, { recursive: true });
  process.chdir(work); // a cache of its own, under this folder's node_modules
  const fake = join(root, 'shellcheck-once');
  writeFileSync(
    fake,
    `#!${process.execPath}
if (process.argv[2] === '--version') {
  require('node:fs').unlinkSync(process.argv[1]);
  process.stdout.write('ShellCheck - shell script analysis tool\\nversion: 0.9.0\\n');
}
`,
  );
  chmodSync(fake, 0o755);
  process.env.HANDBOOK_SHELLCHECK = fake;
  expect(() => lintShellBlocks(['echo "vanished"\n'])).toThrow(/^shellcheck failed \(spawnSync .*ENOENT\): $/);
});

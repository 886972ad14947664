/**
 * What the content looks like on disk, cheaply: every file's path, size and modification time.
 * It changes whenever the content does. `astro dev` compares it to notice an edit, and a build
 * compares the one its content check recorded (`--stamp`) to know the content is still what was
 * checked, so Astro loads it without checking it a second time.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentFingerprint(dir: string): string {
  const parts: string[] = [dir];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(d, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        parts.push(`${path}:gone`);
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}

/** The environment variable naming the stamp a build's content check wrote for the Astro step. */
// Stryker disable next-line StringLiteral: equivalent, the build and the model read the name through this constant
export const CHECKED_STAMP_ENV = 'HANDBOOK_CHECKED_STAMP';

/** Records that the content of `dir`, as it is now, passed the check with no error. */
export const writeCheckedStamp = (file: string, dir: string): void => writeFileSync(file, contentFingerprint(dir));

/** Whether `fingerprint` is the content the stamp in `file` records as checked (false with no stamp). */
export function checkedStampHolds(file: string | undefined, fingerprint: string): boolean {
  if (!file) return false;
  try {
    return readFileSync(file, 'utf8') === fingerprint;
  } catch {
    return false;
  }
}

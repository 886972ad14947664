/**
 * Synthetic content for `npm run bench`: the real content folder copied, plus `added` entries made
 * from the real ones under new ids, so the checker passes on them and the site builds them like
 * any other. Each copy keeps its source's body (steps, components, code blocks in several
 * languages) and fields (grants, owners, bases), gets a numbered title in both languages, and
 * brings its translation along, so both editions grow together.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED_LOCALES } from '../../src/lib/routes.ts';

/** Which kinds grow, and in what share: a group handbook adds mostly runbooks and controls. */
const MIX: readonly { folder: string; share: number }[] = [
  { folder: 'runbooks', share: 0.6 },
  { folder: 'controls', share: 0.25 },
  { folder: 'obligations', share: 0.1 },
  { folder: 'roles', share: 0.05 },
];

export interface Synthesized {
  dir: string;
  added: number;
  /** Every MDX body, in each language: what the plain Astro baseline builds one page each from. */
  mdxFiles: string[];
  /** One synthetic runbook, to change for the warm check and the rebuild. */
  sampleRunbook: string;
}

const numbered = (i: number) => String(i).padStart(5, '0');

/** A copy's title (a role's name): the source's, numbered in each language, so copies are told apart in search. */
function retitle(text: string, i: number): string {
  return text
    .replace(
      /^((?:title|name):\r?\n\s+en: )(.*)$/m,
      (_, head: string, title: string) => `${head}${title} (copy ${numbered(i)})`,
    )
    .replace(
      /^((?:title|name):\r?\n\s+en: .*\r?\n\s+zh: )(.*)$/m,
      (_, head: string, title: string) => `${head}${title}（副本 ${numbered(i)}）`,
    );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ya?ml|mdx)$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

export function synthesize(realDir: string, targetDir: string, added: number): Synthesized {
  mkdirSync(targetDir, { recursive: true });
  cpSync(realDir, targetDir, { recursive: true });
  let sampleRunbook = '';
  let index = 0;
  for (const { folder, share } of MIX) {
    const count = folder === MIX.at(-1)!.folder ? added - index : Math.round(added * share);
    const sources = sourceFiles(join(realDir, folder));
    for (let n = 0; n < count; n += 1) {
      index += 1;
      const source = sources[n % sources.length]!;
      const extension = source.slice(source.lastIndexOf('.'));
      const name = `${source.slice(0, -extension.length)}-s${numbered(index)}${extension}`;
      const target = join(targetDir, folder, name);
      writeFileSync(target, retitle(readFileSync(join(realDir, folder, source), 'utf8'), index));
      if (folder === 'runbooks' && !sampleRunbook) sampleRunbook = target;
      for (const locale of TRANSLATED_LOCALES) {
        const translation = join(realDir, folder, locale, source);
        try {
          writeFileSync(join(targetDir, folder, locale, name), readFileSync(translation));
        } catch {
          // this source has no translation yet: nor has its copy
        }
      }
    }
  }
  const mdxFiles = readdirSync(targetDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  return { dir: targetDir, added, mdxFiles, sampleRunbook };
}

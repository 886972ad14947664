/**
 * Assembles the printed binders of a built site in place (the build's "binders" step): each
 * binder page, in each language, gets the content of the pages it lists (src/lib/binder-assembly.ts).
 *
 *   node scripts/binders.ts <site-dir>
 *
 * Exit codes: 0 done, 1 a binder lists a page the site does not have (each named), 2 the step
 * itself failed (no such folder, no binder page).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleBinder } from '../src/lib/binder-assembly.ts';
import { BINDERS } from '../src/lib/binder-contents.ts';
import { filesServing, LOCALES } from '../src/lib/routes.ts';

const dir = process.argv[2];
if (!dir || process.argv.length > 3 || !existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(
    `the binder step itself failed: ${dir ? `no such folder: ${dir}` : 'usage: node scripts/binders.ts <site-dir>'}`,
  );
  process.exit(2);
}

/** The built file a page path is served from, as the static host resolves it, if the site has one. */
function builtFile(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined; // a malformed escape names no file
  }
  return filesServing(decoded)
    .map((file) => join(dir!, file))
    .find((file) => existsSync(file) && statSync(file).isFile());
}
const readPage = (path: string) => {
  const file = builtFile(path);
  return file === undefined ? undefined : readFileSync(file, 'utf8');
};

let failed = false;
let documents = 0;
for (const { prefix } of Object.values(LOCALES)) {
  for (const kind of BINDERS) {
    const path = `${prefix}/binder/${kind}/`;
    const file = builtFile(path);
    if (file === undefined) {
      console.error(`the binder step itself failed: the built site has no binder page ${path}`);
      process.exit(2);
    }
    const binder = assembleBinder(readFileSync(file, 'utf8'), readPage);
    for (const missing of binder.missing) {
      console.error(`${path}: lists ${missing}, which the built site does not have`);
      failed = true;
    }
    writeFileSync(file, binder.html);
    documents += binder.documents.length;
  }
}
if (failed) process.exit(1);
console.log(`assembled ${BINDERS.length * Object.keys(LOCALES).length} binder(s) from ${documents} page(s) in ${dir}`);

/**
 * The search index of a built site (the build's "pagefind index" step):
 *
 *   node scripts/search-index.ts <site folder>
 *
 * Pagefind (its Node API, the same indexer as its command line) reads every page of the folder, as
 * `src/lib/search-text.ts` prepares it so that excerpts do not run words together, and writes its
 * bundle to <site folder>/pagefind/. The pages themselves are not changed.
 * Exit codes: 0 written, 1 Pagefind reported an error, 2 bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../src/lib/search-text.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const site = process.argv[2];
if (!site || process.argv.length > 3) {
  console.error('usage: node scripts/search-index.ts <site folder>');
  process.exit(2);
}
const root = resolve(site);
const { index, errors } = await pagefind.createIndex({});
const failures = [...errors];
if (index) {
  let pages = 0;
  for (const file of htmlFiles(root)) {
    const added = await index.addHTMLFile({
      sourcePath: relative(root, file).split(sep).join('/'),
      content: searchableHtml(readFileSync(file, 'utf8')),
    });
    failures.push(...added.errors);
    if (added.file?.url) pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
  failures.push(...written.errors);
  console.log(`indexed ${pages} page(s) into ${join(root, 'pagefind')}`);
}
await pagefind.close();
if (failures.length > 0) {
  console.error(`✖ Pagefind: ${failures.join('; ')}`);
  process.exitCode = 1;
}

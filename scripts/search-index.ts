/**
 * The search index of a built site (the build's "pagefind index" step):
 *
 *   node scripts/search-index.ts <site folder>
 *
 * Pagefind (its Node API, the same indexer as its command line) reads every page of the folder, as
 * `src/lib/search-text.ts` prepares it so that excerpts do not run words together, and writes its
 * bundle to <site folder>/pagefind/. The pages themselves are not changed. Then it reads the
 * bundle's result fragments back and writes what ranking needs of each (address, titles, filters)
 * to pagefind/handbook-results.json, so that the search dialog fetches a fragment (its page's whole
 * text) only for a hit it shows (src/client/search/engine.ts, `ResultTable`).
 * Exit codes: 0 written, 1 Pagefind reported an error, 2 bad usage.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../src/lib/search-text.ts';
import { RESULT_TABLE_FILE, type ResultTable } from '../src/client/search/engine.ts';

/** The meta fields a hit shows or ranks by (src/client/search/results.ts). */
const RESULT_META = ['title', 'zh', 'en', 'url'];

/**
 * Each result fragment's address, titles and filters, by the id Pagefind gives its result (the
 * fragment's file name). A fragment is gzip of `pagefind_dcd` and the page's JSON.
 */
function resultTable(bundle: string): ResultTable {
  const dir = join(bundle, 'fragment');
  const table: ResultTable = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.pf_fragment'))
    .sort()) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url, meta, filters } = JSON.parse(text.replace(/^pagefind_dcd/, '')) as ResultTable[string];
    // only the meta the dialog reads (src/client/search/results.ts): the table is fetched whole
    const shown = Object.fromEntries(Object.entries(meta).filter(([key]) => RESULT_META.includes(key)));
    table[name.replace(/\.pf_fragment$/, '')] = { url, meta: shown, filters };
  }
  return table;
}

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
  if (written.errors.length === 0) {
    const table = resultTable(join(root, 'pagefind'));
    writeFileSync(join(root, 'pagefind', RESULT_TABLE_FILE), JSON.stringify(table));
  }
  console.log(`indexed ${pages} page(s) into ${join(root, 'pagefind')}`);
}
await pagefind.close();
if (failures.length > 0) {
  console.error(`✖ Pagefind: ${failures.join('; ')}`);
  process.exitCode = 1;
}

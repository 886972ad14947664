/**
 * `npm run translations:stamp -- <translation file>…`: records, in each translation file, the
 * source text it now matches (a hash of the source's prose fields and body), so the checker can
 * report it outdated when the source changes. Run it after translating or updating a translation,
 * never to silence the warning without reading the change.
 *
 *   node scripts/translations-stamp.ts src/content/runbooks/zh-cn/rollback.mdx [more files]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';
import { translationKey } from '../src/lib/translations/localize.ts';
import { sourceHashes } from '../src/lib/translations/source-hash.ts';
import { stampTranslation } from '../src/lib/translations/stamp.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(
    'usage: npm run translations:stamp -- <translation file>… (e.g. src/content/runbooks/zh-cn/rollback.mdx)',
  );
  process.exit(2);
}
const { entries, translations } = loadContent({ contentDir: process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR });
const entryByKey = new Map(entries.map((e) => [translationKey(e), e]));
let failed = 0;
for (const file of files) {
  const translation = translations.find((t) => resolve(t.file) === resolve(file));
  const entry = translation && entryByKey.get(translationKey(translation));
  if (!translation || !entry) {
    console.error(
      `${file}: not a translation of an existing entry (expected src/content/<kind>/<locale>/<id>.yaml|mdx)`,
    );
    failed += 1;
    continue;
  }
  writeFileSync(file, stampTranslation(readFileSync(file, 'utf8'), sourceHashes(entry)));
  console.log(`${file}: stamped from ${entry.file}`);
}
process.exit(failed ? 1 : 0);

/**
 * Records in a translation file what it was translated from: the `translatedFrom` line with the
 * source's current hashes, written as the file's first field (replacing an older one). Text in,
 * text out, so the rest of the file keeps its formatting and comments.
 */
import type { SourceHashes } from './source-hash.ts';

const LINE = /^translatedFrom:.*(\r?\n)?/m;

export function stampTranslation(text: string, hashes: SourceHashes): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `translatedFrom: { fields: "${hashes.fields}"${hashes.body ? `, body: "${hashes.body}"` : ''} }${eol}`;
  const frontmatter = /^---\r?\n/.exec(text);
  if (frontmatter) {
    const end = text.indexOf('\n---', frontmatter[0].length - 1);
    const head = text.slice(frontmatter[0].length, end + 1).replace(LINE, '');
    return `${frontmatter[0]}${line}${head}${text.slice(end + 1)}`;
  }
  return `${line}${text.replace(LINE, '')}`;
}

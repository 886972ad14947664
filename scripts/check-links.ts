/**
 * Internal links and anchors in a built site that point nowhere.
 *
 *   node scripts/check-links.ts <dir> [--site https://host] [--format text|json]
 *
 * Every `<a href>` and `<link href>` to a same-site path, `#fragment` included, must resolve
 * to a file in <dir> and, for a fragment, to an element id. `npm run build` runs it over the
 * staged build before it replaces dist/. The site origin defaults to HANDBOOK_SITE_URL (the build's).
 * Exit codes: 0 all links resolve, 1 broken links (each listed with file and href),
 * 2 the checker itself failed (e.g. no such dir).
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLinks } from '../src/lib/checks/broken-link.ts';
import { countErrors, renderFindings, type OutputFormat } from '../src/lib/finding-report.ts';

const USAGE = 'usage: node scripts/check-links.ts <dir> [--site https://host] [--format text|json]';

function fail(message: string): never {
  console.error(`the link checker itself failed: ${message}`);
  process.exit(2);
}

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { site: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) fail(USAGE);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`no such folder: ${dir}`);
  const format = values.format as OutputFormat;
  if (format !== 'text' && format !== 'json') fail(`unknown --format ${format}\n${USAGE}`);
  const started = performance.now();
  const site = values.site ?? (process.env.HANDBOOK_SITE_URL || process.env.HANDBOOK_SITE);
  const result = checkLinks(dir, site ? { site } : {});
  console.log(renderFindings(result.findings, { format, github: process.env.GITHUB_ACTIONS === 'true' }));
  if (format === 'text') {
    console.log(
      `checked ${result.links} internal link(s) on ${result.pages} page(s) in ${Math.round(performance.now() - started)} ms`,
    );
  }
  process.exitCode = countErrors(result.findings) > 0 ? 1 : 0;
} catch (error) {
  fail((error as Error)?.message ?? String(error));
}

/**
 * `broken-link`: internal links and anchors in the built HTML that point nowhere. Every
 * `<a href>` and `<link href>` to a same-site path (relative, root-relative, or absolute on
 * the site's own origin), with its `#fragment`, must resolve to a file of the build and,
 * for a fragment into a page, to an element with that id. Runs over `dist/` after the
 * build (`scripts/check-links.ts`), not over the model, so it is not in the registry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import type { Finding } from '../finding-report.ts';
import { filesServing } from '../routes.ts';
import { closest } from '../suggest.ts';
import { finding } from './rule-helpers.ts';

interface Page {
  ids: Set<string>;
  links: { href: string; line: number; column: number }[];
}

export interface LinkCheckOptions {
  /** The site's own origin (`https://handbook.example.internal`); absolute links to it are internal. */
  site?: string;
  /** Findings name files relative to this folder. */
  cwd?: string;
}

export interface LinkCheckResult {
  findings: Finding[];
  pages: number;
  links: number;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

const PARSE_OPTIONS = { comment: false, blockTextElements: { script: false, style: false, noscript: false } };

function readPage(html: string): Page {
  const root = parse(html, PARSE_OPTIONS);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positionOf = (offset: number) => {
    let lo = 0;
    // Stryker disable next-line ArithmeticOperator: equivalent, an index past the end reads undefined, `undefined <= offset` is false, so the search steps back
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const links = root
    .querySelectorAll('a[href], link[href]')
    .map((el) => ({ href: el.getAttribute('href')!.trim(), ...positionOf(el.range[0]) }));
  return { ids, links };
}

const EXTERNAL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const decode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
    // Stryker disable next-line BlockStatement: equivalent, an empty catch returns undefined too
  } catch {
    return undefined;
  }
};

/** The file a URL path resolves to, the way a static host serves it, or undefined. */
const targetFile = (pathname: string, files: Set<string>): string | undefined =>
  filesServing(pathname).find((c) => files.has(c));

const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export function checkLinks(dir: string, options: LinkCheckOptions = {}): LinkCheckResult {
  const cwd = options.cwd ?? process.cwd();
  const site = options.site ? new URL(options.site).origin : undefined;
  const files = new Set(listFiles(dir));
  const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
  const pages = new Map(htmlFiles.map((f) => [f, readPage(readFileSync(join(dir, f), 'utf8'))]));
  // Stryker disable next-line MethodExpression: equivalent, closest() orders its candidates itself (by distance, then by name)
  const urls = [...files].sort().map((f) => (f.endsWith('.html') ? pageUrl(f) : `/${f}`));
  const findings: Finding[] = [];
  let links = 0;
  for (const [file, page] of pages) {
    const reported = new Set<string>();
    const where = (link: Page['links'][number]) => ({ file: relative(cwd, join(dir, file)), position: link });
    for (const link of page.links) {
      const { href } = link;
      if (href === '' || href === '#' || reported.has(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `http://internal${pageUrl(file)}`);
      } catch {
        reported.add(href);
        findings.push(finding('broken-link', where(link), `\`${href}\` is not a valid URL`));
        continue;
      }
      const sameSite = url.origin === 'http://internal' || (site !== undefined && url.origin === site);
      if (!sameSite || (EXTERNAL_SCHEME.test(href) && !/^https?:/i.test(href))) continue;
      links++;
      const pathname = decode(url.pathname);
      const target = pathname === undefined ? undefined : targetFile(pathname, files);
      if (!target) {
        reported.add(href);
        const near = closest(url.pathname, urls);
        findings.push(
          finding(
            'broken-link',
            where(link),
            `link \`${href}\` points nowhere: the build has no file for \`${url.pathname}\``,
            near.length ? `did you mean ${near.map((u) => `\`${u}\``).join(', ')}?` : undefined,
          ),
        );
        continue;
      }
      // a fragment whose escapes do not decode is compared as written: no id can match it, so it is reported
      const fragment = decode(url.hash.slice(1)) ?? url.hash.slice(1);
      const targetPage = pages.get(target);
      if (!fragment || !targetPage || targetPage.ids.has(fragment)) continue;
      reported.add(href);
      const near = closest(fragment, targetPage.ids);
      findings.push(
        finding(
          'broken-link',
          where(link),
          `link \`${href}\` points at \`#${fragment}\`, but ${target} has no element with that id`,
          near.length
            ? `available anchors include ${near.map((id) => `\`#${id}\``).join(', ')}`
            : `${target} has no anchors`,
        ),
      );
    }
  }
  return { findings, pages: pages.size, links };
}

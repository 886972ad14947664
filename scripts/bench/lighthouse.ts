/**
 * Lighthouse's mobile performance score and largest contentful paint for one page of every kind,
 * in both languages: Lighthouse's default run (a phone's screen, simulated slow 4G and a 4× slower
 * CPU), in the browser tests' Chromium, on the site served by nginx with the repository's config,
 * as production serves it (compressed, behind its sign-in).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { freePort, startNginx } from '../nginx-server.ts';
import { chromiumPath } from '../chromium.ts';

/** One page of each kind, as its English path; its Chinese twin is the same under /zh-cn. */
const PAGE_KINDS = [
  '/',
  '/policy/',
  '/policy/3-1/',
  '/roles/',
  '/roles/ops-engineer/',
  '/runbooks/',
  '/runbooks/rollback/',
  '/plans/',
  '/plans/data-leak/',
  '/permissions/',
  '/permissions/approve-project/',
  '/separation/operations-vs-security-audit/',
  '/parameters/training-months/',
  '/obligations/weekly-department-meeting/',
  '/controls/',
  '/controls/chg-01/',
  '/guides/onboarding/',
  '/lifecycle/deployment/',
  '/approvals/procurement/',
  '/checklists/drills/',
  '/matrix/',
  '/raci/',
  '/org/',
  '/calendar/',
  '/changes/',
  '/traceability/',
  '/glossary/',
  '/assumptions/',
  '/parameters/',
  '/incident/',
  '/binder/emergency/',
  '/translations/',
  '/offline/',
];

export type PageScore =
  | {
      path: string;
      /** 0 to 100. */
      performance: number;
      lcpMs: number;
    }
  | {
      path: string;
      /** Lighthouse's error code, after a second try. */
      failed: string;
    };

/** The pages of `PAGE_KINDS` the site has, in both languages; a page it lacks is left out. */
export function pagesToScore(site: string): string[] {
  return PAGE_KINDS.flatMap((path) => [path, `/zh-cn${path}`]).filter((path) =>
    existsSync(join(site, path, 'index.html')),
  );
}

export async function lighthouseScores(site: string, paths: readonly string[]): Promise<PageScore[]> {
  const nginx = await startNginx(site);
  const port = await freePort();
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [`--remote-debugging-port=${port}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const authorization = `Basic ${Buffer.from(`${nginx.user}:${nginx.password}`).toString('base64')}`;
  try {
    const scores: PageScore[] = [];
    /** One page's run; Lighthouse's own trace sometimes fails (NO_NAVSTART), so a page gets a second try. */
    const score = async (path: string, tries = 2): Promise<PageScore> => {
      const result = await lighthouse(`${nginx.url}${path}`, {
        port,
        onlyCategories: ['performance'],
        extraHeaders: { Authorization: authorization },
        logLevel: 'error',
      });
      const lhr = result?.lhr;
      if (lhr && !lhr.runtimeError)
        return {
          path,
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        };
      if (tries > 1) return score(path, tries - 1);
      return { path, failed: lhr?.runtimeError?.code ?? 'no result' };
    };
    for (const path of paths) scores.push(await score(path));
    return scores;
  } finally {
    await browser.close();
    await nginx.stop();
  }
}

/** The scores as lines of a table, worst first, the pages Lighthouse failed on last. */
export function scoreLines(scores: readonly PageScore[]): string[] {
  const rank = (s: PageScore) => ('failed' in s ? [101, 0] : [s.performance, -s.lcpMs]);
  const rows = [...scores].sort((a, b) => rank(a)[0]! - rank(b)[0]! || rank(a)[1]! - rank(b)[1]!);
  const width = Math.max(...rows.map((r) => r.path.length));
  return rows.map((r) =>
    'failed' in r
      ? `${r.path.padEnd(width)}  Lighthouse failed: ${r.failed}`
      : `${r.path.padEnd(width)}  ${String(r.performance).padStart(3)}  ${r.lcpMs} ms`,
  );
}

// `node scripts/bench/lighthouse.ts [site]`: the same scores for a site already built (default dist/).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? 'dist';
  for (const line of scoreLines(await lighthouseScores(site, pagesToScore(site)))) console.log(line);
}

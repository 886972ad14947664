/**
 * The build served by Debian's nginx with deploy/nginx/handbook.conf and the headers the build
 * generated: every page kind loads with zero Content-Security-Policy violations, search,
 * incident mode, the service worker and the binder work under the policy, the security headers
 * are sent, access needs a sign-in, traversal is refused and a missing page is a 404.
 */
import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { offlineLaunchOptions } from './browser.ts';
import { search } from './reader-helpers.ts';
import { startNginx, type NginxSite } from '../../scripts/nginx-server.ts';

const DIST = process.env.HANDBOOK_DIST_DIR ?? 'dist';
let site: NginxSite;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  site = await startNginx(DIST);
});
test.afterAll(async () => {
  await site?.stop();
});
// as in production: each page registers the service worker, which saves its files under the policy too
test.use({ httpCredentials: { username: 'auditor', password: 'set in beforeEach' }, offlineCopy: true });
test.beforeEach(async ({ context }) => {
  await context.setHTTPCredentials({ username: site.user, password: site.password });
});

/**
 * One page of every kind the build has: each section's index and its first entry, the home,
 * offline and 404 pages; the same under a language prefix where a translated tree exists.
 */
function pageKinds(): string[] {
  const isDir = (path: string) => statSync(path).isDirectory();
  const skip = new Set(['_astro', '_nginx', 'pagefind', 'exports']);
  const paths = ['/', '/no-such-page/'];
  const walkSection = (prefix: string, dir: string) => {
    for (const section of readdirSync(dir).sort()) {
      const path = join(dir, section);
      if (skip.has(section) || !isDir(path)) continue;
      if (/^[a-z]{2}(-[a-z]{2})?$/.test(section) && readdirSync(path).some((n) => n === 'index.html')) {
        paths.push(`${prefix}/${section}/`);
        walkSection(`${prefix}/${section}`, path);
        continue;
      }
      if (readdirSync(path).includes('index.html')) paths.push(`${prefix}/${section}/`);
      const first = readdirSync(path)
        .sort()
        .find((n) => isDir(join(path, n)) && readdirSync(join(path, n)).includes('index.html'));
      if (first) paths.push(`${prefix}/${section}/${first}/`);
    }
  };
  walkSection('', DIST);
  return [...new Set(paths)];
}

/** Records CSP violations and console errors from the first script on. */
async function watchPolicy(page: Page): Promise<(options?: { offline?: boolean }) => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  // drains what was recorded since the last call; the 404 page's own status is expected, not an error
  // (offline, a font slice the worker never saw fails to load: a network error, not a policy one)
  return async ({ offline = false } = {}) => [
    ...errors
      .splice(0)
      .filter(
        (e) => !(page.url().includes('no-such-page') && /status of 404/.test(e)) && !(offline && /net::ERR_/.test(e)),
      ),
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.splice(0))),
  ];
}

/** A raw GET: node's http client sends the path as written (a browser would normalise `..` away first). */
function rawGet(
  path: string,
  auth = true,
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(site.url);
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        headers: auth
          ? { authorization: `Basic ${Buffer.from(`${site.user}:${site.password}`).toString('base64')}` }
          : {},
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += String(c)));
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

test('every page kind loads with zero CSP violations and no console errors', async ({ page }) => {
  test.setTimeout(240_000);
  const kinds = pageKinds();
  expect(kinds.length).toBeGreaterThan(20);
  const problems = await watchPolicy(page);
  const found: string[] = [];
  for (const path of kinds) {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status(), path).toBe(path === '/no-such-page/' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    found.push(...(await problems()).map((p) => `${path}: ${p}`));
  }
  expect(found).toEqual([]);
});

test('the security headers are sent, with a CSP that allows no inline script but its hashes', async () => {
  const home = await rawGet('/');
  const csp = String(home.headers['content-security-policy']);
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(home.headers['x-content-type-options']).toBe('nosniff');
  expect(home.headers['referrer-policy']).toBe('no-referrer');
  expect(home.headers['permissions-policy']).toContain('camera=()');
  expect(home.headers['x-robots-tag']).toContain('noindex');
  expect(home.headers['cache-control']).toBe('no-cache');
  expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
  const sw = await rawGet('/sw.js');
  expect(sw.headers['cache-control']).toBe('no-cache');
  const asset = readdirSync(join(DIST, '_astro')).find((n) => n.endsWith('.css'))!;
  const css = await rawGet(`/_astro/${asset}`);
  expect(css.status).toBe(200);
  expect(css.headers['cache-control']).toBe('max-age=31536000');
  expect(css.headers['content-security-policy']).toBe(csp);
});

test('without a sign-in every path is refused, and the refusal still carries the headers', async () => {
  for (const path of ['/', '/runbooks/', '/exports/policy-model.json', '/sw.js', '/no-such-page/']) {
    const res = await rawGet(path, false);
    expect(res.status, path).toBe(401);
    expect(res.body).not.toContain('IT Policy Handbook');
    expect(res.headers['x-robots-tag']).toContain('noindex');
  }
  const wrong = await new Promise<number>((done) =>
    httpRequest(
      {
        host: '127.0.0.1',
        port: new URL(site.url).port,
        path: '/',
        headers: { authorization: `Basic ${Buffer.from(`${site.user}:wrong`).toString('base64')}` },
      },
      (res) => done(res.statusCode ?? 0),
    ).end(),
  );
  expect(wrong).toBe(401);
});

test('traversal out of the site is refused, plain and encoded; header files and dot files are not served', async () => {
  for (const path of [
    '/../../../etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/runbooks/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%252f..%252fetc%252fpasswd',
    '/_nginx/security-headers.conf',
    '/_headers',
    '/.git/config',
    '/%2e%2e/dist.builds/',
  ]) {
    const res = await rawGet(path);
    expect([400, 403, 404], path).toContain(res.status);
    expect(res.body, path).not.toMatch(/root:|add_header|Content-Security-Policy:/);
  }
});

test('a missing page is a 404 with the not-found page, never the home page', async () => {
  for (const path of ['/no-such-page/', '/runbooks/no-such-runbook/', '/no-such-file.js', '/_astro/no-such-asset.js']) {
    const res = await rawGet(path);
    expect(res.status, path).toBe(404);
    expect(res.body).not.toContain('<title>IT Policy Handbook</title>');
  }
  expect((await rawGet('/no-such-page/')).body).toContain('Page not found');
});

test('search works under the policy', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto(`${site.url}/`);
  expect(await search(page, 'rollback')).toContain('/runbooks/rollback/');
  expect(await search(page, '数据泄露')).toContain('/plans/data-leak/');
  expect(await problems()).toEqual([]);
});

test('incident mode works under the policy', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto(`${site.url}/runbooks/rollback/`);
  const panel = page.getByRole('region', { name: 'Incident mode' });
  await panel.getByLabel('Your name').fill('Li Wei');
  await panel.getByRole('button', { name: 'Start an incident' }).click();
  await page.locator('#step-1').getByRole('checkbox', { name: 'Done' }).check();
  await expect(page.locator('#step-1 [data-step-time]')).toHaveText(/Li Wei/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export log (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  expect(await problems()).toEqual([]);
});

test('the service worker installs, takes over and serves a runbook offline under the policy', async () => {
  // its own browser: one in which the offline emulation reaches every page (tests/e2e/browser.ts)
  const browser = await chromium.launch(offlineLaunchOptions);
  try {
    const context = await browser.newContext({ httpCredentials: { username: site.user, password: site.password } });
    const page = await context.newPage();
    const problems = await watchPolicy(page);
    await page.goto(`${site.url}/`);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated')
        await new Promise<void>((r) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && r()),
        );
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return `${registration.active?.state} ${(await caches.keys()).join(',')}`;
    });
    expect(state).toMatch(/^activated handbook-[0-9a-f]{12}$/);
    expect(await problems()).toEqual([]);
    await context.setOffline(true);
    await page.goto(`${site.url}/runbooks/rollback/`);
    await expect(page.locator('h1')).toContainText('Roll back');
    await expect(page.locator('[data-offline]')).toBeVisible();
    expect(await problems({ offline: true })).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the binders assemble under the policy', async ({ page }) => {
  test.setTimeout(150_000);
  const problems = await watchPolicy(page);
  for (const kind of ['emergency', 'audit']) {
    await page.goto(`${site.url}/binder/${kind}/`);
    await expect(page.locator('html'), (await problems()).join('\n')).toHaveAttribute('data-binder-ready', 'true', {
      timeout: 60_000,
    });
  }
  expect(await problems()).toEqual([]);
});

test('over TLS, as production serves a phone, the pages, their files and search come over HTTP/2', async ({
  browser,
}) => {
  const secure = await startNginx(DIST, { tls: true });
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    httpCredentials: { username: secure.user, password: secure.password },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${secure.url}/zh-cn/`);
    expect(await search(page, '回滚')).toContain('/zh-cn/runbooks/rollback/');
    const protocols = await page.evaluate(() =>
      performance
        .getEntriesByType('navigation')
        .concat(performance.getEntriesByType('resource'))
        .map((entry) => `${(entry as PerformanceResourceTiming).nextHopProtocol} ${new URL(entry.name).pathname}`),
    );
    // the page, its styles, the search module and Pagefind's script at least
    expect(protocols.length).toBeGreaterThan(4);
    expect(protocols.filter((p) => !p.startsWith('h2 '))).toEqual([]);
  } finally {
    await context.close();
    await secure.stop();
  }
});

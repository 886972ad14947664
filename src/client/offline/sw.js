// @ts-check
/// <reference lib="webworker" />
/**
 * The handbook's service worker. scripts/service-worker.ts prepends `self.HANDBOOK_BUILD`: the
 * version (a hash of every precached file), the build time and the files to precache, and writes
 * the result to /sw.js.
 *
 * One cache per build (`handbook-<version>`). Precached files are served from that cache only, so
 * a reader sees one build, never parts of two. A new build installs its own cache next to the
 * old one and waits; the page offers to switch, and on activation the old cache is deleted and
 * every open page reloads onto the new build.
 *
 * Kill switch: `node scripts/service-worker.ts --kill <site-dir>` (or a build with
 * HANDBOOK_SERVICE_WORKER=kill) replaces this worker with sw-kill.js, which deletes the caches and
 * unregisters itself on every reader's next visit (README, "Roll back the service worker").
 */
/** @type {ServiceWorkerGlobalScope} */
const sw = /** @type {any} */ (self);
/** @type {{ version: string, built: string, precache: string[] }} */
const BUILD = /** @type {any} */ (self).HANDBOOK_BUILD;
const CACHE = `handbook-${BUILD.version}`;
const META = '/__offline-meta';
const OFFLINE_PAGE = '/offline/';

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(BUILD.precache.map((url) => new Request(url, { cache: 'reload' })));
      const meta = { version: BUILD.version, built: BUILD.built, saved: new Date().toISOString() };
      await cache.put(META, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
      // The first install takes over at once; an update waits until the reader accepts it.
      if (!sw.registration.active) await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data === 'activate') sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('handbook-') && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

/**
 * Files kept once fetched: only the build's hashed assets (fonts, images), whose content never
 * changes under the same name. A page that was not precached is never stored, so the cache
 * holds exactly one build. An HTML answer under /_astro/ is a server's fallback page (a host
 * that answers every missing path with index.html), never an asset: kept, it would stand in for
 * that asset for the whole life of the build.
 */
const cacheable = (/** @type {URL} */ url, /** @type {Response} */ response) =>
  url.pathname.startsWith('/_astro/') && !/^text\/html\b/i.test(response.headers.get('content-type') ?? '');

async function respond(/** @type {Request} */ request) {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url.pathname, { ignoreSearch: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && cacheable(url, response))
      await cache.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      // the offline page of the reader's language: the Chinese edition lives under /zh-cn/
      const fallback =
        (url.pathname.startsWith('/zh-cn/') && (await cache.match(`/zh-cn${OFFLINE_PAGE}`))) ||
        (await cache.match(OFFLINE_PAGE));
      if (fallback) return fallback;
    }
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(respond(request));
});

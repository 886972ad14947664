// @ts-check
/// <reference lib="webworker" />
/**
 * The service worker's kill switch. Published as /sw.js in place of the real worker, it takes
 * over at once on a reader's next visit (sw.js is served with no-cache, so the browser sees the
 * change), deletes every cache of the handbook, unregisters itself and reloads open pages, which
 * then come from the server with no worker in between. Incident logs live in localStorage and
 * are not touched. A later normal build registers the real worker again.
 */
/** @type {ServiceWorkerGlobalScope} */
const scope = /** @type {any} */ (self);

scope.addEventListener('install', () => {
  scope.skipWaiting();
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('handbook-')) await caches.delete(key);
      await scope.registration.unregister();
      for (const client of await scope.clients.matchAll({ type: 'window' }))
        /** @type {WindowClient} */ (client).navigate(client.url);
    })(),
  );
});

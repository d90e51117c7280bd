// Service worker of the Upper Back Explorer (filled in by build/service-worker-plugin.ts).
// After one visit the app, the model and the content work with no network: every file is precached.
// Pages: network first (so an update shows when online), cached page when offline.
// Everything else from this origin: cache first (file names carry content hashes).
const CACHE = __CACHE_NAME__;
const PRECACHE = __PRECACHE__;
const INDEX = __INDEX__;

// Each file is checked against the byte size recorded at build time before it is cached: a copy cut
// short by a bad connection must never be served forever. A failed check fails the install, and the
// next visit tries again.
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async ([url, size]) => {
      const response = await fetch(url, { cache: 'reload' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const body = await response.clone().arrayBuffer();
      if (size !== null && body.byteLength !== size) throw new Error(`${url}: ${body.byteLength} of ${size} bytes`);
      await cache.put(url, response);
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ube-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match(INDEX, { cacheName: CACHE }).then((r) => r || Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});

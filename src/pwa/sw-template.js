// Service worker of the Upper Back Explorer (filled in by build/service-worker-plugin.ts).
// After one visit the app, the model and the content work with no network: every file is precached.
// Pages: network first (so an update shows when online), the cached page when offline or when the network
// has not answered within NAVIGATION_TIMEOUT_MS.
// Everything else from this origin: cache first (file names carry content hashes, and the model and other
// public files change only with a new build, which brings a new cache).
const CACHE = __CACHE_NAME__;
const PRECACHE = __PRECACHE__;
const INDEX = __INDEX__;

// How long a navigation waits for the network before the cached page answers. The page is 2 kB: a working
// connection, even a slow hospital Wi-Fi, brings it well within this, so an update still shows; a connection
// that has stalled (a dropped access point, a captive portal that never answers) costs 3 s instead of
// hanging until the browser gives up, which can take minutes.
const NAVIGATION_TIMEOUT_MS = 3000;

/**
 * The network's answer to `request`, unless it has not come within `ms`: then `cached()`'s, if it has one.
 * With nothing cached it keeps waiting for the network (a slow answer beats an error). A network failure is
 * answered from the cache at once, or passed on as the failure.
 */
function networkFirst(request, cached, ms) {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (response) => {
      if (answered) return;
      answered = true;
      resolve(response);
    };
    const fromCache = () => cached().catch(() => undefined);
    const timer = setTimeout(() => {
      void fromCache().then((hit) => {
        if (hit) answer(hit);
      });
    }, ms);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        answer(response);
      },
      () => {
        clearTimeout(timer);
        void fromCache().then((hit) => answer(hit || Response.error()));
      },
    );
  });
}

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
    event.respondWith(networkFirst(request, () => caches.match(INDEX, { cacheName: CACHE }), NAVIGATION_TIMEOUT_MS));
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});

// The public site's service worker (scope `/`, registered by the app: src/browser.rs,
// `register_service_worker`, and by the static pages: public/page.js). It keeps copies of what
// the reader has seen, so a page seen before opens again without a network, and a repeat visit
// fetches little more than the page itself.
//
//   page navigations          network first; the copy when the network fails
//   content-hashed files      cache first (the name changes when the bytes do): the app's wasm,
//                             js and css, data/*.<hash>.json, data/items/<id>.<hash>/…, previews/
//   other files (data/index.json, echarts.js, …)   network first; the copy when the network fails
//   never kept                /api/ (feedback, counts), /{lang}/moderation and /moderation/ (the
//                             moderators' app), other origins, anything but GET
//
// An answer given from a copy because the network failed carries `x-offline-copy: 1` (read by
// src/published_data.rs), so the page can say that it is offline and how old its data is.
//
// Updates: the browser checks this file on every navigation (it is served `no-cache`); a new
// version installs at once (skipWaiting), takes over open pages (clients.claim) and deletes the
// caches of older versions. Pages are network first, so a newer app or snapshot is shown on the
// first visit with a network; an old app is never served while the network answers.
'use strict';

/** Change it when the caching rules change: older versions' caches are deleted on activate. */
const VERSION = 'v1';
const PAGES = `strategy-pages-${VERSION}`;
const FILES = `strategy-files-${VERSION}`;
/** How many entries each cache keeps (oldest first out), so old releases do not pile up. */
const LIMITS = { [PAGES]: 60, [FILES]: 400 };
const OFFLINE_COPY_HEADER = 'x-offline-copy';

/** What the worker does with a GET request's URL: 'page', 'immutable', 'fresh' or null (pass). */
function kind(url, request) {
  if (url.origin !== self.location.origin) return null;
  const path = url.pathname;
  if (path.startsWith('/api/') || path.startsWith('/moderation/')) return null;
  if (/^\/[a-z]{2}\/moderation(\/|$)/.test(path)) return null;
  if (path === '/sw.js') return null;
  if (request && request.mode === 'navigate') return 'page';
  // A content hash in a name or folder (`app-<hash>_bg.wasm`, `strategy.<hash>.json`,
  // `items/8.1.1.1.<hash>/…`), and the preview images named by their content. 12–16 hex digits, as
  // the feedback service's `is_hashed`: trunk drops a hash's leading zeros.
  if (/[.\-_][0-9a-f]{12,16}([._/]|$)/.test(path) || path.startsWith('/previews/')) return 'immutable';
  return 'fresh';
}

self.addEventListener('install', () => {
  // Nothing to precache: the file names are known only to the pages (see 'message').
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keep = new Set([PAGES, FILES]);
    for (const name of await caches.keys()) {
      if (name.startsWith('strategy-') && !keep.has(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page that registered the worker sends the files it loaded before the worker controlled
// it ({keep: [url, …]}); they are in the browser's HTTP cache, so keeping them costs little.
self.addEventListener('message', (event) => {
  const urls = event.data && Array.isArray(event.data.keep) ? event.data.keep : [];
  event.waitUntil(Promise.all(urls.map(async (href) => {
    let url;
    try { url = new URL(href, self.location.href); } catch { return; }
    const isPage = url.href === event.source?.url;
    const which = isPage ? 'page' : kind(url, null);
    if (!which) return;
    const cacheName = which === 'page' ? PAGES : FILES;
    if (which === 'immutable' && await caches.match(url.href, { cacheName })) return;
    try {
      const response = await fetch(url.href);
      await put(cacheName, which === 'page' ? pageKey(url) : url.href, response);
    } catch { /* offline already: nothing to keep */ }
  })));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const which = kind(url, request);
  if (which === 'page') event.respondWith(networkFirst(request, PAGES, pageKey(url)));
  else if (which === 'immutable') event.respondWith(cacheFirst(request));
  else if (which === 'fresh') event.respondWith(networkFirst(request, FILES, url.href));
});

/** A page is kept under its path without query or fragment (`?as_of=` pages are the same HTML). */
function pageKey(url) {
  return url.origin + url.pathname;
}

async function networkFirst(request, cacheName, key) {
  try {
    const response = await fetch(request);
    await put(cacheName, key, response.clone());
    return response;
  } catch (error) {
    const copy = await caches.match(key, { cacheName });
    if (!copy) throw error;
    // Marked, so the page can tell it is offline (src/published_data.rs reads the header).
    const headers = new Headers(copy.headers);
    headers.set(OFFLINE_COPY_HEADER, '1');
    return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
  }
}

async function cacheFirst(request) {
  const copy = await caches.match(request.url, { cacheName: FILES });
  if (copy) return copy;
  const response = await fetch(request);
  await put(FILES, request.url, response.clone());
  return response;
}

/** Stores an answer, then drops the oldest entries above the cache's limit. */
async function put(cacheName, key, response) {
  // Only plain, whole answers are kept (a redirect may not answer a navigation).
  if (response.redirected || response.status !== 200) return;
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - LIMITS[cacheName]))) await cache.delete(old);
}

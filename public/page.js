// The script of a page that reads completely as built, run instead of the app (site-build writes
// it into the pages src/app.rs `Section::adoption` calls static; src/static_page.rs is the
// contract: the data- attributes below and the inert loader). It
// - remembers the reader's language when they follow the language switch, as the app does;
// - starts the app, kept inert in the page, when the reader asks for what the page was not built
//   for: a snapshot (`?as_of=` from the snapshot selector, a shared link), another path, data
//   published after the page was built, no network (the app says so, with the data's date) or
//   data overdue by the reader's date (the app shows the notice), so every such message comes
//   from the app's one renderer;
// - otherwise marks <html data-app="static"> and (not in a draft preview) registers the service
//   worker (public/sw.js), telling it the files this page loaded, so the page opens again
//   without a network.
'use strict';
(() => {
  const {
    langKey, mark, loader, record, manifest, offlineHeader, keepOffline: keeps, freshUntilDay,
  } = document.currentScript.dataset;

  // The language switch: remembered, and to the same place on the page (the built link has no
  // fragment; the app's adds it).
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.lang-switch') : null;
    if (!link) return;
    if (location.hash) link.hash = location.hash;
    try {
      localStorage.setItem(langKey, link.hreflang);
    } catch {
      // Storage blocked: the choice is not remembered, the link works the same.
    }
  });

  /** Runs the app's loader: the app adopts the page, then does what the URL asks. When the app
   * cannot be loaded (offline, and never loaded before) the page stays as built. */
  const startApp = () => {
    const source = document.getElementById(loader);
    if (!source) return;
    const start = document.createElement('script');
    start.type = 'module';
    start.textContent = source.textContent;
    start.addEventListener('error', () => {
      document.documentElement.dataset.app = mark;
    });
    document.body.append(start);
  };

  /** Registers the worker and tells it what this page loaded (as src/browser.rs does). */
  const keepOffline = () => {
    if (!('serviceWorker' in navigator)) return;
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    loaded.push(location.href);
    navigator.serviceWorker.register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ keep: loaded }))
      .catch(() => {
        // Blocked or unsupported (a private window): the page works the same.
      });
  };

  let built = null;
  try {
    built = JSON.parse(document.getElementById(record).textContent);
  } catch {
    // No record: the page is treated as built for something else.
  }
  const trimmed = (path) => path.replace(/\/+$/, '');
  const now = new Date();
  const today = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
  // Of a query, only a snapshot (`as_of`) changes what a static page shows (not `utm_…` and the like).
  if (new URLSearchParams(location.search).has('as_of')
    || built === null
    || trimmed(built.route) !== trimmed(location.pathname)
    || today > Number(freshUntilDay)) {
    startApp();
    return;
  }

  // The snapshot selector's form (a GET with `as_of`, for readers without JavaScript): choosing
  // the snapshot the page shows changes nothing, as in the app (the latest is never pinned).
  document.addEventListener('submit', (event) => {
    const select = event.target instanceof HTMLFormElement ? event.target.elements.namedItem('as_of') : null;
    if (select && select.value === built.snapshot) event.preventDefault();
  });

  // The page's data must still be the latest (the page preloads the manifest); an answer from
  // the worker's copy means no network. A data server that fails while the browser is online
  // changes nothing here: the page is whole as built, and there is nothing to retry.
  fetch(manifest)
    .then(async (answer) => {
      if (answer.headers.get(offlineHeader) !== null) return false;
      if (!answer.ok) return true;
      const { latest, snapshots, strategies } = await answer.json();
      const entry = snapshots.find((snapshot) => snapshot.id === latest);
      const strategy = strategies.find((file) => file.sha256 === entry?.strategy_sha256);
      return latest === built.snapshot && strategy?.file === built.strategy_file;
    })
    .catch(() => navigator.onLine !== false)
    .then((asBuilt) => {
      if (!asBuilt) {
        startApp();
        return;
      }
      document.documentElement.dataset.app = mark;
      if (keeps !== 'true') return;
      if (document.readyState === 'complete') keepOffline();
      else addEventListener('load', keepOffline, { once: true });
    });
})();

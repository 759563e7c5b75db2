// The script of a page that reads completely as built, run instead of the app (site-build writes
// it into the pages src/app.rs `Section::adoption` calls static or on demand; src/static_page.rs
// is the contract: the data- attributes below, the parts' mark and the inert loader). It
// - remembers the reader's language when they follow the language switch, as the app does;
// - starts the app, kept inert in the page, when the reader asks for what the page was not built
//   for: a query it reads (a snapshot other than the page's, `?as_of=`, from the snapshot
//   selector or a shared link; the measures list's filters; "what changed"'s pair), another path, data
//   published after the page was built (on a language's not-found page, the one reason a missing
//   path may have a page), no network (the app says so, with the data's date),
//   data overdue by the reader's date (the app shows the notice), a year other than the one
//   the page's content follows, or an unsent feedback draft (the app restores it), so every
//   such message comes from the app's one renderer;
// - takes a query that asks for what the page shows as built without the app: `?as_of=` naming
//   the page's own snapshot while it is the latest (a citation's permanent link), and a value one
//   of the page's form fields offers (`data-query-field`: the feedback topic), which it sets in
//   that field as the reader would (the app applies the query itself when it starts);
// - on an on-demand page (one with parts that need the app: the feedback block, the copy
//   buttons, the forms), marks <html data-app="on-demand"> and starts the app when the reader
//   nears (not a touch-only part) or touches such a part; what the reader did there before the
//   app ran (text typed, boxes ticked, a button pressed, the form sent) is handed to the app
//   once it has adopted the page;
// - otherwise marks <html data-app="static">;
// - either way (not in a draft preview) registers the service worker (public/sw.js), telling it
//   the files this page loaded, so the page opens again without a network.
'use strict';
(() => {
  const {
    langKey, mark, waitingMark, partAttr: parts, touchOnly, near, yearAttr: followsYear, draftAttr, queryKeys,
    asOfKey, queryFieldAttr, queryPendingAttr,
    loader, preloads, record, manifest, offlineHeader, keepOffline: keeps, freshUntilDay, anyPath, looseSections,
  } = document.currentScript.dataset;
  // A language's not-found page answers every path below it with no page (src/static_page.rs
  // `Answers`): there the address is not the build record's, by design.
  const answersAnyPath = anyPath === 'true';
  // …but in some sections a path with no built page may still be a page (an agency's printed
  // acronym): the app decides there.
  const mayBeAPage = answersAnyPath && looseSections.split(' ').includes(location.pathname.split('/')[2] ?? '');
  const root = document.documentElement;
  const inPart = (node) => node instanceof Element && node.closest(`[${parts}]`) !== null;

  // The language switch: remembered, and to the same place on the page (the built link has no
  // fragment; the app's adds it); on a not-found page, to the same missing path in the other
  // language, as the app's link goes.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.lang-switch') : null;
    if (!link) return;
    if (answersAnyPath) link.pathname = location.pathname.replace(/^\/[^/]+/, `/${link.hreflang}`);
    // The query and the place on the page, as the app's switch keeps them.
    link.search = location.search;
    link.hash = location.hash;
    try {
      localStorage.setItem(langKey, link.hreflang);
    } catch {
      // Storage blocked: the choice is not remembered, the link works the same.
    }
  });

  // What the reader does in a part before the app runs, for the app once it has adopted the
  // page (adoption keeps the page's elements, but sets each field to the app's state: empty).
  // A form sent before then is held back: sent as the browser would, it would put the message
  // in the address.
  const handOver = { fields: new Map(), click: null, submit: null, done: false };
  const note = (event) => {
    if (handOver.done || !inPart(event.target)) return;
    const { target } = event;
    if (event.type === 'submit') {
      event.preventDefault();
      handOver.submit = target;
      startApp();
    } else if (event.type === 'click') {
      const button = target.closest('button');
      if (button !== null && button.type === 'button') handOver.click = button;
    } else if ('value' in target) {
      handOver.fields.set(target, ['checkbox', 'radio'].includes(target.type) ? target.checked : target.value);
    }
  };
  for (const type of ['input', 'change', 'click', 'submit']) document.addEventListener(type, note, true);
  const giveToTheApp = () => {
    handOver.done = true;
    for (const [field, value] of handOver.fields) {
      if (typeof value === 'boolean') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    handOver.click?.click();
    handOver.submit?.requestSubmit();
  };
  /** The page no longer waits for the app to apply its query (started, or cannot). */
  const stopWaiting = () => root.removeAttribute(queryPendingAttr);
  new MutationObserver((changes, watcher) => {
    const how = root.dataset.app;
    if (how === 'adopted') {
      watcher.disconnect();
      // After the app's own first effects (they ran before it marked the page).
      setTimeout(giveToTheApp);
      stopWaiting();
    } else if (how === 'rendered' || how === 'failed' || how === mark) {
      stopWaiting();
      // The app drew the page anew or could not start: nothing to hand over.
      watcher.disconnect();
      handOver.done = true;
    }
  }).observe(root, { attributes: true, attributeFilter: ['data-app'] });

  /** Runs the app's loader (once): the app adopts the page, then does what the URL asks. When
   * the app cannot be loaded (offline, and never loaded before) the page stays as built.
   * `asBuilt`: false when the data is newer than the page's (its preloads would go unused). */
  let started = false;
  const dataBase = manifest.slice(0, manifest.lastIndexOf('/') + 1);
  const startApp = (asBuilt = true) => {
    const source = document.getElementById(loader);
    if (started || !source) return;
    started = true;
    // The app's files and its data, asked for side by side (the loader would ask for the wasm
    // only once its JS has run, and for the data only once the wasm has started).
    const tags = document.getElementById(preloads);
    if (tags instanceof HTMLTemplateElement) {
      // The page's own data is what the app reads unless newer data is out (same address prefix
      // as the manifest's).
      const links = [...document.importNode(tags.content, true).children];
      document.head.append(...links.filter((link) => asBuilt || !link.getAttribute('href').startsWith(dataBase)));
    }
    const start = document.createElement('script');
    start.type = 'module';
    start.textContent = source.textContent;
    start.addEventListener('error', () => {
      root.dataset.app = mark;
    });
    document.body.append(start);
  };

  // A part touched (a tap, or the keyboard's focus), even before the checks below are done.
  const touched = (event) => {
    if (inPart(event.target)) startApp();
  };
  for (const type of ['pointerdown', 'focusin']) document.addEventListener(type, touched, true);

  /** An on-demand page is whole as built: the app starts when the reader comes near a part
   * that needs it (half a screen before it shows; not a touch-only part, such as the filters on
   * the first screen of the measures list) or touches one. */
  const waitForTheReader = (nearList) => {
    root.dataset.app = waitingMark;
    if (!('IntersectionObserver' in window)) {
      startApp();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      startApp();
    }, { rootMargin: near });
    for (const part of nearList) observer.observe(part);
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
  const yearly = document.querySelector(`[${followsYear}]`);
  /** An unsent feedback draft of a form on this page (the app restores it and says so). */
  const hasDraft = () => [...document.querySelectorAll(`[${draftAttr}]`)].some((form) => {
    try {
      return localStorage.getItem(form.getAttribute(draftAttr)) !== null;
    } catch {
      return false;
    }
  });
  // Of a query, only what the page reads (a snapshot, `as_of`; the measures list's filters)
  // changes what it shows (not `utm_…` and the like); and of that, not what the page shows as
  // built: its own snapshot (still the latest, the manifest says below; a blank `as_of` is the
  // latest too), or a choice one of its form fields offers, set there as the reader would.
  const reads = queryKeys.split(' ');
  const query = new URLSearchParams(location.search);
  const choices = [];
  const asBuilt = (key) => {
    const values = query.getAll(key);
    const value = values[0].trim();
    if (values.length > 1) return false;
    if (key === asOfKey) return value === '' || value === built?.snapshot;
    const field = document.querySelector(`select[${queryFieldAttr}="${CSS.escape(key)}"]`);
    if (!(field instanceof HTMLSelectElement) || ![...field.options].some((option) => option.value === value)) return false;
    choices.push([field, value]);
    return true;
  };
  const asksMore = [...new Set(query.keys())].some((key) => reads.includes(key) && !asBuilt(key));
  if (asksMore
    || built === null
    || (!answersAnyPath && trimmed(built.route) !== trimmed(location.pathname))
    || mayBeAPage
    || today > Number(freshUntilDay)
    || (yearly !== null && Number(yearly.getAttribute(followsYear)) !== now.getFullYear())
    || hasDraft()) {
    // Until the app has applied it, the page shows what it was built for, and says so.
    // An app that cannot start (its files fail to load) leaves the page as built, not waiting.
    if (asksMore) {
      root.setAttribute(queryPendingAttr, '');
      addEventListener('error', stopWaiting, { once: true });
      addEventListener('unhandledrejection', stopWaiting, { once: true });
    }
    // In a task of its own: inserting the loader and the preloads is not the tail of the
    // parser's task (a long one on a slow phone already).
    setTimeout(() => startApp());
    return;
  }

  // The query's choices, made as the reader would make them (the app, when it starts, applies
  // the query itself, as it does any query; a choice the reader changes meanwhile is handed
  // over as the reader's own).
  for (const [field, value] of choices) field.value = value;

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
        startApp(false);
        return;
      }
      const partList = document.querySelectorAll(`[${parts}]`);
      const nearList = [...partList].filter((part) => part.getAttribute(parts) !== touchOnly);
      if (partList.length > 0 && !started) waitForTheReader(nearList);
      else if (!started) root.dataset.app = mark;
      if (keeps !== 'true') return;
      if (document.readyState === 'complete') keepOffline();
      else addEventListener('load', keepOffline, { once: true });
    });
})();

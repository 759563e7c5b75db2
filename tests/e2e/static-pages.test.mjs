// Static pages (src/app.rs `Section::adoption`; src/static_page.rs): a page that reads completely
// as built loads no app, only public/page.js, and marks <html data-app="static">. It starts the app
// when the reader asks for what the page was not built for (another snapshot, `?as_of=`, from a
// shared link or the snapshot selector; a link pinned to the page's own snapshot, the latest, is
// the page as built), and its language switch keeps the place and the query and remembers the
// choice as the app's does.
// (Data published after the build and no network: offline.test.mjs; an overdue date: time.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf } from './harness.mjs';

const site = useSite();

test('a static page loads no app: no wasm, no app script, only the manifest of the data', async () => {
  const page = await site.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/en/about`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested.filter((path) => /\.wasm$|strategy-site-|\/data\/(?!index\.json$)/.test(path)), [],
    'neither the app nor data beyond the manifest');
  assert.ok(requested.includes('/page.js'));
  assert.ok(requested.includes('/data/index.json'));
  // The app stays in the page, inert, for when it is asked for.
  assert.equal(await page.locator('script#app-loader[type="text/plain"]').count(), 1);
  assert.equal(await page.locator('link[rel="modulepreload"]').count(), 0);
  // Its links are plain links to built pages.
  await page.click('.site-header nav a[href="/en/indicators"]');
  await page.waitForURL(/\/en\/indicators$/);
  await page.waitForSelector('html[data-app="static"]');
  await page.context().close();
});

test('a citation’s permanent link (the page’s own snapshot, the latest) reads as built: no app, and the switch keeps the pin', async () => {
  const page = await site.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/en/goals/8.2?as_of=2026-Q3`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  assert.equal(new URL(page.url()).search, '?as_of=2026-Q3', 'the address keeps its query');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested.filter((path) => /\.wasm$|strategy-site-/.test(path)), [], 'no app');
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/az/goals/8.2?as_of=2026-Q3`);
  await page.waitForSelector('html[data-app="static"]', { state: 'attached' });
  // A blank snapshot is the latest too.
  await page.goto(`${site.base}/az/about?as_of=`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  await page.context().close();
});

test('a query for another snapshot starts the app on a static page, which adopts it and applies the query', async () => {
  const page = await site.newPage();
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/en/goals/8.2?as_of=2019-Q1`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'adopted');
  assert.equal(new URL(page.url()).search, '?as_of=2019-Q1', 'the address keeps its query');
  // The app's files and its data were asked for side by side (the page's inert preloads), each once.
  const preloaded = await page.evaluate(() => [...document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')]
    .map((link) => new URL(link.href).pathname));
  for (const file of [/_bg\.wasm$/, /^\/strategy-site-[0-9a-f]+\.js$/, /^\/data\/strategy\.[0-9a-f]{16}\.json$/, /^\/data\/snapshots\//]) {
    assert.ok(preloaded.some((path) => file.test(path)), `preloaded: ${file} in ${preloaded}`);
    assert.equal(asked.filter((path) => file.test(path)).length, 1, `asked for once: ${file}`);
  }
  // The query, applied: the real data has no such snapshot, and the page says so.
  assert.match(await textOf(page, '[role=alert]'), /no published snapshot “2019-Q1”/);
  await page.context().close();
});

test('the snapshot selector of a static page: the snapshot shown is not pinned', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/az/directions/8.2.1`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  // The real data has one snapshot, the latest, which the page shows: choosing it changes nothing
  // (an older one is a `?as_of=` query, as above).
  await page.selectOption('#snapshot-select', '2026-Q3');
  await page.click('.snapshot-choice button[type="submit"]');
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).search, '');
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  await page.context().close();
});

test('a query that is not a snapshot (a campaign tag) leaves a static page static', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/flagships?utm_source=newsletter`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  await page.context().close();
});

test('the language switch of a static page keeps the place and is remembered for the next visit to /', async () => {
  const page = await site.newPage({ locale: 'en-GB' });
  await page.goto(`${site.base}/en/about#open-data`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  await page.click('a.lang-switch');
  await page.waitForURL(/\/az\/about#open-data$/);
  await page.waitForSelector('html[data-app="static"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'az');
  // An English browser, but the reader chose Azerbaijani: `/` opens in it.
  await page.goto(`${site.base}/`);
  await page.waitForURL(/\/az\/$/);
  await page.context().close();
});

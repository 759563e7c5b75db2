// The app shell as a reader meets it: languages, deep links, the language switch, the 404 page,
// titles, and what happens when the data cannot be loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf, newContext, REAL_DATA, FIXTURE_DATA } from './harness.mjs';
import { ROUTES, pageType } from './routes.mjs';

const site = useSite();

test('/ opens the browser language, else Azerbaijani', async () => {
  for (const [locale, lang] of [['en-US', 'en'], ['az-AZ', 'az'], ['ru-RU', 'az']]) {
    const page = await site.newPage({ locale });
    await page.goto(`${site.base}/`);
    await page.waitForURL(`${site.base}/${lang}/`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await page.context().close();
  }
});

test('/ honours a stored language choice over the browser language', async () => {
  const page = await site.newPage({ locale: 'az-AZ' });
  await page.goto(`${site.base}/az/`);
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/en/`);
  await page.goto(`${site.base}/`);
  await page.waitForURL(`${site.base}/en/`);
  await page.context().close();
});

test('the overview renders in both languages with the real data', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/az/`);
  assert.match(await textOf(page, '#main h1'), /rəqəmsal iqtisadiyyatın inkişafına dair 2026–2029/);
  assert.equal(await page.getAttribute('html', 'lang'), 'az');
  assert.match(await textOf(page, '#progress-heading'), /İcranın qısa mənzərəsi/);
  // Nothing is reported in the baseline: every measure is "not yet reported", none is zero.
  assert.match(await textOf(page, '#main'), /50 tədbirdən 0 tədbirin icra vəziyyəti/);
  // The strategy's shape is counted from the data: the seed's 3 goals, 9 directions, 50 measures, 7 indicators.
  assert.match(await textOf(page, '.lead'), /Strategiyada 3 məqsəd, 9 prioritet istiqamət və 50 tədbirdən ibarət tədbirlər planı var;.* 7 əsas hədəf göstəricisi/);
  assert.equal(await page.locator('.indicator-card').count(), 7);
  assert.equal(await page.locator('.flagship-card').count(), 8);
  assert.match(await textOf(page, '.indicator-card:nth-child(5)'), /3\.000 nəfər|8\.000 nəfər|20\.000 nəfər|40\.000 nəfər/);

  await page.goto(`${site.base}/en/`);
  assert.match(await textOf(page, '#main h1'), /Strategy for the development of the digital economy/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await textOf(page, '#main'), /0 of 50 measures have a reported status/);
  assert.match(await textOf(page, '.lead'), /It has 3 goals, 9 priority directions and an action plan of 50 measures,.* 7 headline indicators carry yearly targets\./);
  assert.match(await textOf(page, '.indicator-card:nth-child(6)'), /1\.\d\d%/);
  await page.context().close();
});

test('a deep link and a reload of it show the same page', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/about`);
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  await page.reload();
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  assert.match(await page.title(), /About this site/);
  await page.goto(`${site.base}/az/about`);
  assert.equal(await textOf(page, '#main h1'), 'Sayt haqqında');
  assert.match(await page.title(), /Sayt haqqında/);
  await page.context().close();
});

test('the language switch keeps the page and the query string', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/az/about?as_of=2026-Q3`);
  await textOf(page, '#main h1');
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/en/about?as_of=2026-Q3`);
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/az/about?as_of=2026-Q3`);
  assert.equal(await page.getAttribute('html', 'lang'), 'az');
  await page.context().close();
});

test('unknown pages show the 404 page in the page language', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/az/no-such-page/at/all`);
  assert.equal(await textOf(page, '#main h1'), 'Səhifə tapılmadı');
  await page.goto(`${site.base}/en/no-such-page`);
  assert.equal(await textOf(page, '#main h1'), 'Page not found');
  assert.match(await page.title(), /Page not found/);
  await page.goto(`${site.base}/xx/whatever`);
  assert.equal(await textOf(page, '#main h1'), 'Səhifə tapılmadı');
  await page.context().close();
});

const failures = [
  ['HTTP 404', (route) => route.fulfill({ status: 404, body: 'nope' }), /HTTP 404/],
  ['HTTP 500', (route) => route.fulfill({ status: 500, body: 'boom' }), /HTTP 500/],
  ['a network error', (route) => route.abort('failed'), /could not be reached/],
  ['malformed JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": "1.0", "latest": ' }), /damaged or incomplete/],
  ['an unknown schema major version', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": "2.0", "latest": "2030-Q1"}' }), /newer format \(2\.0\)/],
];

for (const [what, fail, message] of failures) {
  test(`${what} on the manifest gives a message and a working retry`, async () => {
    const page = await site.newPage();
    await page.route('**/data/index.json', fail);
    // A page with the app (a static page needs no data: see below).
    await page.goto(`${site.base}/en/measures`);
    const alert = await textOf(page, '[role=alert]');
    assert.match(alert, /The data could not be loaded/);
    assert.match(alert, message);
    await page.unroute('**/data/index.json');
    await page.click('[role=alert] button');
    await page.waitForSelector('html[data-app="adopted"]');
    assert.equal(await textOf(page, '#main h1'), 'Measures');
    await page.context().close();
  });
}

test('the error message is in Azerbaijani on Azerbaijani pages', async () => {
  const page = await site.newPage();
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${site.base}/az/`);
  const alert = await textOf(page, '[role=alert]');
  assert.match(alert, /Məlumatları yükləmək mümkün olmadı/);
  assert.match(alert, /HTTP 503/);
  assert.match(await textOf(page, '[role=alert] button'), /Yenidən cəhd edin/);
  await page.context().close();
});

test('when the data server fails, the last good data is shown, marked as possibly out of date', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/measures/8.1.1.1`);
  const title = await textOf(page, '#main h1');
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.reload();
  assert.equal(await textOf(page, '#main h1'), title);
  assert.match(await textOf(page, '.notice-cached'), /last data this browser loaded; it may be out of date/);
  await page.unroute('**/data/index.json');
  await page.click('.notice-cached button');
  await page.waitForSelector('.notice-cached', { state: 'detached' });
  assert.equal(await textOf(page, '#main h1'), title);
  await page.context().close();
});

test('a static page stays whole and quiet when the data server fails', async () => {
  const page = await site.newPage();
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${site.base}/en/about`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  assert.equal(await page.locator('[role=alert], .notice-cached').count(), 0);
  await page.context().close();
});

test('an unknown snapshot in ?as_of= says so and links to the latest', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/about?as_of=2019-Q1`);
  assert.match(await textOf(page, '[role=alert]'), /no published snapshot “2019-Q1”/);
  await page.click('[role=alert] a');
  assert.equal(await textOf(page, '#main h1'), 'About this site');
  await page.context().close();
});

test('every page is served whole: head, navigation, content and footer, before any script', async () => {
  const html = await (await fetch(`${site.base}/en/measures/8.1.2.5`)).text();
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<title>Measure 8\.1\.2\.5 Creating and applying special regulatory mechanisms \(sandbox\)/);
  assert.match(html, /<meta property="og:title" content="Measure 8\.1\.2\.5/);
  assert.match(html, /<link rel="canonical" href="[^"]*\/en\/measures\/8\.1\.2\.5">/);
  assert.match(html, /hreflang="az" href="[^"]*\/az\/measures\/8\.1\.2\.5"/);
  assert.match(html, /<nav aria-label="Main">/, 'the header navigation');
  assert.match(html, /<h1><span class="item-id">8\.1\.2\.5(<!---->)?<\/span> <span>Creating and applying/);
  assert.match(html, /class="results-chain"/, 'the results chain');
  assert.match(html, /<table class="history">/, 'the status history');
  assert.match(html, /<footer class="site-footer">/);
  assert.match(html, /"route":"\/en\/measures\/8\.1\.2\.5","snapshot":"2026-Q3"/, 'the page names what it was built for');
  const measures = await (await fetch(`${site.base}/az/measures`)).text();
  assert.equal((measures.match(/href="\/az\/measures\/8\.\d\.\d\.\d+"/g) ?? []).length, 50, 'all 50 measures');
  assert.equal((measures.match(/class="status status-not-yet-reported"/g) ?? []).length, 50, 'each with its status');
  const az = await (await fetch(`${site.base}/az/indicators/4.1.5`)).text();
  assert.match(az, /<p class="summary">Hədəf 2026-cı ildəki 3\.000 nəfər göstəricisindən 2029-cu ildə 40\.000 nəfər göstəricisinə qədər artır/);
  assert.match(az, /class="indicator-table"/, 'the table stands for the chart');
  const sitemap = await (await fetch(`${site.base}/sitemap.xml`)).text();
  assert.equal((sitemap.match(/<url>/g) ?? []).length, 190);
});

test('without JavaScript a reader goes overview → measure → indicator → agency and reads each', async () => {
  const context = await newContext(site.browser, { javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${site.base}/en/`);
  assert.match(await textOf(page, '#main h1'), /Strategy for the development of the digital economy/);
  await page.click('nav a[href="/en/measures"]');
  assert.equal(await textOf(page, '#main h1'), 'Measures');
  // The interactive parts say what needs JavaScript; the filters are a GET form to this page.
  assert.equal(await textOf(page, 'form.filters noscript'), 'Search and filters need JavaScript; all measures are listed below.');
  assert.equal(await page.getAttribute('form.filters', 'method'), 'get');
  assert.equal(await page.getAttribute('form.filters select#f-goal', 'name'), 'goal');
  assert.equal(await textOf(page, 'form.snapshot-choice noscript'), 'Showing another snapshot needs JavaScript; this page shows the latest.');
  await page.fill('#q', 'ikt');
  await page.press('#q', 'Enter');
  await page.waitForURL(/\/en\/measures\?q=ikt/);
  assert.equal(await textOf(page, '#main h1'), 'Measures', 'the form leads to a built page');
  await page.click('a[href="/en/measures/8.1.1.1"]');
  assert.match(await textOf(page, '#main h1'), /^8\.1\.1\.1 /);
  assert.match(await textOf(page, '.status-line'), /Not yet reported/);
  await page.goto(`${site.base}/en/indicators`);
  await page.click('a[href="/en/indicators/4.1.5"]');
  assert.match(await textOf(page, '#main h1'), /^4\.1\.5 /);
  assert.equal(await page.locator('.indicator-table tbody tr').count(), 4);
  await page.goto(`${site.base}/en/measures/8.1.1.1`);
  await page.click('a[href^="/en/agencies/"]');
  assert.match(page.url(), /\/en\/agencies\/[a-z]+$/);
  assert.ok((await textOf(page, '#main h1')).length > 3);
  await context.close();
});

test('the app adopts the built page: the nodes seen before it loads are the ones it updates', async () => {
  const page = await site.newPage();
  let release;
  const marked = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await marked; await route.continue(); });
  await page.goto(`${site.base}/en/measures`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => {
    const rows = () => [...document.querySelectorAll('#main .measure-row')].map((row) => row.textContent);
    window.__built = { h1: document.querySelector('#main h1'), search: document.querySelector('#q'), list: document.querySelector('#main .measure-list'), rows: rows() };
    window.__rows = rows;
  });
  assert.notEqual(await page.getAttribute('html', 'data-app'), 'adopted', 'the app has not started yet');
  // The list is whole as built; reaching into its filters starts the app (src/app.rs `Adoption::OnDemand`).
  await page.focus('#q');
  release();
  await page.waitForSelector('html[data-app="adopted"]');
  assert.ok(await page.evaluate(() => window.__built.h1 === document.querySelector('#main h1')), 'same <h1> node');
  assert.ok(await page.evaluate(() => window.__built.search === document.querySelector('#q')), 'same search field');
  // The list alone is built anew, after the rest (src/components/built_after_adoption.rs): the
  // same rows in new nodes.
  assert.ok(await page.evaluate(() => !window.__built.list.isConnected), 'the list was built anew');
  assert.deepEqual(await page.evaluate(() => window.__rows()), await page.evaluate(() => window.__built.rows));
  await page.fill('#q', 'ikt');
  await page.waitForFunction(() => document.querySelectorAll('#main .measure-list li').length < 50);
  assert.ok(await page.evaluate(() => window.__built.h1.isConnected), 'the adopted heading stays');
  await page.context().close();
});

test('the row link the reader is on keeps the focus when the list is built anew after adoption', async () => {
  const page = await site.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  // A query the page reads: the app starts at once (held here until the reader is on a row).
  await page.goto(`${site.base}/en/measures?status=not_yet_reported`, { waitUntil: 'domcontentloaded' });
  const href = await page.evaluate(() => {
    const link = document.querySelectorAll('#main .measure-row > a')[3];
    link.focus();
    window.__built = link;
    return link.getAttribute('href');
  });
  release();
  await page.waitForSelector('html[data-app="adopted"]');
  assert.equal(await page.evaluate(() => window.__built.isConnected), false, 'the built row was replaced');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), href);
  assert.equal(await page.locator('#main .measure-row').count(), 50);
  await page.context().close();
});

test('a query the page was not built for is applied after adoption', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/measures?goal=8.2&q=ikt`);
  await page.waitForSelector('html[data-app="adopted"]');
  await page.waitForFunction(() => document.querySelectorAll('#main .measure-list li').length < 50);
  assert.equal(new URL(page.url()).search, '?goal=8.2&q=ikt', 'the address keeps its query');
  assert.equal(await page.inputValue('#q'), 'ikt');
  // The list is built with only the goals and directions that have rows, and nothing of the
  // built list (hidden while it is replaced) is left.
  await page.goto(`${site.base}/az/measures?goal=8.2&q=ikt`);
  await page.waitForSelector('html[data-app="adopted"]');
  const rows = await page.locator('#main .measure-row').count();
  assert.ok(rows > 0 && rows < 50, `a few rows (${rows})`);
  assert.deepEqual(await page.locator('#main .goal-group h2 .item-id').allTextContents(), ['8.2']);
  const directions = await page.locator('#main .direction-group h3 .item-id').allTextContents();
  assert.ok(directions.length > 0 && directions.every((id) => id.startsWith('8.2.')), directions.join(' '));
  assert.equal(await page.locator('#main .measure-groups [hidden], #main .measure-groups > :not(section)').count(), 0);
  await page.context().close();
});

test('a path with no built page gets its language\'s not-found page: status 404, no app', async () => {
  const page = await site.newPage();
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  const answer = await page.goto(`${site.base}/en/measures/9.9.9.9`);
  assert.equal(answer.status(), 404);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  assert.equal(await textOf(page, '#main h1'), 'Page not found');
  assert.match(await page.title(), /^Page not found/);
  // The language switch goes to the same missing path in the other language, as the app's does.
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/az/measures/9.9.9.9`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'static');
  assert.equal(await textOf(page, '#main h1'), 'Səhifə tapılmadı');
  assert.deepEqual(wasm, [], 'no app loaded');
  await page.context().close();
});

test('with newer data published, a path the site was not built for is rendered by the app', async () => {
  const page = await site.newPage();
  // The synthetic fixture's second snapshot (marked TEST DATA) has a pinned embed the real build has not.
  site.server.setData(FIXTURE_DATA);
  try {
    await page.goto(`${site.base}/en/embed/indicators/4.1.5/2026-Q4`);
    await page.waitForSelector('html[data-app="rendered"]');
    // In the browser an embed is its link to the full page (embeds are built without the app).
    await page.waitForSelector('#main.embed a[href="/en/indicators/4.1.5?as_of=2026-Q4"]');
    assert.equal(await page.locator('#main h1').count(), 0, 'not the not-found page');
  } finally {
    site.server.setData(REAL_DATA);
  }
  await page.context().close();
});

test('the route list of these tests covers every page type the router builds', async () => {
  const sitemap = await (await fetch(`${site.base}/sitemap.xml`)).text();
  const built = new Set([...sitemap.matchAll(/<loc>[^<]*?\/(?:az|en)\/([^<]*)<\/loc>/g)].map((m) => pageType(m[1])));
  const tested = new Set(ROUTES.map((r) => pageType(r.path)));
  assert.deepEqual([...built].filter((t) => !tested.has(t)), [], 'built page types with no test route');
});

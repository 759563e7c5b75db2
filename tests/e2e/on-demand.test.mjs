// On-demand pages (src/app.rs `Adoption::OnDemand`; src/static_page.rs): a measure page and the
// overview are whole as built; their parts that need the app (the feedback block, the citation's
// copy button, the feedback counts) are below the first screen. The page script marks
// <html data-app="on-demand"> and starts the app only when the reader nears or touches such a
// part; what the reader did there before the app ran is handed to it.
// (The form sent before the app runs: feedback.test.mjs; the year the overview follows:
// time.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf } from './harness.mjs';

const site = useSite();
const PHONE = { width: 360, height: 740 };
const isApp = (path) => /\.wasm$|\/strategy-site-[^/]*\.js$/.test(path);

/**
 * Holds the app's wasm until `release()` is called; `asked()` says whether it was requested,
 * `requested` resolves when it is (the page script inserts the app's loader, which asks for it).
 */
async function holdTheApp(page) {
  let release;
  let requestedNow;
  const released = new Promise((ok) => { release = ok; });
  const requested = new Promise((ok) => { requestedNow = ok; });
  let asked = false;
  await page.route('**/*.wasm', async (route) => {
    asked = true;
    requestedNow();
    await released;
    await route.continue();
  });
  return { release, asked: () => asked, requested };
}

for (const [name, path, part] of [
  ['a measure page', '/en/measures/8.1.2.5', 'section.feedback-cta'],
  ['the overview', '/az/', '.feedback-counts'],
]) {
  test(`${name} on a phone loads no app until the reader nears the part that needs it`, async () => {
    const page = await site.newPage({ viewport: PHONE });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.base}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requested.filter(isApp), [], 'no app on the first screen');
    assert.ok((await textOf(page, '#main h1')).length > 0);
    // Scrolling down the page: the app starts half a screen before the part shows, and adopts
    // the page in place.
    await page.evaluate((selector) => {
      const top = document.querySelector(selector).getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight * 1.4);
    }, part);
    await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
    assert.equal(requested.filter((p) => p.endsWith('.wasm')).length, 1, 'the app loaded once');
    await page.context().close();
  });
}

test('a tap on "Copy permanent link" before the app runs is handed to it: the link is copied', async () => {
  const page = await site.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = await holdTheApp(page);
  await page.goto(`${site.base}/en/measures/8.1.2.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  assert.equal(app.asked(), false);
  await page.click('section.cite button.copy-link');
  await app.requested; // touching the part started the app
  assert.equal(await page.getAttribute('html', 'data-app'), 'on-demand', 'the app is still on its way');
  app.release();
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  assert.equal(await textOf(page, 'section.cite .copy-status:not(:empty)'), 'Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /\/en\/measures\/8\.1\.2\.5\?as_of=2026-Q3$/);
  await page.context().close();
});

test('the keyboard reaching a part starts the app too', async () => {
  const page = await site.newPage({ viewport: PHONE });
  await page.goto(`${site.base}/az/measures/8.1.2.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  // Focus moves without scrolling the part into the margin first (as a screen reader's jump can).
  await page.evaluate(() => document.querySelector('section.cite a').focus({ preventScroll: true }));
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  await page.context().close();
});

test('text typed in the feedback form before the app runs is kept by the app (and saved as the draft)', async () => {
  const page = await site.newPage({ locale: 'en-GB', viewport: PHONE });
  const app = await holdTheApp(page);
  await page.goto(`${site.base}/en/measures/8.1.2.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  await page.click('section.feedback-cta summary');
  const message = 'Typed before the app ran';
  await page.fill('form.feedback-form textarea', message);
  await page.check('form.feedback-form input[type=checkbox]');
  await app.requested;
  app.release();
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  await page.waitForFunction(() => localStorage.getItem('strategy-site.feedback-draft.8.1.2.5')?.includes('Typed before'));
  assert.equal(await page.inputValue('form.feedback-form textarea'), message);
  assert.ok(await page.isChecked('form.feedback-form input[type=checkbox]'));
  assert.ok(await page.locator('section.feedback-cta details[open]').count() === 1, 'the form stays open');
  await page.context().close();
});

test('the measures list is whole as built; its filters start the app when touched, and what was typed filters the list', async () => {
  const page = await site.newPage({ locale: 'en-GB', viewport: PHONE });
  const app = await holdTheApp(page);
  await page.goto(`${site.base}/en/measures`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  assert.equal(await page.locator('.measure-row').count(), 50, 'every measure, as built');
  // Scrolling through the list does not start the app: the filters start it only when touched.
  await page.locator('.measure-row').last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  assert.equal(app.asked(), false, 'no app for reading the list');
  await page.fill('#q', 'zzzz-nothing');
  await app.requested; // the search field started the app
  app.release();
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  assert.match(await textOf(page, '.empty-state'), /zzzz-nothing/);
  await page.waitForURL(/q=zzzz-nothing/);
  await page.context().close();
});

test('a filter in the address starts the app on the measures list at once; a campaign tag does not', async () => {
  const page = await site.newPage({ locale: 'en-GB' });
  await page.goto(`${site.base}/en/measures?goal=8.2&lead=eesmn`);
  assert.equal(await page.getAttribute('html', 'data-app'), 'adopted');
  assert.match(await textOf(page, '.result-count'), /^2 of 50 measures$/);
  await page.goto(`${site.base}/en/measures?utm_source=newsletter`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  await page.context().close();
});

test('the feedback page: its form starts the app when touched; with an unsent draft the app starts at once and restores it', async () => {
  const page = await site.newPage({ locale: 'en-GB' });
  await page.goto(`${site.base}/en/feedback`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  await page.fill('form.feedback-form textarea', 'A draft left for later');
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  await page.waitForFunction(() => localStorage.getItem('strategy-site.feedback-draft.page')?.includes('left for later'));
  await page.goto(`${site.base}/en/feedback`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  assert.equal(await page.inputValue('form.feedback-form textarea'), 'A draft left for later');
  await page.context().close();
});

test('a feedback link’s topic is chosen in the form as built, with no app until the form is touched; the app keeps it', async () => {
  const page = await site.newPage({ locale: 'en-GB', viewport: PHONE });
  const app = await holdTheApp(page);
  await page.goto(`${site.base}/en/feedback?topic=4.1.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  const topic = 'form.feedback-form select[data-query-field="topic"]';
  assert.equal(await page.inputValue(topic), '4.1.5', 'the link’s topic, chosen before any app');
  assert.equal(app.asked(), false, 'no app for a topic the form offers');
  await page.fill('form.feedback-form textarea', 'About this indicator');
  await app.requested; // the form started the app
  app.release();
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('strategy-site.feedback-draft.page') ?? '{}').topic === '4.1.5');
  assert.equal(await page.inputValue(topic), '4.1.5');
  assert.equal(await page.inputValue('form.feedback-form textarea'), 'About this indicator');
  assert.equal(new URL(page.url()).search, '?topic=4.1.5', 'the address keeps its query');
  await page.context().close();
  // A topic the form does not offer is the app's to judge: it starts at once and chooses none.
  const other = await site.newPage({ locale: 'en-GB', viewport: PHONE });
  await other.goto(`${site.base}/en/feedback?topic=9.9.9`);
  assert.equal(await other.getAttribute('html', 'data-app'), 'adopted');
  assert.equal(await other.inputValue(topic), '');
  await other.context().close();
});

test('while the app applies a shared filter, the page says so at the foot of the screen, in its language', async () => {
  for (const [lang, line] of [['en', 'Updating this page to what the link asks for…'], ['az', 'Səhifə keçiddə istənilənə uyğun yenilənir…']]) {
    const page = await site.newPage({ viewport: PHONE });
    const app = await holdTheApp(page);
    await page.goto(`${site.base}/${lang}/measures?goal=8.2&lead=eesmn`, { waitUntil: 'domcontentloaded' });
    await app.requested;
    assert.equal(await page.getAttribute('html', 'data-query-pending'), '', 'the page waits for the app');
    const pending = page.locator('.query-pending');
    assert.ok(await pending.isVisible());
    assert.equal((await pending.textContent()).trim(), line);
    assert.equal(await page.locator('.measure-row').count(), 50, 'the list as built, until the app applies the filter');
    app.release();
    await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
    assert.equal(await page.getAttribute('html', 'data-query-pending'), null);
    assert.equal(await pending.isVisible(), false);
    assert.equal(await page.locator('.measure-row').count(), 2);
    await page.context().close();
  }
  // An app that cannot load leaves the page as built, no longer saying it is updating.
  const context = await site.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.base}/en/measures?goal=8.2`);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-query-pending'));
  assert.equal(await page.locator('.query-pending').isVisible(), false);
  await context.close();
});

// There again offline (public/sw.js, registered by the app and by static pages' public/page.js):
// a page the reader has seen opens with the network off, adopted by the app, saying in its
// language that it is offline and the date of its data (a static page starts the app for it);
// another page seen before opens too; the worker keeps nothing of /api/ or the
// moderators' app; and once a newer snapshot is published, the next visit with a network shows it.
// The real data (2026-Q3) first, then the synthetic fixture (2026-Q4) as the newer publication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf, REAL_DATA, FIXTURE_DATA } from './harness.mjs';

const site = useSite();

/** Every URL the worker's caches hold, as the page sees them. */
function keptUrls(page) {
  return page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Waits until the worker controls the page and keeps the page itself, the data's manifest and
 * (unless `withApp` is false, for a static page) the app's wasm. */
async function waitUntilKept(page, withApp = true) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.waitForFunction(async (withApp) => {
    const page = await caches.match(location.origin + location.pathname);
    const names = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) names.push(request.url);
    }
    return Boolean(page) && (!withApp || names.some((u) => u.endsWith('.wasm'))) && names.some((u) => u.includes('/data/index.json'));
  }, withApp, { timeout: 20000, polling: 200 });
}

const CASES = [
  {
    lang: 'en', locale: 'en-GB', about: 'About this site',
    offline: 'You are offline. This page shows data as of 30 September 2026.',
  },
  {
    lang: 'az', locale: 'az-AZ', about: null,
    offline: 'İnternet bağlantısı yoxdur. Bu səhifə 30 sentyabr 2026 tarixinə olan məlumatları göstərir.',
  },
];

for (const { lang, locale, about, offline } of CASES) {
  test(`${lang}: pages seen before open offline, with the notice and the data's date`, async () => {
    const page = await site.newPage({ serviceWorkers: 'allow', locale });
    const context = page.context();
    // A page with the app, then a static page (the app is kept from the first).
    await page.goto(`${site.base}/${lang}/measures/8.1.1.1`);
    const measureTitle = await textOf(page, '#main h1');
    await waitUntilKept(page);
    await page.goto(`${site.base}/${lang}/about`);
    assert.equal(await page.getAttribute('html', 'data-app'), 'static');
    const title = await textOf(page, '#main h1');
    if (about) assert.equal(title, about);
    await waitUntilKept(page, false);
    // The moderators' page: never kept, nor anything of /api/.
    // (`domcontentloaded`: the moderators' app does not mark <html data-app>.)
    await page.goto(`${site.base}/${lang}/moderation`, { waitUntil: 'domcontentloaded' });
    await page.waitForLoadState('networkidle');
    const kept = await keptUrls(page);
    assert.ok(kept.length > 0, 'the worker keeps copies');
    assert.deepEqual(kept.filter((u) => /\/api\/|\/moderation(\/|$)/.test(new URL(u).pathname)), [],
      'nothing of /api/ or the moderators\' app is kept');

    await context.setOffline(true);
    try {
      await page.goto(`${site.base}/${lang}/about`);
      assert.equal(await page.getAttribute('html', 'data-app'), 'adopted');
      assert.equal(await textOf(page, '#main h1'), title);
      assert.equal(await textOf(page, '.notice-offline'), offline.concat(' ', lang === 'en' ? 'Try again' : 'Yenidən cəhd edin'));
      // Reloading the page works the same.
      await page.reload();
      assert.equal(await page.getAttribute('html', 'data-app'), 'adopted');
      assert.match(await textOf(page, '.notice-offline'), new RegExp(offline.replace(/[.]/g, '\\.')));
      // The other page seen before.
      await page.goto(`${site.base}/${lang}/measures/8.1.1.1`);
      assert.equal(await page.getAttribute('html', 'data-app'), 'adopted');
      assert.equal(await textOf(page, '#main h1'), measureTitle);
      assert.match(await textOf(page, '.notice-offline'), new RegExp(offline.replace(/[.]/g, '\\.')));
    } finally {
      await context.setOffline(false);
    }
    // Back online: the page is the network's again, static, without the notice.
    await page.goto(`${site.base}/${lang}/about`);
    assert.equal(await page.getAttribute('html', 'data-app'), 'static');
    assert.equal(await page.locator('.notice-cached').count(), 0);
    await context.close();
  });

  test(`${lang}: a static page seen before opens offline as built, even where the app never loaded`, async () => {
    const page = await site.newPage({ serviceWorkers: 'allow', locale });
    await page.goto(`${site.base}/${lang}/flagships`);
    const title = await textOf(page, '#main h1');
    await waitUntilKept(page, false);
    await page.context().setOffline(true);
    try {
      await page.goto(`${site.base}/${lang}/flagships`);
      // The script asked for the app (no network: it would say so), which is not kept: the page stays.
      assert.equal(await page.getAttribute('html', 'data-app'), 'static');
      assert.equal(await textOf(page, '#main h1'), title);
    } finally {
      await page.context().setOffline(false);
    }
    await page.context().close();
  });

  test(`${lang}: after a newer snapshot is published, the next visit with a network shows it`, async () => {
    const page = await site.newPage({ serviceWorkers: 'allow', locale });
    await page.goto(`${site.base}/${lang}/about`);
    await waitUntilKept(page, false);
    assert.equal(await page.inputValue('#snapshot-select'), '2026-Q3');
    site.server.setData(FIXTURE_DATA);
    try {
      // The static page finds its data no longer the latest and starts the app, which shows it.
      await page.goto(`${site.base}/${lang}/about`);
      await page.waitForSelector('.notice-synthetic');
      assert.equal(await page.getAttribute('html', 'data-app'), 'rendered');
      assert.equal(await page.inputValue('#snapshot-select'), '2026-Q4');
      assert.equal(await page.locator('.notice-cached').count(), 0);
      // The worker keeps the new manifest: offline now, the page shows the newer data.
      await page.context().setOffline(true);
      await page.reload();
      assert.equal(await page.inputValue('#snapshot-select'), '2026-Q4');
      await page.waitForSelector('.notice-offline');
      await page.context().setOffline(false);
    } finally {
      site.server.setData(REAL_DATA);
    }
    await page.context().close();
  });
}

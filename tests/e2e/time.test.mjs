// Everything that depends on today's date, on a pinned clock at its boundaries: the overdue
// notice (the latest data, 2026-Q3 as of 30 September 2026, is overdue after a quarter plus a
// month: 123 days), the date the next update is due, and the year whose target the overview
// shows (this year, kept within the strategy's 2026–2029).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf } from './harness.mjs';

const site = useSite();

/** Noon UTC on a day, as the page's clock. */
const on = (day) => new Date(`${day}T12:00:00Z`);

for (const [day, days, overdue] of [
  ['2027-01-30', 122, false],
  ['2027-01-31', 123, false],
  ['2027-02-01', 124, true],
]) {
  test(`${days} days after the latest data it is ${overdue ? '' : 'not '}overdue`, async () => {
    const page = await site.newPage({ locale: 'en-GB' }, on(day));
    await page.goto(`${site.base}/en/measures`);
    await page.waitForSelector('html[data-app="adopted"]');
    const notices = await page.locator('.notice-stale').allTextContents();
    if (overdue) {
      assert.deepEqual(notices, ['The latest data is as of 30 September 2026; the quarterly update is overdue.']);
    } else {
      assert.deepEqual(notices, []);
    }
    await page.context().close();
  });
}

test('a static page starts the app once its data is overdue by the reader\'s date, to say so', async () => {
  for (const [day, how, notices] of [
    ['2027-01-31', 'static', []],
    ['2027-02-01', 'adopted', ['The latest data is as of 30 September 2026; the quarterly update is overdue.']],
  ]) {
    const page = await site.newPage({ locale: 'en-GB' }, on(day));
    await page.goto(`${site.base}/en/about`);
    assert.equal(await page.getAttribute('html', 'data-app'), how, day);
    assert.deepEqual(await page.locator('.notice-stale').allTextContents(), notices, day);
    await page.context().close();
  }
});

test('the overdue notice is in Azerbaijani on Azerbaijani pages, in its date style', async () => {
  const page = await site.newPage({}, on('2030-06-01'));
  await page.goto(`${site.base}/az/`);
  assert.match(await textOf(page, '.notice-stale'), /30 sentyabr 2026/);
  await page.context().close();
});

test('the next update is due a month after the next quarter ends, whatever the day', async () => {
  for (const day of ['2026-12-02', '2030-06-01']) {
    const page = await site.newPage({ locale: 'en-GB' }, on(day));
    await page.goto(`${site.base}/en/about`);
    assert.equal(await textOf(page, '.next-update'), 'Next update due: 31 January 2027');
    await page.context().close();
  }
});

for (const [day, year] of [['2025-12-31', 2026], ['2027-06-15', 2027], ['2029-12-31', 2029], ['2030-06-01', 2029]]) {
  test(`on ${day} the overview shows the targets for ${year}`, async () => {
    const page = await site.newPage({ locale: 'en-GB' }, on(day));
    await page.goto(`${site.base}/en/`);
    const labels = await page.locator('.indicator-card dt').allTextContents();
    assert.ok(labels.length >= 7 * 2, 'every indicator card has its two facts');
    assert.ok(labels.includes(`Target for ${year}`), `${labels}`);
    assert.ok(!labels.some((l) => /^Target for/.test(l) && l !== `Target for ${year}`), `${labels}`);
    await page.context().close();
  });
}

test('the overview waits for the reader in the year it was built in, and starts the app in another year', async () => {
  // The year the built overview's focus year follows is the build's (src/static_page.rs).
  const built = await (await fetch(`${site.base}/en/`)).text();
  const builtYear = Number(built.match(/data-follows-year="(\d{4})"/)[1]);
  // Both days are before the data is overdue (31 January 2027), so only the year decides.
  for (const day of ['2026-12-20', '2027-01-05']) {
    const year = Number(day.slice(0, 4));
    const page = await site.newPage({ locale: 'en-GB' }, on(day));
    await page.goto(`${site.base}/en/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-app]:not([data-app="retrying"])', { state: 'attached' });
    assert.equal(await page.getAttribute('html', 'data-app'), year === builtYear ? 'on-demand' : 'adopted', day);
    const labels = await page.locator('.indicator-card dt').allTextContents();
    assert.ok(labels.includes(`Target for ${Math.min(Math.max(year, 2026), 2029)}`), `${day}: ${labels}`);
    await page.context().close();
  }
});

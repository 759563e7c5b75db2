// Snapshot pinning and "what changed", with the two SYNTHETIC snapshots of
// tests/fixtures/synthetic (made-up progress, never published).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf, FIXTURE_DATA } from './harness.mjs';

const site = useSite({ data: FIXTURE_DATA });

test('synthetic data is labelled as test data on every page', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/`);
  assert.match(await textOf(page, '.notice-synthetic'), /TEST DATA/);
  await page.context().close();
});

test('?as_of= pins the numbers shown', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/indicators/4.1.5?as_of=2026-Q3`);
  await page.waitForSelector('.indicator-table');
  assert.match(await textOf(page, '.indicator-table tbody tr:first-child td:nth-child(3)'), /^1,200 people/);
  assert.match(await textOf(page, '.notice-older'), /older snapshot \(2026-Q3/);
  await page.goto(`${site.base}/en/indicators/4.1.5`);
  await page.waitForSelector('.indicator-table');
  assert.match(await textOf(page, '.indicator-table tbody tr:first-child td:nth-child(3)'), /^2,500 people/);
  await page.goto(`${site.base}/az/indicators/4.1.5?as_of=2026-Q3`);
  await page.waitForSelector('.indicator-table');
  assert.match(await textOf(page, '.indicator-table tbody tr:first-child td:nth-child(3)'), /^1\.200 nəfər/);
  await page.goto(`${site.base}/en/measures/8.1.1.1?as_of=2026-Q3`);
  await page.waitForSelector('.status-line');
  assert.match(await textOf(page, '.status-line'), /In progress/);
  await page.goto(`${site.base}/en/measures/8.1.1.1`);
  await page.waitForSelector('.status-line');
  assert.match(await textOf(page, '.status-line'), /Completed/);
  assert.match(await textOf(page, '.results-chain'), /Achieved on 10 November 2026/);
  await page.waitForSelector('table.history tbody tr:nth-child(2)');
  assert.equal(await page.locator('table.history tbody tr').count(), 2, 'status history across both snapshots');
  await page.context().close();
});

test('links inside a pinned page stay pinned', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/measures?as_of=2026-Q3`);
  await page.waitForSelector('.measure-row');
  const href = await page.getAttribute('.measure-row a', 'href');
  assert.match(href, /\?as_of=2026-Q3$/);
  await page.context().close();
});

test('the chart shows actual values with gaps for years without data', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/indicators/4.1.5`);
  await page.waitForSelector('.chart-canvas[_echarts_instance_] svg');
  const actual = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart-canvas')).getOption().series[1].data);
  assert.deepEqual(actual, [2500, '-', '-', '-']);
  await page.context().close();
});

test('the changes page lists exactly the fixture\'s differences', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/changes`);
  await page.waitForSelector('.changes-status');
  assert.match(await textOf(page, '#main h2'), /2026-Q3 → 2026-Q4/);
  const statuses = await page.$$eval('.changes-status li', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(statuses.length, 3);
  assert.match(statuses[0], /^8\.1\.1\.1 .*In progress → Completed$/);
  assert.match(statuses[1], /^8\.2\.1\.1 .*Not started → Delayed$/);
  assert.match(statuses[2], /^8\.3\.1\.2 .*Not yet reported → In progress$/);
  const results = await page.$$eval('.changes-results li', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(results.length, 1);
  assert.match(results[0], /^8\.1\.1\.1 .*Initial result: Achieved on 10 November 2026$/);
  const values = await page.$$eval('.changes-values li', (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(values.length, 2);
  assert.match(values[0], /^4\.1\.1 .*2026: 35 \(new\)$/, 'a count is written as the number alone');
  assert.match(values[1], /^4\.1\.5 .*2026: 1,200 people → 2,500 people$/);
  await page.goto(`${site.base}/az/changes?from=2026-Q4&to=2026-Q4`);
  await page.waitForSelector('.empty-state');
  await page.context().close();
});

// The explorer's pages with the real published data: every page type in both languages,
// search with Azerbaijani folding, filters that round-trip through the URL, and ECharts loaded
// only where a chart is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf } from './harness.mjs';

const site = useSite();

async function open(path, options) {
  const page = await site.newPage(options);
  await page.goto(`${site.base}${path}`);
  await page.waitForSelector('#main h1');
  return page;
}

test('a measure page shows every field of the action plan row', async () => {
  const page = await open('/az/measures/8.1.2.5');
  const main = await textOf(page, '#main');
  assert.match(await textOf(page, '#main h1'), /8\.1\.2\.5.*sandbox/);
  assert.match(main, /Əsas icraçı orqan/);
  assert.equal(await page.locator('#main a[href^="/az/agencies/"]').count(), 4, 'İN + RİNN, MB, VXSİDA');
  assert.match(main, /2 pilot layihənin/);
  assert.match(main, /Hələ məlumat verilməyib/);
  assert.match(main, /N-8\.1-07/, 'the 2 vs 20 projects contradiction is noted');
  assert.equal(await page.locator('.results-chain > li').count(), 3);
  await page.goto(`${site.base}/en/measures/8.1.4.4`);
  await page.waitForSelector('#main h1');
  assert.equal(await page.locator('.results-chain > li.spans').count(), 1, 'a cell spanning two columns');
  assert.match(await textOf(page, '.results-chain'), /Initial result \+ Intermediate result/);
  assert.match(await page.title(), /^Measure 8\.1\.4\.4/);
  await page.context().close();
});

test('an unknown measure id gives the 404 page', async () => {
  const page = await open('/en/measures/9.9.9.9');
  assert.equal(await textOf(page, '#main h1'), 'Page not found');
  await page.context().close();
});

test('goal, direction, agency and flagship pages render their content', async () => {
  const page = await open('/en/goals/8.2');
  assert.match(await textOf(page, '#main h1'), /Goal 8\.2/);
  assert.equal(await page.locator('.direction-group').count(), 2);
  await page.goto(`${site.base}/az/directions/8.2.1`);
  await page.waitForSelector('#main h1');
  assert.match(await textOf(page, '#main'), /Əsaslandırma/);
  assert.equal(await page.locator('.measure-list > li').count(), 7);
  await page.goto(`${site.base}/en/agencies/amb`);
  await page.waitForSelector('#main h1');
  const central = await textOf(page, '#main h1');
  assert.match(central, /Central Bank/);
  assert.match(await textOf(page, '#main'), /Also printed as: MB/);
  await page.goto(`${site.base}/en/agencies/MB`);
  await page.waitForSelector('#main h1');
  assert.equal(await textOf(page, '#main h1'), central, 'both printed acronyms lead to one page');
  await page.goto(`${site.base}/az/agencies/eesmn`);
  await page.waitForSelector('#main h1');
  assert.match(await textOf(page, '#main h1'), /Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi/);
  await page.goto(`${site.base}/en/flagships`);
  await page.waitForSelector('#main h1');
  assert.equal(await page.locator('section.flagship').count(), 8);
  await page.context().close();
});

test('the agencies index lists 18 organisations for 19 acronyms', async () => {
  const page = await open('/en/agencies');
  assert.equal(await page.locator('#main tbody tr').count(), 18);
  const central = await page.$$eval('#main tbody th', (els) => els.map((e) => e.textContent.trim()).filter((t) => t.includes('AMB')));
  assert.deepEqual(central, ['AMB, MB']);
  await page.click('#main tbody a[href="/en/agencies/amb"]');
  await page.waitForSelector('h1:has-text("Central Bank")');
  await page.context().close();
});

async function searchIds(page, lang, q) {
  await page.goto(`${site.base}/${lang}/measures?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('.result-count');
  return page.$$eval('.measure-row .item-id', (els) => els.map((e) => e.textContent.trim()));
}

test('search folds Azerbaijani: ikt, IKT and İKT find the same measures', async () => {
  const page = await site.newPage();
  const lower = await searchIds(page, 'az', 'ikt');
  assert.ok(lower.length >= 5, `ikt finds ${lower.length}`);
  assert.deepEqual(await searchIds(page, 'az', 'IKT'), lower);
  assert.deepEqual(await searchIds(page, 'az', 'İKT'), lower);
  await page.context().close();
});

test('"suni intellekt" finds "süni intellekt"', async () => {
  const page = await site.newPage();
  const ids = await searchIds(page, 'az', 'suni intellekt');
  assert.ok(ids.includes('8.1.1.3'), `${ids}`);
  assert.ok(ids.includes('8.1.4.2'), `${ids}`);
  const exact = await searchIds(page, 'az', 'süni intellekt');
  assert.deepEqual(ids, exact);
  await page.context().close();
});

test('search in English matches English titles', async () => {
  const page = await site.newPage();
  const ids = await searchIds(page, 'en', 'artificial intelligence');
  assert.ok(ids.includes('8.1.1.3'), `${ids}`);
  await page.context().close();
});

test('filters round-trip through the URL and survive a reload', async () => {
  const page = await open('/en/measures');
  await page.selectOption('#f-goal', '8.2');
  await page.waitForURL(/goal=8\.2/);
  await page.selectOption('#f-lead', 'eesmn');
  await page.waitForURL(/lead=eesmn/);
  const before = await page.$$eval('.measure-row .item-id', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(before, ['8.2.1.1', '8.2.2.8']);
  assert.match(await textOf(page, '.result-count'), /^2 of 50 measures$/);
  await page.reload();
  await page.waitForSelector('.result-count');
  assert.equal(await page.inputValue('#f-goal'), '8.2');
  assert.equal(await page.inputValue('#f-lead'), 'eesmn');
  const after = await page.$$eval('.measure-row .item-id', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(after, before);
  await page.fill('#q', 'zzzz-nothing');
  await page.waitForSelector('.empty-state');
  assert.match(await textOf(page, '.empty-state'), /No measure matches/);
  assert.match(await textOf(page, '.empty-state'), /zzzz-nothing/);
  await page.click('.empty-state a');
  await page.waitForURL(`${site.base}/en/measures`);
  assert.match(await textOf(page, '.result-count'), /^50 of 50 measures$/);
  await page.context().close();
});

test('the real list is shown whole: 50 rows and no "show more", built and adopted, with or without filters in the URL', async () => {
  // The list shows the first 50 matches (crates/model/src/listing.rs, PAGE_SIZE); the strategy has 50.
  const html = await (await fetch(`${site.base}/en/measures`)).text();
  assert.equal(html.match(/class="measure-row"/g)?.length, 50, 'the built page lists all 50');
  assert.doesNotMatch(html, /show-more/);
  for (const [path, rows] of [['/en/measures', 50], ['/az/measures', 50], ['/en/measures?goal=8.2', null], ['/az/measures?status=not_yet_reported', 50]]) {
    const page = await open(path);
    await page.waitForSelector('html[data-app]');
    await page.waitForSelector('.result-count');
    const count = await page.locator('.measure-row:visible').count();
    if (rows !== null) assert.equal(count, rows, path);
    else assert.ok(count > 0 && count < 50, `${path}: ${count}`);
    assert.equal(await page.locator('.show-more, .measure-groups ~ p button').count(), 0, `${path}: no "show more"`);
    assert.doesNotMatch(await textOf(page, '.result-count'), /first|ilk/, `${path}: the count says nothing of pages`);
    await page.context().close();
  }
});

test('year, status and flagship filters narrow the list', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/measures?year=2026`);
  await page.waitForSelector('.result-count');
  const active2026 = await page.locator('.measure-row').count();
  assert.ok(active2026 < 50 && active2026 > 30, `${active2026}`);
  await page.goto(`${site.base}/en/measures?status=not_yet_reported`);
  await page.waitForSelector('.result-count');
  assert.equal(await page.locator('.measure-row').count(), 50, 'the baseline reports nothing');
  await page.goto(`${site.base}/en/measures?status=completed`);
  await page.waitForSelector('.empty-state');
  await page.goto(`${site.base}/en/measures?flagship=1`);
  await page.waitForSelector('.result-count');
  const flagshipMeasures = await page.$$eval('.measure-row .item-id', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(flagshipMeasures.includes('8.1.1.5') && flagshipMeasures.includes('8.3.3.2'), `${flagshipMeasures}`);
  await page.context().close();
});

// The rows of section 8 whose other executors print "aidiyyəti qurumlar" (typed from the source).
const RELEVANT_AGENCIES = ['8.1.1.9', '8.1.3.1', '8.1.4.5', '8.2.1.3', '8.2.1.6', '8.3.1.1', '8.3.2.2', '8.3.2.3'];

const rowIds = (page) => page.$$eval('.measure-row .item-id', (els) => els.map((e) => e.textContent.trim()));

test('the relevant-agencies filter keeps the rows that print "aidiyyəti qurumlar", in the URL, in both languages', async () => {
  const count = { az: /^50 tədbirdən 8 tədbir$/, en: /^8 of 50 measures$/ };
  for (const lang of ['az', 'en']) {
    const page = await open(`/${lang}/measures`);
    await page.check('#f-relevant');
    await page.waitForURL(/[?&]relevant=1(&|$)/);
    assert.deepEqual(await rowIds(page), RELEVANT_AGENCIES);
    assert.match(await textOf(page, '.result-count'), count[lang]);
    await page.reload();
    await page.waitForSelector('.result-count');
    assert.equal(await page.isChecked('#f-relevant'), true, 'the checkbox follows the URL');
    assert.deepEqual(await rowIds(page), RELEVANT_AGENCIES);
    await page.selectOption('#f-goal', '8.3');
    await page.waitForURL(/goal=8\.3.*relevant=1|relevant=1.*goal=8\.3/);
    assert.deepEqual(await rowIds(page), ['8.3.1.1', '8.3.2.2', '8.3.2.3']);
    await page.uncheck('#f-relevant');
    await page.waitForURL((url) => !url.search.includes('relevant'));
    assert.equal((await rowIds(page)).length, 9, 'goal 8.3 alone');
    await page.context().close();
  }
  // The language switch keeps the filter, and a deep link applies it.
  const page = await open('/en/measures?relevant=1');
  assert.deepEqual(await rowIds(page), RELEVANT_AGENCIES);
  await page.click('a.lang-switch');
  await page.waitForURL(`${site.base}/az/measures?relevant=1`);
  await page.waitForSelector('.result-count');
  assert.equal(await page.isChecked('#f-relevant'), true);
  assert.deepEqual(await rowIds(page), RELEVANT_AGENCIES);
  await page.fill('#q', 'zzzz-nothing');
  await page.waitForSelector('.empty-state');
  assert.match(await textOf(page, '.empty-state'), /“aidiyyəti qurumlar” göstərilənlər/);
  await page.context().close();
});

test('the measures page loads no ECharts; an indicator page does, once', async () => {
  const page = await site.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.base}/az/measures`);
  await page.waitForSelector('.result-count');
  await page.goto(`${site.base}/az/`);
  await page.waitForSelector('.indicator-card');
  assert.ok(!requests.some((p) => p.includes('echarts')), `${requests}`);
  await page.goto(`${site.base}/az/indicators/4.1.5`);
  await page.waitForSelector('.chart-canvas[_echarts_instance_] svg');
  assert.equal(requests.filter((p) => p.includes('echarts')).length, 1);
  await page.context().close();
});

test('on a phone an indicator page shows the chart as built, and loads the app and ECharts only as the reader goes down the page', async () => {
  const page = await site.newPage({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.base}/en/indicators/4.1.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  await page.waitForTimeout(1000);
  assert.ok(!requests.some((p) => p.includes('echarts') || p.endsWith('.wasm')), `nothing before the reader moves: ${requests}`);
  // The drawing made at build time: every year, the targets with their numbers.
  const drawn = await page.locator('.chart-canvas > svg.static-chart.narrow').textContent();
  for (const text of ['2026', '2029', '3,000', '40,000']) assert.ok(drawn.includes(text), `${text} in ${drawn}`);
  assert.ok(await page.locator('.chart-canvas > svg.static-chart.narrow').isVisible());
  // Down to the feedback block: the app starts; back up to the chart: ECharts draws in place.
  await page.locator('section.feedback-cta').scrollIntoViewIfNeeded();
  await page.waitForSelector('html[data-app="adopted"]', { state: 'attached' });
  await page.locator('figure.chart').scrollIntoViewIfNeeded();
  await page.waitForSelector('.chart-canvas[_echarts_instance_] svg');
  assert.equal(await page.locator('.chart-canvas svg.static-chart').count(), 0, 'the drawing gave way');
  assert.equal(requests.filter((p) => p.includes('echarts')).length, 1);
  await page.context().close();
});

test('the indicator table holds the same numbers as the chart', async () => {
  for (const lang of ['az', 'en']) {
    const page = await site.newPage();
    await page.goto(`${site.base}/${lang}/indicators/4.1.5`);
    await page.waitForSelector('.chart-canvas[_echarts_instance_] svg');
    const series = await page.evaluate(() => {
      const chart = window.echarts.getInstanceByDom(document.querySelector('.chart-canvas'));
      return chart.getOption().series.map((s) => s.data);
    });
    assert.deepEqual(series[0], [3000, 8000, 20000, 40000]);
    assert.deepEqual(series[1], ['-', '-', '-', '-'], 'no actual value: gaps, never zeros');
    const targets = await page.$$eval('.indicator-table tbody td:nth-child(2)', (els) => els.map((e) => e.textContent.trim()));
    const expected = lang === 'az' ? ['3.000 nəfər', '8.000 nəfər', '20.000 nəfər', '40.000 nəfər'] : ['3,000 people', '8,000 people', '20,000 people', '40,000 people'];
    assert.deepEqual(targets, expected);
    await page.context().close();
  }
});

test('the percentage indicator keeps its decimals in each language', async () => {
  const page = await open('/az/indicators/4.1.6');
  const az = await page.$$eval('.indicator-table tbody td:nth-child(2)', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(az, ['1,66%', '1,71%', '1,76%', '1,87%']);
  await page.goto(`${site.base}/en/indicators/4.1.6`);
  await page.waitForSelector('.indicator-table');
  const en = await page.$$eval('.indicator-table tbody td:nth-child(2)', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(en, ['1.66%', '1.71%', '1.76%', '1.87%']);
  await page.context().close();
});

test('the citation names the snapshot and the permalink pins it', async () => {
  const page = await open('/en/indicators/4.1.5');
  const citation = await textOf(page, '.citation');
  assert.match(citation, /snapshot 2026-Q3 \(data as of 30 September 2026\)/);
  assert.match(citation, /\/en\/indicators\/4\.1\.5\?as_of=2026-Q3/);
  // The indicator's own file, published with the snapshot (content-addressed folder).
  const csv = await page.getAttribute('.downloads-inline a[download$=".csv"]', 'href');
  assert.match(csv, /items\/2026-Q3\.[0-9a-f]{16}\/indicator-4\.1\.5\.csv$/);
  assert.equal(
    await page.getAttribute('.downloads-inline a[download$=".csv"]', 'download'),
    'indicator-4.1.5-2026-Q3.csv',
  );
  const body = await page.evaluate(async (url) => (await fetch(url)).text(), csv);
  assert.match(body, /2026-Q3,4\.1\.5,2029,40000,40\.000/);
  await page.context().close();
});

test('the about page lists the source notes and the open-data files', async () => {
  const page = await open('/en/about');
  assert.ok(await page.locator('.source-note').count() > 10);
  // The two exports across snapshots, then the latest snapshot's package: workbook and zip.
  assert.equal(await page.locator('#open-data a[download]').count(), 4);
  assert.match(await textOf(page, '#open-data'), /snapshot_id/);
  const descriptor = await page.locator('#open-data a[href$="/datapackage.json"]').getAttribute('href');
  assert.match(descriptor, /^\/data\/packages\/2026-Q3\.[0-9a-f]{16}\/datapackage\.json$/);
  const hrefs = await page.$$eval('#open-data a[download]', (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.some((h) => /\/digital-economy-2026-Q3\.xlsx$/.test(h)), hrefs.join(' '));
  assert.ok(hrefs.some((h) => /\/digital-economy-2026-Q3\.zip$/.test(h)), hrefs.join(' '));
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent());
  assert.equal(ld['@type'], 'Dataset');
  await page.context().close();
});

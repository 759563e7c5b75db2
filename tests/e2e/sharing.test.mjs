// What journalists and followers get, as their tools see it: link previews read by a real
// scraper (open-graph-scraper) from the served pages, with the image it finds fetched and
// checked; the embeds (without JavaScript, framed by another page that sizes them, the Embed
// button's code); the feed links; and the printed pages (A4 PDF from Chromium, with what must
// and must not be on paper). The scraper is shown to find no image on a page without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ogs from 'open-graph-scraper';
import { useSite, textOf } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const site = useSite();

/** The served copy of an absolute URL the build wrote for its deployment (SITE_URL). */
const served = (url) => `${site.base}${new URL(url).pathname}`;

async function preview(url) {
  const { error, result } = await ogs({ url, timeout: 10 });
  assert.equal(error, false, `the scraper failed on ${url}`);
  return result;
}

test('the scraper finds no image on a page without one', async () => {
  const port = 40000 + Math.floor(Math.random() * 10000);
  const server = await startServer({ dir: 'tests/fixtures/preview-without-image', port });
  try {
    const result = await preview(`http://127.0.0.1:${port}/`);
    assert.equal(result.ogTitle, 'No preview image');
    assert.equal(result.ogImage, undefined);
    assert.equal(result.twitterCard, 'summary');
  } finally {
    server.close();
  }
});

test('every kind of page previews with a 1200×630 PNG naming its snapshot, in both languages', async () => {
  for (const lang of ['az', 'en']) {
    for (const path of ['', 'indicators/4.1.5', 'measures/8.1.2.5', 'agencies/amb', 'about', 'embed/indicators/4.1.5/2026-Q3']) {
      const result = await preview(`${site.base}/${lang}/${path}`);
      assert.equal(result.twitterCard, 'summary_large_image', path);
      const [image] = result.ogImage;
      assert.match(image.url, /\/previews\/[0-9a-f]{16}\.png$/, path);
      assert.equal(String(image.width), '1200');
      assert.equal(String(image.height), '630');
      assert.equal(image.type, 'image/png');
      const alt = lang === 'az' ? /30 sentyabr 2026 tarixinə olan məlumatlar \(2026-Q3\)/ : /Data as of 30 September 2026 \(2026-Q3\)/;
      assert.match(result.ogImageAlt ?? result.twitterImage?.[0]?.alt ?? '', alt, `${lang}/${path}`);
      const png = Buffer.from(await (await fetch(served(image.url))).arrayBuffer());
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.equal(png.readUInt32BE(16), 1200);
      assert.equal(png.readUInt32BE(20), 630);
    }
  }
});

test('an indicator page links its feeds and its oEmbed description, and says how to follow', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/indicators/4.1.5`);
  const feeds = await page.$$eval('link[type="application/atom+xml"]', (links) => links.map((l) => l.href));
  assert.deepEqual(feeds.map((f) => new URL(f).pathname), ['/en/feeds/indicators/4.1.5.xml', '/en/feeds/site.xml']);
  for (const feed of feeds) {
    const answer = await fetch(served(feed));
    assert.equal(answer.status, 200);
    assert.match(await answer.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  }
  assert.match(await textOf(page, '.follow'), /Follow changes in a feed reader/);
  const oembed = await page.getAttribute('link[type="application/json+oembed"]', 'href');
  const description = await (await fetch(served(oembed))).json();
  assert.equal(description.type, 'rich');
  assert.match(description.html, /embed\/indicators\/4\.1\.5\/2026-Q3/);
  await page.context().close();
});

test('the Embed button gives the pinned code, and the embed sizes its frame on another page', async () => {
  const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.base}/az/indicators/4.1.5`);
  await page.click('.embed-code summary');
  const code = await page.inputValue('.embed-code textarea');
  assert.match(code, /src="http:\/\/127\.0\.0\.1:8080\/az\/embed\/indicators\/4\.1\.5\/2026-Q3"/);
  // The code as a journalist pastes it, for this test's server (the build's SITE_URL is another port).
  const article = code.replaceAll('http://127.0.0.1:8080', site.base);
  await page.setContent(`<!DOCTYPE html><html><body><h1>An article</h1>${article}<p>After the chart.</p></body></html>`);
  const frame = page.locator('iframe[data-strategy-embed]');
  await page.waitForFunction(() => document.querySelector('iframe[data-strategy-embed]').style.height !== '', null, { timeout: 15000 });
  const height = await frame.evaluate((f) => parseInt(f.style.height, 10));
  const inner = page.frameLocator('iframe[data-strategy-embed]');
  assert.match(await inner.locator('h1').textContent(), /4\.1\.5/);
  assert.ok(height > 300 && height !== 760, `the embed set its height (${height}px)`);
  await page.context().close();
});

test('an embed reads completely without JavaScript, without the site around it', async () => {
  const page = await site.newPage({ javaScriptEnabled: false });
  for (const lang of ['az', 'en']) {
    await page.goto(`${site.base}/${lang}/embed/indicators/4.1.5/2026-Q3`);
    assert.equal(await page.locator('.site-header, nav, .site-footer, .snapshot-bar').count(), 0);
    assert.equal(await page.locator('figure.chart svg text').count() > 10, true);
    assert.equal(await page.locator('table.indicator-table tbody tr').count(), 4);
    assert.match(await textOf(page, '.embed-source'), /2026-Q3/);
    const full = await page.getAttribute('.embed-source a', 'href');
    assert.equal(new URL(full).pathname + new URL(full).search, `/${lang}/indicators/4.1.5?as_of=2026-Q3`);
    assert.match(await textOf(page, 'table.indicator-table tbody tr:first-child'), lang === 'az' ? /3\.000 nəfər/ : /3,000 people/);
  }
  await page.context().close();
});

test('measure and indicator pages print on A4 with table, source and permanent link, without navigation, forms or buttons', async () => {
  const page = await site.newPage();
  for (const path of ['en/measures/8.1.2.5', 'az/indicators/4.1.5']) {
    await page.goto(`${site.base}/${path}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.$$eval(selector, (all) => all.some((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0));
    for (const hidden of ['.site-header', 'nav', 'form', 'button', '.embed-code', '.follow', '.snapshot-bar']) {
      assert.equal(await shown(hidden), false, `${path}: ${hidden} is not printed`);
    }
    for (const kept of ['table', '.citation', '.permalink a', '.site-footer']) {
      assert.equal(await shown(kept), true, `${path}: ${kept} is printed`);
    }
    assert.match(await textOf(page, '.permalink a'), /\?as_of=2026-Q3$/);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    // A4 in points (210 × 297 mm): Chromium writes 594.96 × 841.92.
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    await page.emulateMedia({ media: 'screen' });
  }
  await page.context().close();
});

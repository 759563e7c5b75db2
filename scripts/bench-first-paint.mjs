// First paint, largest paint and the time a page stops changing, for built pages against
// script-free copies of the same served HTML, side by side in one run, under a slow-phone profile
// (4x CPU slowdown, 1.6 Mbit/s, 150 ms round trip, 360 px wide). Pairs are interleaved (page,
// copy, page, copy, …) so machine load hits both alike. A benchmark, not a test: it prints
// medians and ratios.
//
//   node scripts/bench-first-paint.mjs [--pairs 5] [--routes /az/,/en/measures,...]
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pairs = Number(arg('pairs', 5));
const routes = arg('routes', '/az/,/az/measures,/az/measures/8.1.1.1,/az/indicators/4.1.5,/en/,/en/about').split(',');
const port = 22000 + Math.floor(Math.random() * 1000);
const server = await startServer({ dir: 'dist', port });
const base = `http://127.0.0.1:${port}`;
const browser = await launchBrowser();

/** The served HTML of a route with every script (and module preload) removed. */
async function scriptFree(route) {
  const file = join('dist', route, 'index.html');
  const html = await readFile(file, 'utf8');
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
}

async function measure(route, copy) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (copy) {
    const body = await scriptFree(route);
    await page.route(`${base}${route}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
  await page.addInitScript(() => {
    window.__paint = { lcp: 0, lastChange: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const watch = () => new MutationObserver(() => { window.__paint.lastChange = performance.now(); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, { once: true });
  });
  await page.goto(`${base}${route}`, { waitUntil: 'load' });
  // "Stops changing": no DOM change for 1.5 s (checked up to 20 s).
  await page.waitForFunction(() => performance.now() - Math.max(window.__paint.lastChange, 0) > 1500, null, { timeout: 20000, polling: 100 }).catch(() => {});
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp, lcp: window.__paint.lcp, settled: Math.max(window.__paint.lastChange, nav?.domContentLoadedEventEnd ?? 0) };
  });
  await context.close();
  return result;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => `${(x / 1000).toFixed(2)} s`;
console.log(`slow phone: 4x CPU, 1.6 Mbit/s, 150 ms RTT, 360 px; ${pairs} interleaved pairs per route; medians\n`);
console.log('route                      | page FCP | page LCP | page settles | copy FCP | copy LCP | LCP ratio');
console.log('---------------------------|----------|----------|--------------|----------|----------|----------');
for (const route of routes) {
  const page = [], copy = [];
  for (let i = 0; i < pairs; i++) {
    page.push(await measure(route, false));
    copy.push(await measure(route, true));
  }
  const m = (list, key) => median(list.map((r) => r[key]));
  const ratio = m(page, 'lcp') / Math.max(m(copy, 'lcp'), 1);
  console.log(`${route.padEnd(27)}| ${ms(m(page, 'fcp')).padEnd(9)}| ${ms(m(page, 'lcp')).padEnd(9)}| ${ms(m(page, 'settled')).padEnd(13)}| ${ms(m(copy, 'fcp')).padEnd(9)}| ${ms(m(copy, 'lcp')).padEnd(9)}| ${ratio.toFixed(2)}x`);
}
await browser.close();
server.close();

// First paint, largest paint and the time a page stops changing, for built pages against
// script-free copies of the same served HTML, side by side in one run, under a slow-phone profile
// (4x CPU slowdown, 1.6 Mbit/s, 150 ms round trip, 360 px wide). Pairs are interleaved (page,
// copy, page, copy, …) so machine load hits both alike. A benchmark, not a test: it prints
// medians and ratios.
//
//   node scripts/bench-first-paint.mjs [--pairs 5] [--routes /az/,/en/measures,...] [--dir dist]
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireMeasurableBuild } from './measurable-build.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dir', 'dist');
requireMeasurableBuild(dist);
const pairs = Number(arg('pairs', 5));
const routes = arg('routes', '/az/,/az/measures,/az/measures/8.1.1.1,/az/indicators/4.1.5,/en/,/en/about').split(',');
const port = 22000 + Math.floor(Math.random() * 1000);
const server = await startServer({ dir: dist, port });
const base = `http://127.0.0.1:${port}`;
// The script-free copies: the same site with each measured page's scripts removed, served the
// same way (same throttled network, same server), on the next port.
const copyDir = 'build/bench-copy';
await rm(copyDir, { recursive: true, force: true });
await cp(dist, copyDir, { recursive: true });
// A route's built file is its path's (a query is read by the app, not built: `?goal=8.2`).
const fileOf = (route) => new URL(route, 'http://x').pathname;
for (const route of routes) {
  await rm(join(copyDir, fileOf(route), 'index.html.br'), { force: true });
  await rm(join(copyDir, fileOf(route), 'index.html.gz'), { force: true });
  await writeFile(join(copyDir, fileOf(route), 'index.html'), await scriptFree(route));
}
const copyServer = await startServer({ dir: copyDir, port: port + 1 });
const copyBase = `http://127.0.0.1:${port + 1}`;
const browser = await launchBrowser();

/** The served HTML of a route with every script (and module preload) removed. */
async function scriptFree(route) {
  const file = join(dist, fileOf(route), 'index.html');
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
  await page.addInitScript(() => {
    window.__paint = { lcp: 0, lastChange: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const watch = () => new MutationObserver(() => { window.__paint.lastChange = performance.now(); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, { once: true });
  });
  await page.goto(`${copy ? copyBase : base}${route}`, { waitUntil: 'load' });
  // "Stops changing": the app has started (the page marks it on <html data-app>), then no DOM
  // change for 1.5 s. The copy has no app: only the quiet period.
  if (!copy) await page.waitForSelector('html[data-app]', { state: 'attached', timeout: 30000 });
  await page.waitForFunction(() => performance.now() - window.__paint.lastChange > 1500, null, { timeout: 30000, polling: 100 });
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
console.log('route                      | page FCP | page LCP | page settles | copy FCP | copy LCP | copy settles | LCP ratio');
console.log('---------------------------|----------|----------|--------------|----------|----------|--------------|----------');
for (const route of routes) {
  const page = [], copy = [];
  for (let i = 0; i < pairs; i++) {
    page.push(await measure(route, false));
    copy.push(await measure(route, true));
  }
  const m = (list, key) => median(list.map((r) => r[key]));
  const ratio = m(page, 'lcp') / Math.max(m(copy, 'lcp'), 1);
  console.log(`${route.padEnd(27)}| ${ms(m(page, 'fcp')).padEnd(9)}| ${ms(m(page, 'lcp')).padEnd(9)}| ${ms(m(page, 'settled')).padEnd(13)}| ${ms(m(copy, 'fcp')).padEnd(9)}| ${ms(m(copy, 'lcp')).padEnd(9)}| ${ms(m(copy, 'settled')).padEnd(13)}| ${ratio.toFixed(2)}x`);
}
await browser.close();
server.close();
copyServer.close();

import { startServer, urlOf } from '/work/main/scripts/serve.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '/work/main/tests/e2e/browser.mjs';
const server = await startServer({ dir: process.argv[2], port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const path of process.argv.slice(3)) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp.push(`${Math.round(e.startTime)} ${e.size} ${e.element?.tagName}.${e.element?.className} ${(e.element?.textContent || '').slice(0, 60)}`);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${urlOf(server)}${path}`);
  await page.waitForTimeout(6000);
  console.log(path, await page.getAttribute('html', 'data-app'));
  console.log((await page.evaluate(() => window.__lcp)).join('\n'));
  await page.close();
}
await browser.close(); server.close();

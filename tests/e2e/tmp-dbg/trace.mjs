import { startServer, urlOf } from '/work/main/scripts/serve.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '/work/main/tests/e2e/browser.mjs';
const server = await startServer({ dir: process.argv[2], port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const path of process.argv.slice(3)) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing'] });
  await page.goto(`${urlOf(server)}${path}`);
  await page.waitForSelector('html[data-app="adopted"], html[data-app="rendered"]', { state: 'attached', timeout: 30000 });
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50000);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const blocking = tasks.reduce((sum, t) => sum + t.dur / 1000 - 50, 0);
  const layout = onMain.filter((e) => e.name === 'Layout').reduce((sum, e) => sum + e.dur / 1000, 0);
  console.log(path, 'blocking', Math.round(blocking), 'layout', Math.round(layout));
  if (process.env.QUIET) { await page.close(); continue; }
  for (const task of tasks) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const byName = {};
    for (const e of inside) byName[e.name] = (byName[e.name] || 0) + e.dur;
    const top = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 7).map(([n, d]) => `${n} ${Math.round(d / 1000)}`).join(', ');
    console.log(`  task at ${Math.round((task.ts - t0) / 1000)} ms: ${Math.round(task.dur / 1000)} ms — ${top}`);
  }
  await page.close();
}
await browser.close(); server.close();

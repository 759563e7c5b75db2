// Takes PNG screenshots of every route in both languages at 1280 px and 360 px wide into
// screenshots/ (git-ignored), from a built site in dist/. Look at them before you stop.
//
//   node scripts/screenshots.mjs [--dir dist] [--out screenshots] [--only overview]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';
import { ROUTES, whenReady } from '../tests/e2e/routes.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const out = arg('out', 'screenshots');
const only = arg('only', '');
await mkdir(out, { recursive: true });
const port = 18000 + Math.floor(Math.random() * 1000);
const server = await startServer({ dir: arg('dir', 'dist'), port });
const browser = await launchBrowser();
let count = 0;
try {
  for (const [width, height] of [[1280, 900], [360, 780]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const lang of ['az', 'en']) {
      for (const route of ROUTES.filter((r) => !only || only.split(',').some((name) => r.name.includes(name)))) {
        await page.goto(`http://127.0.0.1:${port}/${lang}/${route.path}`);
        await whenReady(page, route).catch(() => {});
        await page.waitForTimeout(150);
        const file = join(out, `${route.name}-${lang}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        count += 1;
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}/`);

// Shared set-up for the end-to-end tests: the built site (dist/) served on 127.0.0.1 with the
// real published data or a synthetic fixture, and Debian's Chromium driven by playwright-core.
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const DIST = 'dist';
/** The real published data, built by `data-tool build`. */
export const REAL_DATA = 'dist/data';
/** The synthetic fixture (two made-up snapshots), built by `data-tool build --preview`. */
export const FIXTURE_DATA = 'build/fixture-data';

/**
 * Starts a server and a browser for one test file; returns an object whose fields are filled
 * in before the tests run: { base, browser, newPage(options) }.
 */
export function useSite({ data = REAL_DATA } = {}) {
  const site = {};
  let server;
  before(async () => {
    if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run scripts/assemble-site.sh first');
    if (!existsSync(`${data}/index.json`)) throw new Error(`${data}/index.json is missing: build the data first`);
    const port = 20000 + Math.floor(Math.random() * 20000);
    server = await startServer({ dir: DIST, port, data });
    site.base = `http://127.0.0.1:${port}`;
    site.browser = await launchBrowser();
    site.newPage = async (options = {}) => {
      const context = await site.browser.newContext({ locale: 'az-AZ', ...options });
      const page = await context.newPage();
      page.on('pageerror', (error) => { site.errors = [...(site.errors ?? []), String(error)]; });
      return page;
    };
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

/** Text of the first element matching a selector, once it appears. */
export async function textOf(page, selector) {
  await page.waitForSelector(selector);
  return (await page.textContent(selector)).trim();
}

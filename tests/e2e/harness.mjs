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
      if (options.javaScriptEnabled !== false) waitForTheAppOnLoad(page);
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

/**
 * Makes `goto` and `reload` wait until the app has started on the page (`<html data-app>`:
 * adopted the built page, rendered it, or failed to load the data), so a test never reads the
 * built HTML where it means to test the app. `waitUntil: 'domcontentloaded'` or `'commit'`
 * opts out (for tests that look at the page before the app starts).
 */
export function waitForTheAppOnLoad(page) {
  for (const name of ['goto', 'reload']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const options = args.find((a) => typeof a === 'object' && a !== null) ?? {};
      const answer = await original(...args);
      if (!['domcontentloaded', 'commit'].includes(options.waitUntil)) {
        await page.waitForSelector('html[data-app]:not([data-app="retrying"])', { state: 'attached', timeout: 20000 });
      }
      return answer;
    };
  }
}

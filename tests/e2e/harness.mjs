// Shared set-up for the end-to-end tests: the built site (dist/) served on 127.0.0.1 with the
// real published data or a synthetic fixture, and Debian's Chromium driven by playwright-core.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startServer, urlOf } from '../../scripts/serve.mjs';

export const DIST = 'dist';
/** The real published data, built by `data-tool build`. */
export const REAL_DATA = 'dist/data';
/** The synthetic fixture (two made-up snapshots), built by `data-tool build --preview`. */
export const FIXTURE_DATA = 'build/fixture-data';
/** The synthetic snapshot dated after 2028 (tests/fixtures/synthetic/past-end). */
export const PAST_END_DATA = 'build/fixture-past-end-data';
/** The synthetic original and its correction (tests/fixtures/synthetic/corrected). */
export const CORRECTED_DATA = 'build/fixture-corrected-data';

/**
 * The clock every page of the run sees. `E2E_CLOCK=2030-06-01` runs the whole suite as if on that
 * day (after the strategy period); unset, pages see the real clock. Timers keep running.
 */
export const CLOCK = process.env.E2E_CLOCK ? new Date(`${process.env.E2E_CLOCK}T09:00:00Z`) : null;

/** A browser context on the run's clock (see CLOCK), or on `at` when given. */
export async function newContext(browser, options = {}, at = CLOCK) {
  const context = await browser.newContext(options);
  if (at) await context.clock.setFixedTime(at);
  return context;
}

/** Errors a page reports that a test causes on purpose (a refused or blocked request). */
const EXPECTED = /Failed to load resource|net::ERR_FAILED|net::ERR_CONNECTION_REFUSED/;

/**
 * Collects every uncaught page error and console error of `page` into `errors`, except the
 * browser's own line for a request a test made fail on purpose.
 */
export function collectErrors(page, errors) {
  page.on('pageerror', (error) => errors.push(`page error: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED.test(message.text())) errors.push(`console: ${message.text()}`);
  });
}

/**
 * Starts a server and a browser for one test file; returns an object whose fields are filled
 * in before the tests run: { base, server, browser, newPage(options), errors }. After each test, no page
 * of that test may have thrown or logged an error.
 */
export function useSite({ data = REAL_DATA } = {}) {
  const site = {};
  let server;
  before(async () => {
    if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run scripts/assemble-site.sh first');
    if (!existsSync(`${data}/index.json`)) throw new Error(`${data}/index.json is missing: build the data first`);
    server = await startServer({ dir: DIST, port: 0, data });
    site.base = urlOf(server);
    site.server = server;
    site.browser = await launchBrowser();
    site.errors = [];
    // Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`, as
    // offline.test.mjs does): `page.route` does not see requests a worker makes, so a test that
    // makes the data fail on purpose would be answered by the worker instead.
    site.newPage = async (options = {}, at = CLOCK) => {
      const context = await newContext(site.browser, { locale: 'az-AZ', serviceWorkers: 'block', ...options }, at);
      const page = await context.newPage();
      collectErrors(page, site.errors);
      if (options.javaScriptEnabled !== false) waitForTheAppOnLoad(page);
      return page;
    };
  });
  afterEach(() => {
    const errors = site.errors.splice(0);
    assert.deepEqual(errors, [], 'no page of this test threw or logged an error');
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
 * adopted the built page, rendered it, failed to load the data, or a static page's script found
 * it needs no app), so a test never reads the
 * built HTML where it means to test the app. An on-demand page (`on-demand`: it starts the app
 * when the reader nears or touches a part that needs it) is scrolled to its first such part (or,
 * with touch-only parts, its first field is focused) until the app has adopted it, then back to
 * the top. `waitUntil: 'domcontentloaded'` or `'commit'`
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
        if (await page.getAttribute('html', 'data-app') === 'on-demand') {
          // A part near the reader starts the app; a touch-only part (the measures list's
          // filters) when the reader reaches into it.
          const near = page.locator('[data-app-part]:not([data-app-part="touch"])');
          if (await near.count() > 0) await near.first().scrollIntoViewIfNeeded();
          else await page.locator('[data-app-part="touch"] :is(input, select, button)').first().focus();
          await page.waitForSelector('html:not([data-app="on-demand"])', { state: 'attached', timeout: 20000 });
          await page.evaluate(() => {
            document.activeElement?.blur?.();
            window.scrollTo(0, 0);
          });
        }
      }
      return answer;
    };
  }
}

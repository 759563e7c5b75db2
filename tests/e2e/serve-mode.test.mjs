// The site as `feedback serve --site dist` serves it (what scripts/run.sh runs): the pages start
// under the service's Content-Security-Policy (no 'unsafe-inline' for scripts: trunk's loader is
// allowed by its hash) with no violation, charts included, and a missing hashed file is a 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { waitForTheAppOnLoad } from './harness.mjs';

const FEEDBACK = process.env.FEEDBACK_BIN ?? `${process.env.CARGO_TARGET_DIR ?? 'target'}/debug/feedback`;
const dir = mkdtempSync(join(tmpdir(), 'feedback-serve-'));
let service;
let base;
let browser;

before(async () => {
  service = spawn(FEEDBACK, ['--database', join(dir, 'feedback.db'), 'serve', '--site', 'dist',
    '--listen', '127.0.0.1:0', '--retention-days', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  base = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`feedback serve did not start:\n${log}`)), 15000);
    service.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /feedback service listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
    service.once('exit', (code) => reject(new Error(`feedback serve exited (${code}):\n${log}`)));
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (service && service.exitCode === null) {
    const exited = new Promise((ok) => service.once('exit', ok));
    service.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

// A static page, and one asked for another snapshot (public/page.js then runs the app's inline
// loader; the app says there is no such snapshot).
for (const [path, how] of [
  ['/az/measures', 'adopted'], ['/en/indicators/4.1.5', 'adopted'], ['/az/feedback', 'adopted'],
  ['/en/about', 'static'], ['/en/about?as_of=2019-Q1', 'adopted'],
]) {
  test(`${path} starts under the service's security policy without a violation`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    waitForTheAppOnLoad(page);
    const answer = await page.goto(`${base}${path}`);
    const policy = answer.headers()['content-security-policy'];
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.doesNotMatch(policy.split('; ').find((d) => d.startsWith('script-src')), /unsafe-inline/);
    assert.equal(await page.getAttribute('html', 'data-app'), how);
    assert.deepEqual(problems.filter((p) => /Content.Security.Policy|Refused/i.test(p)), []);
    await page.close();
  });
}

test('the service worker registers under the policy, and /sw.js is revalidated on every visit', async () => {
  const answer = await fetch(`${base}/sw.js`);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('cache-control'), 'no-cache');
  assert.match(answer.headers.get('content-type'), /javascript/);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  waitForTheAppOnLoad(page);
  const policy = (await page.goto(`${base}/en/about`)).headers()['content-security-policy'];
  assert.match(policy, /worker-src 'self'/);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${base}/`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a missing hashed file is a 404 that no cache keeps, not the app page; a missing page is its language\'s not-found page', async () => {
  const answer = await fetch(`${base}/strategy-site-0000000000000000_bg.wasm`);
  assert.equal(answer.status, 404);
  assert.equal(answer.headers.get('cache-control'), 'no-cache');
  const page = await fetch(`${base}/az/measures/9.9.9.9`);
  assert.equal(page.status, 404, 'a path below a language with no page');
  assert.match(await page.text(), /Səhifə tapılmadı/, 'gets the language\'s not-found page');
  const stray = await fetch(`${base}/nowhere/deep`);
  assert.equal(stray.status, 200, 'a path outside the languages still gets the app page');
});

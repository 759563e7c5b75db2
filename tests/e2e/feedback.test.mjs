// Feedback from the reader's side: send from /{lang}/feedback?topic=8.1.1.1 in both languages and
// find the row in the moderators' export; with the service stopped the form keeps the draft and
// says so; after a restart one retry sends it, exactly once; a changed message under a used key
// is refused (409) and sent as new on request; too many messages (429) are refused with the wait
// the service gives.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { launchBrowser } from './browser.mjs';
import { startServer, urlOf } from '../../scripts/serve.mjs';
import { textOf, waitForTheAppOnLoad, newContext, collectErrors } from './harness.mjs';

const FEEDBACK = process.env.FEEDBACK_BIN ?? `${process.env.CARGO_TARGET_DIR ?? 'target'}/debug/feedback`;
const errors = [];
afterEach(() => assert.deepEqual(errors.splice(0), [], 'no page of this test threw or logged an error'));

/** A page on the run's clock whose errors fail the test. */
async function newPage(locale) {
  const context = await newContext(browser, { locale });
  const page = await context.newPage();
  collectErrors(page, errors);
  waitForTheAppOnLoad(page);
  return { context, page };
}

const dir = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));
const database = join(dir, 'feedback.db');
let apiBase;
let base;
let service;
let site;
let browser;

/**
 * Starts the service on the port it had (first start: a free port the system picks) and
 * resolves once it prints the address it listens on; rejects at once if it exits first.
 */
function startService() {
  const listen = apiBase ? apiBase.replace('http://', '') : '127.0.0.1:0';
  // Every browser request reaches the service from the test server's address (127.0.0.1), so the
  // burst is large enough for the whole file; the 429 test spends it on purpose, last.
  service = spawn(FEEDBACK, ['--database', database, 'serve', '--data', 'dist/data', '--listen', listen,
    '--trusted-proxy-header', 'x-forwarded-for', '--rate-burst', '30'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let output = '';
    service.stderr.on('data', (chunk) => {
      output += chunk;
      const address = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (address) {
        apiBase = address[1];
        ok();
      }
    });
    service.once('exit', (code) => fail(new Error(`the feedback service exited (${code}): ${output}`)));
  });
}

async function stopService() {
  if (!service || service.exitCode !== null) return;
  const exited = new Promise((ok) => service.once('exit', ok));
  service.kill('SIGTERM');
  await exited;
}

function exported() {
  const token = execFileSync(FEEDBACK, ['--database', database, 'token', 'create', `e2e-${Date.now()}-${Math.random()}`]).toString().trim().split('\n').pop();
  const answer = execFileSync(FEEDBACK, ['--database', database, 'export', '--format', 'json']).toString();
  assert.ok(token.length === 64);
  return JSON.parse(answer).items;
}

before(async () => {
  await startService();
  site = await startServer({ dir: 'dist', port: 0, api: apiBase });
  base = urlOf(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  site?.close();
  await stopService();
  rmSync(dir, { recursive: true, force: true });
});

async function fillForm(page, message, organisation = 'citizen') {
  await page.waitForSelector('form.feedback-form');
  await page.fill('form.feedback-form textarea', message);
  await page.selectOption('form.feedback-form select[id$="-org"]', organisation);
  await page.check('form.feedback-form input[type=checkbox]');
}

for (const [lang, confirmation, message] of [
  ['az', /Təşəkkür edirik: mesajınız qəbul olundu/, 'Platformanın istifadəyə verilmə tarixi nə vaxtdır? ə ı İ ş ç ğ ö ü'],
  ['en', /Thank you: your message was received/, 'When will the platform open? (English test message)'],
]) {
  test(`a reader sends feedback in ${lang} and the moderator finds it in the export`, async () => {
    const { context, page } = await newPage(lang === 'az' ? 'az-AZ' : 'en-GB');
    await page.goto(`${base}/${lang}/feedback?topic=8.1.1.1`);
    // The link's topic is chosen in the form's list (the reader may change it).
    await page.waitForFunction(() => document.querySelector('form.feedback-form select[id$="-topic"]')?.value === '8.1.1.1');
    assert.match(await page.locator('form.feedback-form select[id$="-topic"] option:checked').textContent(), /^8\.1\.1\.1 /);
    await fillForm(page, message);
    await page.click('form.feedback-form button[type=submit]');
    assert.match(await textOf(page, '.feedback-sent'), confirmation);
    const rows = exported().filter((item) => item.message === message);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].topic, '8.1.1.1');
    assert.equal(rows[0].language, lang);
    assert.equal(rows[0].page, `/${lang}/feedback`);
    assert.equal(rows[0].snapshot, '2026-Q3');
    await context.close();
  });
}

test('on a measure page, a message sent before the app runs is sent once it has adopted the page, never in the address', async () => {
  // No service worker: `page.route` does not see the requests a worker makes.
  const context = await newContext(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  collectErrors(page, errors);
  // The app is held back until the reader has sent the form (src/app.rs `Adoption::OnDemand`).
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${base}/en/measures/8.1.2.5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-app="on-demand"]', { state: 'attached' });
  await page.click('section.feedback-cta summary');
  const message = `Sent before the app ran ${randomUUID()}`;
  await fillForm(page, message, 'ngo');
  await page.click('form.feedback-form button[type=submit]');
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).search, '', 'the browser did not send the form itself');
  assert.equal(await page.getAttribute('html', 'data-app'), 'on-demand');
  release();
  assert.match(await textOf(page, '.feedback-sent'), /Thank you: your message was received/);
  const rows = exported().filter((item) => item.message === message);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].topic, '8.1.2.5');
  assert.equal(rows[0].page, '/en/measures/8.1.2.5');
  await context.close();
});

test('the service answers field errors the form shows in its language', async () => {
  const { context, page } = await newPage('az-AZ');
  await page.goto(`${base}/az/feedback?topic=4.1.5`);
  await page.waitForSelector('form.feedback-form');
  await page.fill('form.feedback-form textarea', 'Mesaj');
  await page.fill('form.feedback-form input[type=email]', 'yanlış ünvan');
  await page.click('form.feedback-form button[type=submit]');
  const alert = await textOf(page, '.form-errors');
  assert.match(alert, /Mesaj göndərilmədi/);
  assert.match(alert, /E-poçt: bu, e-poçt ünvanına oxşamır/);
  assert.match(alert, /Razılıq: mesajı göndərmək üçün məxfilik bildirişi ilə razılaşın/);
  assert.equal(await page.getAttribute('form.feedback-form input[type=email]', 'aria-invalid'), 'true');
  await context.close();
});

test('with the service stopped the draft is kept; after a restart one retry sends it exactly once', async () => {
  const { context, page } = await newPage('en-GB');
  const message = `Offline draft ${Date.now()}`;
  await page.goto(`${base}/en/feedback?topic=8.1.1.1`);
  await fillForm(page, message, 'ngo');
  await stopService();
  await page.click('form.feedback-form button[type=submit]');
  assert.match(await textOf(page, '.form-errors'), /was not sent.*draft is kept in this browser/);
  await page.reload();
  await page.waitForSelector('form.feedback-form textarea');
  assert.equal(await page.inputValue('form.feedback-form textarea'), message, 'the draft survives a reload');
  assert.match(await textOf(page, 'form.feedback-form'), /unsent draft was restored/);
  await page.click('form.feedback-form button[type=submit]');
  await page.waitForSelector('.form-errors');
  await startService();
  await page.click('.form-errors button');
  assert.match(await textOf(page, '.feedback-sent'), /Thank you/);
  assert.equal(exported().filter((item) => item.message === message).length, 1, 'stored exactly once');
  await page.reload();
  await page.waitForSelector('form.feedback-form textarea');
  assert.equal(await page.inputValue('form.feedback-form textarea'), '', 'the draft is gone once the service has it');
  await context.close();
});

test('a response lost on its way back: the retry stores nothing new, the reader is told it arrived', async () => {
  const { context, page } = await newPage('en-GB');
  const message = `Lost answer ${Date.now()}`;
  await page.goto(`${base}/en/feedback?topic=8.1.1.1`);
  await fillForm(page, message, 'ngo');
  // The POST reaches the service and is stored; its answer never reaches the browser.
  let delivered = 0;
  await page.route('**/api/feedback', async (route) => {
    await route.fetch();
    delivered += 1;
    await route.abort('failed');
  });
  await page.click('form.feedback-form button[type=submit]');
  assert.match(await textOf(page, '.form-errors'), /was not sent.*draft is kept in this browser/);
  assert.equal(delivered, 1);
  assert.equal(exported().filter((item) => item.message === message).length, 1, 'the service has it');
  await page.unroute('**/api/feedback');
  await page.click('.form-errors button');
  assert.match(await textOf(page, '.feedback-sent'), /Thank you/);
  assert.equal(exported().filter((item) => item.message === message).length, 1, 'stored exactly once');
  await context.close();
});

test('a changed message sent again under the same key: 409, and "send as new" stores the new version', async () => {
  const { context, page } = await newPage('en-GB');
  const first = `First version ${Date.now()}`;
  const second = `${first}, edited`;
  await page.goto(`${base}/en/feedback?topic=8.1.1.1`);
  await fillForm(page, first, 'ngo');
  // The first version reaches the service; its answer is lost, so the draft (and its key) stay.
  await page.route('**/api/feedback', async (route) => {
    await route.fetch();
    await route.abort('failed');
  });
  await page.click('form.feedback-form button[type=submit]');
  await page.waitForSelector('.form-errors');
  await page.unroute('**/api/feedback');
  await page.fill('form.feedback-form textarea', second);
  const conflict = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'POST');
  await page.click('form.feedback-form button[type=submit]');
  assert.equal((await conflict).status(), 409, 'the service refuses another body under a used key');
  assert.match(await textOf(page, '.form-errors'), /An earlier version of this message was already received/);
  await page.click('.form-errors button');
  assert.match(await textOf(page, '.feedback-sent'), /Thank you/);
  const stored = exported().map((item) => item.message);
  assert.equal(stored.filter((m) => m === first).length, 1, 'the first version once');
  assert.equal(stored.filter((m) => m === second).length, 1, 'the edited version once, as a new message');
  await context.close();
});

// Last in this file: it spends the rate limit of the address the test server forwards.
test('too many messages: 429, the wait read from Retry-After, and the draft sent once the wait is over', async () => {
  const { context, page } = await newPage('az-AZ');
  const message = `Sürət həddi ${Date.now()}`;
  await page.goto(`${base}/az/feedback?topic=4.1.5`);
  await fillForm(page, message);
  // Spend the burst of this machine's address, through the site's proxy as the browser sends.
  let status = 201;
  for (let sent = 0; status !== 429 && sent < 60; sent += 1) {
    const answer = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        topic: '4.1.5', message: `burst ${sent}`, organisation_type: 'citizen', language: 'az',
        consent: true, publish_consent: false, idempotency_key: randomUUID(),
      }),
    });
    status = answer.status;
  }
  assert.equal(status, 429, 'the burst is spent');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'POST');
  await page.click('form.feedback-form button[type=submit]');
  const answer = await refused;
  assert.equal(answer.status(), 429);
  const wait = Number(answer.headers()['retry-after']);
  assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After is whole seconds: ${wait}`);
  assert.match(await textOf(page, '.form-errors'), new RegExp(`Qaralamanız saxlanılıb; ${wait} saniyədən sonra yenidən cəhd edin`));
  assert.equal(await page.inputValue('form.feedback-form textarea'), message, 'the draft is kept');
  // The reader waits as told, then sends again.
  await page.waitForTimeout(wait * 1000);
  await page.click('form.feedback-form button[type=submit]');
  assert.match(await textOf(page, '.feedback-sent'), /Təşəkkür edirik/);
  assert.equal(exported().filter((item) => item.message === message).length, 1);
  await context.close();
});

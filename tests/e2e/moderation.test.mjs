// The moderators' page end to end, in both languages, against `feedback serve --site dist` (the
// site and the API on one origin, under the service's Content-Security-Policy): sign in (a wrong,
// an expired and a revoked token each refused with the clear message), the list with filters and
// paging, one message (status, answer, publication of a redacted copy that then appears on the
// measure's public page with the counts, unpublishing), one status for a selection, CSV and JSON
// exports, erasure of one person's messages, the audit trail, two moderators at once (a
// conflict, nothing overwritten), keyboard-only use, axe-core, 360 px without sideways
// scrolling; screenshots at 1280 and 360 px in both languages go to screenshots/.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { collectErrors, newContext } from './harness.mjs';

const FEEDBACK = process.env.FEEDBACK_BIN ?? `${process.env.CARGO_TARGET_DIR ?? 'target'}/debug/feedback`;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const dir = mkdtempSync(join(tmpdir(), 'moderation-e2e-'));
const database = join(dir, 'feedback.db');
const errors = [];
let service;
let base;
let browser;
const tokens = {};

/** The texts the tests look for, as crates/ui-text/src/moderation/{az,en}.rs say them. */
const TEXT = {
  az: {
    signedInAs: (name) => `Daxil olmusunuz: ${name}`,
    refused: 'Bu açar qəbul edilmir',
    signIn: 'Daxil ol', signOut: 'Çıxış', saved: 'Saxlanıldı.', conflict: 'Bu arada başqa moderator',
    saveStatus: 'Statusu saxla', saveAnswer: 'Cavabı saxla', publish: 'Dərc et', unpublish: 'Dərcdən çıxar',
    apply: 'Filtrləri tətbiq et', next: 'Növbəti səhifə', setStatus: 'Statusu təyin et', back: 'Siyahıya qayıt',
    total: (n) => `${n} mesaj`, csv: 'CSV endir', json: 'JSON endir', erase: 'Sil', erased: (n) => `${n} mesaj silindi.`,
    counts: (r, a) => `alınıb ${r}, cavablandırılıb ${a}`, audit: 'Audit jurnalı', statusChanged: 'Status dəyişdirildi',
  },
  en: {
    signedInAs: (name) => `Signed in as ${name}`,
    refused: 'This token is not accepted',
    signIn: 'Sign in', signOut: 'Sign out', saved: 'Saved.', conflict: 'Another moderator changed this message meanwhile',
    saveStatus: 'Save status', saveAnswer: 'Save answer', publish: 'Publish', unpublish: 'Unpublish',
    apply: 'Apply filters', next: 'Next page', setStatus: 'Set status', back: 'Back to the list',
    total: (n) => (n === 1 ? '1 message' : `${n} messages`), csv: 'Download CSV', json: 'Download JSON', erase: 'Erase',
    erased: (n) => (n === 1 ? '1 message deleted.' : `${n} messages deleted.`),
    counts: (r, a) => `${r} received, ${a} answered`, audit: 'Audit trail', statusChanged: 'Status changed',
  },
};

function cli(...args) {
  return execFileSync(FEEDBACK, ['--database', database, ...args]).toString().trim();
}

/** Runs SQL on the service's SQLite file (test set-up only: an expiry in the past). */
function sql(statement) {
  execFileSync('python3', ['-c', 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()', database, statement]);
}

async function api(method, path, body, token) {
  const headers = {};
  if (body) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const answer = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return { status: answer.status, json: await answer.json().catch(() => null) };
}

let seq = 0;
async function submit(fields) {
  seq += 1;
  const body = {
    topic: '8.2.1.1', message: `Doldurucu mesaj ${seq}`, organisation_type: 'citizen', language: 'az', consent: true,
    idempotency_key: `moderation-e2e-${String(seq).padStart(6, '0')}`, ...fields,
  };
  const answer = await api('POST', '/api/feedback', body);
  assert.equal(answer.status, 201, JSON.stringify(answer.json));
  return answer.json.id;
}

const ids = {};

before(async () => {
  service = spawn(FEEDBACK, ['--database', database, 'serve', '--site', 'dist', '--listen', '127.0.0.1:0',
    '--retention-days', '0', '--rate-burst', '10000', '--rate-per-minute', '100000'], { stdio: ['ignore', 'ignore', 'pipe'] });
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
  for (const name of ['aysel', 'rauf', 'old', 'gone']) tokens[name] = cli('token', 'create', name).split('\n').pop();
  sql("UPDATE moderator_token SET expires_at = 1 WHERE name = 'old'");
  cli('token', 'revoke', 'gone');
  // 52 messages that fill two pages, then the ones the tests work on (newest first in the list).
  for (let n = 0; n < 52; n += 1) await submit({ topic: n % 2 ? '8.2.1.1' : '4.1.5', language: n % 3 ? 'az' : 'en' });
  ids.leyla = await submit({
    topic: '8.1.1.1', message: 'Leyla Məmmədova: platforma nə vaxt işə düşəcək? Nömrəm 050 000 00 00.',
    name: 'Leyla Məmmədova', email: 'leyla@example.az', publish_consent: true,
  });
  ids.leylaPrivate = await submit({ topic: '8.1.1.1', message: 'Şəxsi sual', email: 'Leyla@Example.az', language: 'en' });
  ids.english = await submit({ topic: '8.1.1.1', message: 'When will the open data portal launch?', language: 'en', publish_consent: true });
  ids.contested = await submit({ topic: 'general', message: 'Ümumi təklif' });
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

afterEach(() => assert.deepEqual(errors.splice(0), [], 'no page of this test threw or logged an error'));

/** A page of the moderators' app in a language (the token refusals log a 401 on purpose). */
async function openModeration(lang, { width = 1280, height = 900, bypassCSP = false } = {}) {
  const context = await newContext(browser, {
    viewport: { width, height }, locale: lang === 'az' ? 'az-AZ' : 'en-GB', acceptDownloads: true, bypassCSP,
  });
  const page = await context.newPage();
  collectErrors(page, errors);
  await page.goto(`${base}/${lang}/moderation/`);
  await page.waitForSelector('#token, #list-heading', { timeout: 20000 });
  return page;
}

/** Refusals the browser logs for requests a test makes fail on purpose (401 for a bad token). */
function forgetExpected401s() {
  for (let i = errors.length - 1; i >= 0; i -= 1) {
    if (/401 \(Unauthorized\)/.test(errors[i])) errors.splice(i, 1);
  }
}

async function signIn(page, lang, token) {
  await page.fill('#token', token);
  await page.getByRole('button', { name: TEXT[lang].signIn, exact: true }).click();
}

async function signedIn(lang, name = 'aysel', size = {}) {
  const page = await openModeration(lang, size);
  await signIn(page, lang, tokens[name]);
  await page.getByText(TEXT[lang].signedInAs(name)).waitFor();
  await page.waitForSelector('.result-count');
  return page;
}

async function openItem(page, id) {
  await page.locator('tbody button.small', { hasText: new RegExp(`^${id}$`) }).click();
  await page.waitForSelector('#item-heading');
}

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, TAGS);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) violations.push(`the page scrolls sideways by ${overflow} px`);
  return violations;
}

for (const lang of ['az', 'en']) {
  test(`${lang}: a wrong, an expired and a revoked token are refused with the clear message; a valid one signs in and out`, async () => {
    const page = await openModeration(lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    for (const token of ['0'.repeat(64), tokens.old, tokens.gone]) {
      await signIn(page, lang, token);
      await page.locator('.error-box[role=alert]', { hasText: TEXT[lang].refused }).waitFor();
      assert.equal(await page.locator('#token').count(), 1, 'still signed out');
    }
    forgetExpected401s();
    await signIn(page, lang, tokens.aysel);
    await page.getByText(TEXT[lang].signedInAs('aysel')).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 1, 'the token is kept in sessionStorage');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'and nowhere else');
    await page.getByRole('button', { name: TEXT[lang].signOut }).click();
    await page.waitForSelector('#token');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'signing out forgets it');
    await page.context().close();
  });

  test(`${lang}: the list pages newest first and filters by topic, language and text`, async () => {
    const page = await signedIn(lang);
    const total = 52 + 4;
    await page.locator('.result-count', { hasText: TEXT[lang].total(total) }).waitFor();
    assert.equal(await page.locator('tbody tr').count(), 50);
    assert.equal((await page.locator('tbody tr').first().locator('button.small').textContent()).trim(), String(ids.contested));
    await page.getByRole('button', { name: TEXT[lang].next }).click();
    await page.waitForFunction((rows) => document.querySelectorAll('tbody tr').length === rows, total - 50, { timeout: 10000 });
    await page.fill('#f-topic', '8.1.1.1');
    await page.getByRole('button', { name: TEXT[lang].apply }).click();
    await page.locator('.result-count', { hasText: TEXT[lang].total(3) }).waitFor();
    await page.selectOption('#f-language', 'en');
    await page.getByRole('button', { name: TEXT[lang].apply }).click();
    await page.locator('.result-count', { hasText: TEXT[lang].total(2) }).waitFor();
    await page.selectOption('#f-language', '');
    await page.fill('#f-q', 'MƏMMƏDOVA');
    await page.getByRole('button', { name: TEXT[lang].apply }).click();
    await page.locator('.result-count', { hasText: TEXT[lang].total(1) }).waitFor();
    await page.context().close();
  });
}

test('az: a message is answered, published as a redacted copy, shown on its measure page with the counts, and unpublished', async () => {
  const page = await signedIn('az');
  await openItem(page, ids.leyla);
  await page.selectOption('#item-status', 'answered');
  await page.getByRole('button', { name: TEXT.az.saveStatus }).click();
  await page.locator('.ok[role=status]', { hasText: TEXT.az.saved }).waitFor();
  await page.fill('#answer', 'Platforma 2027-ci ilin əvvəlində işə düşəcək.');
  await page.getByRole('button', { name: TEXT.az.saveAnswer }).click();
  await page.getByRole('button', { name: TEXT.az.publish, exact: true }).waitFor();
  await page.fill('#redacted', 'Platforma nə vaxt işə düşəcək?');
  await page.getByRole('button', { name: TEXT.az.publish, exact: true }).click();
  await page.getByRole('button', { name: TEXT.az.unpublish }).waitFor();
  const item = await api('GET', `/api/admin/feedback/${ids.leyla}`, null, tokens.aysel);
  assert.equal(item.json.publication.question, 'Platforma nə vaxt işə düşəcək?');
  assert.match(item.json.message, /Leyla Məmmədova/, 'the original is kept');

  // The citizen's side: the measure page shows the answer (not the name) and the counts.
  for (const lang of ['az', 'en']) {
    const reader = await (await newContext(browser, { locale: lang === 'az' ? 'az-AZ' : 'en-GB' })).newPage();
    collectErrors(reader, errors);
    await reader.goto(`${base}/${lang}/measures/8.1.1.1`);
    // The feedback block is below the first screen; reaching it starts the app, which asks the
    // service (src/app.rs `Adoption::OnDemand`).
    await reader.locator('section.feedback-cta').scrollIntoViewIfNeeded();
    await reader.locator('.published-answer', { hasText: 'Platforma 2027-ci ilin əvvəlində işə düşəcək.' }).waitFor({ timeout: 20000 });
    await reader.locator('.feedback-counts', { hasText: TEXT[lang].counts(3, 1) }).waitFor();
    const text = await reader.locator('.published-answers').textContent();
    assert.match(text, /Platforma nə vaxt işə düşəcək\?/);
    assert.doesNotMatch(text, /Leyla|050 000/, 'nothing personal is public');
    await reader.context().close();
  }

  await page.getByRole('button', { name: TEXT.az.unpublish }).click();
  await page.getByRole('button', { name: TEXT.az.publish, exact: true }).waitFor();
  const published = await api('GET', '/api/feedback/published?topic=8.1.1.1');
  assert.deepEqual(published.json.items, [], 'unpublished');
  // A message whose sender did not opt in offers no publication.
  await page.getByRole('button', { name: TEXT.az.back }).click();
  await openItem(page, ids.leylaPrivate);
  assert.equal(await page.getByRole('button', { name: TEXT.az.publish, exact: true }).count(), 0);
  await page.context().close();
});

test('en: one status for a selection, then the audit trail says who did what', async () => {
  const page = await signedIn('en', 'rauf');
  const rows = page.locator('tbody tr');
  for (const n of [1, 2, 3]) await rows.nth(n).locator('input[type=checkbox]').check();
  await page.selectOption('#bulk-status', 'read');
  await page.getByRole('button', { name: TEXT.en.setStatus }).click();
  await page.locator('.ok[role=status]', { hasText: '3 changed.' }).waitFor();
  const trail = page.locator('section', { has: page.locator('#audit-heading') });
  await trail.locator('tbody tr', { hasText: 'rauf' }).first().waitFor();
  const text = await trail.textContent();
  assert.match(text, new RegExp(TEXT.en.statusChanged));
  assert.match(text, /new → read/);
  assert.doesNotMatch(text, /Leyla|example\.az/, 'no personal data in the trail');
  await page.context().close();
});

test('az: two moderators change one message at once: the second gets a conflict, nothing is overwritten', async () => {
  const first = await signedIn('az', 'aysel');
  const second = await signedIn('az', 'rauf');
  await openItem(first, ids.contested);
  await openItem(second, ids.contested);
  await first.selectOption('#item-status', 'spam');
  await first.getByRole('button', { name: TEXT.az.saveStatus }).click();
  await first.locator('.ok[role=status]', { hasText: TEXT.az.saved }).waitFor();
  await second.fill('#answer', 'Rauf-un cavabı');
  await second.getByRole('button', { name: TEXT.az.saveAnswer }).click();
  await second.locator('.error-box[role=alert]', { hasText: TEXT.az.conflict }).waitFor();
  await second.waitForFunction(() => document.querySelector('#item-status')?.value === 'spam', null, { timeout: 10000 });
  const stored = await api('GET', `/api/admin/feedback/${ids.contested}`, null, tokens.aysel);
  assert.equal(stored.json.status, 'spam');
  assert.equal(stored.json.answer, null, "the second moderator's change was not applied");
  // The browser logs the 409 it was answered; that is the point of this test.
  for (let i = errors.length - 1; i >= 0; i -= 1) if (/409 \(Conflict\)/.test(errors[i])) errors.splice(i, 1);
  await first.context().close();
  await second.context().close();
});

test('en: the filtered list downloads as CSV and JSON', async () => {
  const page = await signedIn('en');
  await page.fill('#f-topic', '8.1.1.1');
  await page.getByRole('button', { name: TEXT.en.apply }).click();
  await page.locator('.result-count', { hasText: TEXT.en.total(3) }).waitFor();
  for (const [button, check] of [
    [TEXT.en.csv, (body) => {
      assert.ok(body.startsWith('\uFEFFid,created_at,topic'), body.slice(0, 40));
      assert.equal(body.trim().split('\n').length, 4, body);
    }],
    [TEXT.en.json, (body) => assert.equal(JSON.parse(body).items.length, 3)],
  ]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await (await download).path();
    check(readFileSync(file, 'utf8'));
  }
  await page.context().close();
});

test('az: one person\'s messages are erased on request, published copies included', async () => {
  const item = await api('GET', `/api/admin/feedback/${ids.leyla}`, null, tokens.aysel);
  const republished = await api('PUT', `/api/admin/feedback/${ids.leyla}/publication`, { question: null, version: item.json.version }, tokens.aysel);
  assert.equal(republished.status, 200);
  const page = await signedIn('az');
  await page.fill('#erase-email', 'LEYLA@example.az');
  await page.check('#erase-confirm');
  await page.getByRole('button', { name: TEXT.az.erase, exact: true }).click();
  await page.locator('.ok[role=status]', { hasText: TEXT.az.erased(2) }).waitFor();
  assert.equal((await api('GET', `/api/admin/feedback/${ids.leyla}`, null, tokens.aysel)).status, 404);
  assert.deepEqual((await api('GET', '/api/feedback/published?topic=8.1.1.1')).json.items, []);
  forgetNotFound();
  await page.context().close();
});

function forgetNotFound() {
  for (let i = errors.length - 1; i >= 0; i -= 1) if (/404 \(Not Found\)/.test(errors[i])) errors.splice(i, 1);
}

test('en: keyboard only: sign in, open a message, save its status, go back', async () => {
  const page = await openModeration('en');
  await page.focus('#token');
  await page.keyboard.type(tokens.aysel);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.result-count');
  // Tab to the first message's button and open it with Enter.
  const target = String(ids.contested);
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === target) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('#item-heading');
  await page.focus('#item-status');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('.ok[role=status]', { hasText: TEXT.en.saved }).waitFor();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused control shows its focus');
  await page.context().close();
});

for (const [width, height] of [[1280, 900], [360, 780]]) {
  for (const lang of ['az', 'en']) {
    test(`${lang} at ${width} px: axe finds nothing, nothing scrolls sideways; screenshots`, async () => {
      mkdirSync('screenshots', { recursive: true });
      // axe-core is injected as an inline script, which the service's policy rightly refuses.
      const page = await openModeration(lang, { width, height, bypassCSP: true });
      const found = (await axe(page)).map((v) => `sign-in: ${v}`);
      await page.screenshot({ path: `screenshots/moderation-signin-${lang}-${width}.png`, fullPage: true });
      await signIn(page, lang, tokens.aysel);
      await page.waitForSelector('.result-count');
      found.push(...(await axe(page)).map((v) => `list: ${v}`));
      await page.screenshot({ path: `screenshots/moderation-list-${lang}-${width}.png`, fullPage: true });
      await openItem(page, ids.english);
      await page.waitForSelector('#item-audit-heading ~ * table, #item-audit-heading ~ p');
      found.push(...(await axe(page)).map((v) => `item: ${v}`));
      await page.screenshot({ path: `screenshots/moderation-item-${lang}-${width}.png`, fullPage: true });
      await page.context().close();
      assert.deepEqual(found, []);
    });
  }
}

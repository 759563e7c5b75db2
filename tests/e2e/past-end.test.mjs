// The derived label "past its end year", with the SYNTHETIC snapshot 2029-Q1 of
// tests/fixtures/synthetic/past-end (made-up progress, never published): a measure whose period
// ended in 2028 and that is neither completed nor discontinued is labelled, on its page and in the
// measures list, in both languages, and the label says it is derived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf, PAST_END_DATA } from './harness.mjs';

const site = useSite({ data: PAST_END_DATA });

const LABEL = {
  en: 'Past its end year (derived from the period and the data date)',
  az: 'İcra müddətinin son ili keçib (icra müddətindən və məlumatların tarixindən çıxarılıb)',
};

const flagged = (page) =>
  page.$$eval('.measure-row', (rows) =>
    rows.filter((r) => r.querySelector('.past-end')).map((r) => r.querySelector('.item-id').textContent.trim()),
  );

test('only the open measure whose period ended in 2028 is labelled in the list', async () => {
  for (const lang of ['en', 'az']) {
    const page = await site.newPage();
    await page.goto(`${site.base}/${lang}/measures`);
    await page.waitForSelector('.measure-row');
    assert.deepEqual(await flagged(page), ['8.1.1.4'], '8.1.4.5 is completed; the others end in 2029');
    const label = (await page.textContent('.measure-row .past-end')).replace(/\s+/g, ' ').trim();
    assert.equal(label, LABEL[lang]);
    await page.context().close();
  }
});

test('the measure page says why, and a completed measure carries no label', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/measures/8.1.1.4`);
  await page.waitForSelector('.status-line');
  assert.match(await textOf(page, '.status-line'), /Delayed .*Past its end year \(derived from the period and the data date\)/);
  assert.match(
    await textOf(page, '.past-end-explained'),
    /^The period ended in 2028 and the data is as of 31 March 2029, but no status of “Completed” or “Discontinued” has been reported/,
  );
  await page.goto(`${site.base}/az/measures/8.1.1.4`);
  await page.waitForSelector('.status-line');
  assert.match(await textOf(page, '.status-line'), /İcra müddətinin son ili keçib/);
  assert.match(await textOf(page, '.past-end-explained'), /^İcra müddəti 2028-ci ildə bitib, məlumatların tarixi isə 31 mart 2029;/);
  for (const id of ['8.1.4.5', '8.1.1.1']) {
    await page.goto(`${site.base}/en/measures/${id}`);
    await page.waitForSelector('.status-line');
    assert.equal(await page.locator('.past-end').count(), 0, `${id} is not labelled`);
  }
  await page.context().close();
});

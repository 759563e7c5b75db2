// Corrections, with the SYNTHETIC snapshots of tests/fixtures/synthetic/corrected (made-up
// progress, never published): 2026-Q3-r2 supersedes 2026-Q3. The site shows the correction as
// the latest; a link pinned to the original keeps the original's numbers, says it was corrected
// and links to the correction, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, textOf, CORRECTED_DATA } from './harness.mjs';

const site = useSite({ data: CORRECTED_DATA });
const firstValue = '.indicator-table tbody tr:first-child td:nth-child(3)';

test('the correction is the latest snapshot, without a notice', async () => {
  const page = await site.newPage();
  await page.goto(`${site.base}/en/indicators/4.1.5`);
  await page.waitForSelector('.indicator-table');
  assert.match(await textOf(page, firstValue), /^1,250 people/);
  assert.equal(await page.locator('.notice-superseded').count(), 0);
  const options = await page.$$eval('#snapshot-select option', (o) => o.map((x) => x.value));
  assert.deepEqual(options, ['2026-Q3-r2', '2026-Q3'], 'both stay listed, newest first');
  await page.goto(`${site.base}/en/measures/8.2.1.1`);
  await page.waitForSelector('.status-line');
  assert.match(await textOf(page, '.status-line'), /In progress/);
  await page.context().close();
});

for (const [lang, original, corrected, notice, status] of [
  ['en', /^1,200 people/, /^1,250 people/, /^This snapshot was corrected by 2026-Q3-r2\. See the correction$/, /Not started/],
  ['az', /^1\.200 nəfər/, /^1\.250 nəfər/, /^Bu məlumat kəsiyinə 2026-Q3-r2 kəsiyi ilə düzəliş edilib\. Düzəlişə baxın$/, /Başlanmayıb/],
]) {
  test(`a page pinned to the original keeps its numbers and links to the correction (${lang})`, async () => {
    const page = await site.newPage();
    await page.goto(`${site.base}/${lang}/indicators/4.1.5?as_of=2026-Q3`);
    await page.waitForSelector('.indicator-table');
    assert.match(await textOf(page, firstValue), original);
    assert.match(await textOf(page, '.notice-superseded'), notice);
    const link = page.locator('.notice-superseded a');
    assert.equal(await link.getAttribute('href'), `/${lang}/indicators/4.1.5?as_of=2026-Q3-r2`);
    await link.click();
    await page.waitForURL(/as_of=2026-Q3-r2$/);
    await page.waitForFunction(() => !document.querySelector('.notice-superseded'));
    assert.match(await textOf(page, firstValue), corrected);
    await page.goto(`${site.base}/${lang}/measures/8.2.1.1?as_of=2026-Q3`);
    await page.waitForSelector('.status-line');
    assert.match(await textOf(page, '.status-line'), status);
    await page.context().close();
  });
}

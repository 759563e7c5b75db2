// The app adopts each built page exactly: after adoption the page's DOM equals what the app
// renders from scratch for the same URL (the page served without its build record, so the app
// cannot adopt it), for every page type in both languages, a filtered URL and URLs pinned to the
// snapshot the pages were built with (on-demand pages: the harness starts their app). A static page (no app unless asked for more) equals it as
// built: the built HTML is the app's render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { ROUTES, startedAs } from './routes.mjs';

const site = useSite();

/**
 * The app's DOM once it has started and settled, as text: elements with their attributes in
 * name order (the build writes them in another order than the browser sets them), text, and no
 * hydration markers (comments). An empty dynamic text is built as one space (so the browser has a
 * text node to adopt) and rendered as nothing: runs of white space count as one
 * (as the browser shows them) and whitespace-only text as none. What ECharts
 * draws into the chart's element is not the app's and is left out.
 */
async function appDom(page, url, how) {
  await page.goto(url);
  assert.equal(await page.getAttribute('html', 'data-app'), how, `${url}: ${how}`);
  // What the app asks for after it starts (the feedback counts) has come back.
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'));
  return page.evaluate(() => {
    const copy = document.querySelector('#app').cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    copy.normalize();
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() === '' ? '' : node.textContent.replace(/\s+/g, ' ');
      const attrs = [...node.attributes].filter((a) => a.name !== '_echarts_instance_')
        .map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      const children = node.classList.contains('chart-canvas') ? '' : [...node.childNodes].map(text).join('');
      return `<${node.localName} ${attrs}>${children}</${node.localName}>`;
    };
    return [...copy.childNodes].map(text).join('');
  });
}

/** Each URL with how its built page starts (a query always starts the app). */
const urls = [
  ...ROUTES.filter((r) => !r.path.includes('?') && r.name !== 'not-found' && r.app !== false)
    .flatMap((r) => ['az', 'en'].map((lang) => [`/${lang}/${r.path}`, startedAs(r)])),
  ['/en/measures?goal=8.2&q=ikt', 'adopted'],
  // Pinned to the snapshot the page was built with (the latest): the page is as built, and once
  // the app runs (a part started it) every link keeps the pin. (A static page stays as built:
  // static-pages.test.mjs.)
  ...['/en/measures', '/az/measures/8.1.1.1', '/en/indicators/4.1.5', '/az/']
    .map((path) => [`${path}?as_of=2026-Q3`, 'adopted']),
];

test('every adopted page equals a render from scratch of the same URL', async () => {
  const page = await site.newPage();
  const scratch = await site.newPage();
  // Without its build record a page is rendered from scratch.
  await scratch.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const answer = await route.fetch();
    const body = (await answer.text()).replace(/<script type="application\/json" id="build-record">[^<]*<\/script>/, '');
    return route.fulfill({ response: answer, body });
  });
  for (const [url, how] of urls) {
    const adopted = await appDom(page, `${site.base}${url}`, how);
    const rendered = await appDom(scratch, `${site.base}${url}`, 'rendered');
    if (adopted !== rendered) {
      let at = 0;
      while (adopted[at] === rendered[at]) at += 1;
      assert.fail(`${url}: the adopted page differs from a fresh render at ${at}:\n adopted: …${adopted.slice(at - 80, at + 120)}\nrendered: …${rendered.slice(at - 80, at + 120)}`);
    }
  }
  await page.context().close();
  await scratch.context().close();
});

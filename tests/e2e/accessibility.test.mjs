// axe-core (WCAG 2.2 AA tags) on every route, in both languages, at 1280 px and 360 px wide:
// no violations, and no page scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useSite } from './harness.mjs';
import { ROUTES, whenReady } from './routes.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useSite();

for (const [width, height] of [[1280, 900], [360, 780]]) {
  for (const lang of ['az', 'en']) {
    test(`no WCAG 2.2 AA violations at ${width} px in ${lang}`, async () => {
      const page = await site.newPage({ viewport: { width, height }, locale: lang === 'az' ? 'az-AZ' : 'en-GB' });
      const found = [];
      for (const route of ROUTES) {
        await page.goto(`${site.base}/${lang}/${route.path}`, route.app === false ? { waitUntil: 'domcontentloaded' } : undefined);
        await whenReady(page, route);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(async (tags) => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }, TAGS);
        found.push(...result.map((v) => `${route.name}: ${v}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found.push(`${route.name}: the page scrolls sideways by ${overflow} px`);
      }
      await page.context().close();
      assert.deepEqual(found, []);
    });
  }
}

// Lighthouse (mobile, median of 3) on the built site's routes in both languages: prints the
// performance and accessibility scores per route, with the largest paint (LCP) and total blocking
// time (TBT) of the same runs (medians). Installs lighthouse@12.2.3 into .tools/ on
// first use (lighthouse 13 needs a newer Node). A benchmark, not a test: it prints numbers.
//
//   node scripts/lighthouse.mjs [--runs 3] [--only overview,measures] [--dir dist] [--throttling simulate|devtools]
//
// `simulate` (Lighthouse's default) estimates the slow phone from a fast local run: there a
// page with the app is adopted before its first paint, so the estimate counts the app's download in the
// largest paint; `devtools` throttles for real (as scripts/bench-first-paint.mjs does), where
// the built page paints long before the app arrives.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import { ROUTES } from '../tests/e2e/routes.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';
import { requireMeasurableBuild } from './measurable-build.mjs';

const tools = resolve('.tools/lighthouse');
if (!existsSync(join(tools, 'node_modules/lighthouse'))) {
  mkdirSync(tools, { recursive: true });
  execFileSync('npm', ['install', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error', 'lighthouse@12.2.3', 'chrome-launcher@1'], { stdio: 'inherit' });
}
const require = createRequire(join(tools, 'package.json'));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dir', 'dist');
requireMeasurableBuild(dist);
const runs = Number(arg('runs', 3));
const throttlingMethod = arg('throttling', 'simulate');
const only = arg('only', '');
const port = 21000 + Math.floor(Math.random() * 1000);
const server = await startServer({ dir: dist, port });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const misses = [];
try {
  console.log(`${'route'.padEnd(34)} perf  a11y      LCP     TBT  (medians of ${runs}, mobile, throttling: ${throttlingMethod})`);
  for (const lang of ['az', 'en']) {
    for (const route of ROUTES.filter((r) => !only || only.split(',').includes(r.name))) {
      // A missing page answers 404, which Lighthouse does not score (it stops at the status):
      // the not-found page is measured at its file's address (the same HTML and script, 200).
      const address = route.name === 'not-found' ? `${lang}/404.html` : `${lang}/${route.path}`;
      const url = `http://127.0.0.1:${port}/${address}`;
      const perf = [];
      const a11y = [];
      const lcp = [];
      const tbt = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], output: 'json', logLevel: 'error', throttlingMethod });
        perf.push(Math.round(result.lhr.categories.performance.score * 100));
        a11y.push(Math.round(result.lhr.categories.accessibility.score * 100));
        lcp.push(result.lhr.audits['largest-contentful-paint'].numericValue);
        tbt.push(result.lhr.audits['total-blocking-time'].numericValue);
      }
      const [p, a] = [median(perf), median(a11y)];
      if (p < 95 || a < 100) misses.push(`${lang}/${route.path}: performance ${p}, accessibility ${a}`);
      const timing = `${(median(lcp) / 1000).toFixed(2).padStart(6)} s ${String(Math.round(median(tbt))).padStart(5)} ms`;
      console.log(`${`${lang}/${route.path}`.padEnd(34)} ${String(p).padStart(4)}  ${String(a).padStart(4)}  ${timing}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(misses.length ? `\nbelow the budget (performance ≥ 95, accessibility 100):\n${misses.join('\n')}` : '\nall routes within the budget');

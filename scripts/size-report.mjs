// Prints the bytes a reader downloads for a page of the built site (dist/): per file raw, gzip
// and brotli sizes and the totals, for a static text page (no app: src/app.rs
// `Section::adoption`) and on-demand pages (the measures list, a measure page, the chart page:
// the first load), then what reaching a part that needs the app adds (each page with its own
// built HTML).
//
//   node scripts/size-report.mjs [--dir dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { requireMeasurableBuild } from './measurable-build.mjs';

const dirArg = process.argv.indexOf('--dir');
const dist = dirArg > 0 ? process.argv[dirArg + 1] : 'dist';

requireMeasurableBuild(dist);
const files = readdirSync(dist);
const pick = (re) => files.filter((f) => re.test(f) && !/\.(br|gz)$/.test(f));
const manifest = JSON.parse(readFileSync(join(dist, 'data/index.json'), 'utf8'));
const latest = manifest.snapshots.find((s) => s.id === manifest.latest);
const strategy = manifest.strategies.find((s) => s.sha256 === latest.strategy_sha256);

// Each page's own built HTML (site-build writes the whole page into it).
const pageFiles = (html) => [
  html,
  ...pick(/^strategy-site-.*\.js$/),
  ...pick(/^strategy-site-.*_bg\.wasm$/),
  ...pick(/^style-.*\.css$/),
  'data/index.json',
  `data/${strategy.file}`,
  `data/${latest.file}`,
];
// A static page: its HTML, the page script, the CSS and the data's manifest (nothing else).
const withoutApp = (html) => [html, 'page.js', ...pick(/^style-.*\.css$/), 'data/index.json'];
const staticPage = withoutApp('en/about/index.html');
// An on-demand page loads the same at first; the app, its data and (on a chart page) ECharts
// come when the reader nears a part that needs them.
const appLater = pageFiles('').slice(1).filter((f) => !f.startsWith('style-') && f !== 'data/index.json');
const chartExtras = pick(/^echarts.*\.js$/);

function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function report(title, list, budget) {
  const rows = list.map(sizes);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(52)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(52)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
  console.log(`${'TOTAL'.padEnd(52)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
  if (budget === null) {
    console.log('(after the first load: the budgets are for a cold load)');
    return;
  }
  console.log(`budget (docs/architecture.md, Budgets): ${budget} KB compressed; brotli total is ${(total.brotli / 1024).toFixed(1)} KB: ${total.brotli / 1024 <= budget ? 'within' : 'OVER'}`);
}

report('On-demand text page (/az/measures), first load: as a static page (the filters start the app when touched)', withoutApp('az/measures/index.html'), 250);
report('Static text page (/en/about): HTML + page script + CSS + the data\'s manifest', staticPage, 250);
report('On-demand text page (/az/measures/8.1.2.5), first load: as a static page', withoutApp('az/measures/8.1.2.5/index.html'), 250);
report('On-demand chart page (/az/indicators/4.1.5), first load: as a static page, the chart drawn in its HTML', withoutApp('az/indicators/4.1.5/index.html'), 400);
report('  …then once the reader nears or touches a part that needs the app: the app and its data (and on a chart page the ECharts bundle)', [...appLater, ...chartExtras], null);

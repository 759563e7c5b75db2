// Times the measures search in Chromium on the release build with a SYNTHETIC snapshot of 5,000
// measures (the 50 real ones, each cloned 100 times): for each keystroke of a query, the time from
// the input event to the next frame after the list has re-rendered. docs/architecture.md (Budgets) asks for under
// a frame (16 ms) per keystroke. A benchmark: it prints numbers.
//
//   node scripts/bench-search.mjs [--copies 100] [--query "suni intellekt"]
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';
import { requireMeasurableBuild } from './measurable-build.mjs';

requireMeasurableBuild();

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const copies = Number(arg('copies', 100));
const query = arg('query', 'suni intellekt');
const out = 'build/bench-search-data';

const real = JSON.parse(readFileSync('dist/data/index.json', 'utf8'));
const latest = real.snapshots.find((s) => s.id === real.latest);
const strategy = JSON.parse(readFileSync(join('dist/data', real.strategies.find((s) => s.sha256 === latest.strategy_sha256).file), 'utf8'));
const measures = [];
for (let k = 0; k < copies; k += 1) {
  for (const m of strategy.measures) measures.push({ ...m, id: k === 0 ? m.id : `${m.id}.${k}` });
}
strategy.measures = measures;
const hash = (text) => createHash('sha256').update(text).digest('hex');
const strategyText = JSON.stringify(strategy);
const strategySha = hash(strategyText);
const snapshot = { schema_version: '1.0', id: '2026-Q3', as_of: '2026-09-30', strategy_sha256: strategySha, synthetic: true, measures: [], indicators: [] };
const snapshotText = JSON.stringify(snapshot);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'snapshots'), { recursive: true });
writeFileSync(join(out, 'strategy.bench.json'), strategyText);
writeFileSync(join(out, 'snapshots/2026-Q3.bench.json'), snapshotText);
writeFileSync(join(out, 'index.json'), JSON.stringify({
  schema_version: '1.0',
  latest: '2026-Q3',
  snapshots: [{ id: '2026-Q3', as_of: '2026-09-30', strategy_sha256: strategySha, synthetic: true, file: 'snapshots/2026-Q3.bench.json', sha256: hash(snapshotText), size: snapshotText.length }],
  strategies: [{ file: 'strategy.bench.json', sha256: strategySha, size: strategyText.length }],
  exports: [],
}));

const port = 22000 + Math.floor(Math.random() * 1000);
const server = await startServer({ dir: 'dist', port, data: out });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/az/measures`);
  await page.waitForSelector('.result-count', { timeout: 60000 });
  const total = await page.textContent('.result-count');
  const times = await page.evaluate(async (text) => {
    const input = document.querySelector('#q');
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    const results = [];
    for (let i = 1; i <= text.length; i += 1) {
      await frame();
      const t0 = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      results.push({ typed: text.slice(0, i), ms: performance.now() - t0, count: document.querySelector('.result-count')?.textContent });
    }
    return results;
  }, query);
  console.log(`measures page with ${measures.length} measures (${total.trim()})`);
  for (const t of times) console.log(`  ${JSON.stringify(t.typed).padEnd(18)} ${t.ms.toFixed(1).padStart(7)} ms   ${t.count}`);
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(`per keystroke: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (budget: 16 ms)`);
} finally {
  await browser.close();
  server.close();
}

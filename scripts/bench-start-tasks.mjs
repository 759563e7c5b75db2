// The main thread's long tasks while a page loads and the app starts, for two builds side by
// side (runs interleaved: A, B, A, B, …, so machine load hits both alike), under the slow-phone
// CPU (4x slowdown; the network is not throttled, so the tasks are the app's, not its download's).
// Prints per build the medians of: the blocking time after the first paint (the sum over tasks of
// their time past 50 ms, as Lighthouse's TBT counts it), the longest task and the sum of the
// app's tasks (those running its wasm), then the app's tasks of the median run, each named by the
// start-up step marked in it (`app:data`, `app:adopted`, …: src/boot.rs), each with the time
// V8 spent in it compiling the wasm functions that ran for the first time (V8 compiles a wasm
// function lazily, on the main thread, when it is first called: on a cold start that is most
// of each task). A benchmark, not a test: it prints numbers.
//
//   node scripts/bench-start-tasks.mjs [--runs 7] [--path '/az/measures?goal=8.2&q=ikt']
//        [--a build/before-dist] [--b dist]
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';
import { requireMeasurableBuild } from './measurable-build.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 7));
const path = arg('path', '/az/measures?goal=8.2&q=ikt').replace(/^(?!\/)/, '/');
const builds = [arg('a', 'build/before-dist'), arg('b', 'dist')];
for (const dir of builds) requireMeasurableBuild(dir);
const port = 24000 + Math.floor(Math.random() * 900);
const servers = await Promise.all(builds.map((dir, at) => startServer({ dir, port: port + at })));
const browser = await launchBrowser();

/** One cold load: the renderer's main-thread tasks over 30 ms, from the trace. */
async function measure(at) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.wasm,disabled-by-default-v8.wasm.detailed', transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.0.1:${port + at}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.app !== undefined, null, { timeout: 30000 });
  // Whatever the app does after it marks the page (its last parts, the worker) is done by then.
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  // The renderer's main thread: the one with the most task time.
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const [[mainThread, tasks]] = [...byThread].sort(
    (x, y) => y[1].reduce((s, e) => s + e.dur, 0) - x[1].reduce((s, e) => s + e.dur, 0),
  );
  const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && `${e.pid}:${e.tid}` === mainThread);
  const compilingIn = (t) => compiles.filter((c) => c.ts >= t.ts && c.ts < t.ts + t.dur);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? tasks[0].ts;
  const wasmCalls = events.filter((e) => e.name === 'FunctionCall' && /strategy-site/.test(e.args?.data?.url ?? ''));
  const long = tasks.filter((t) => t.dur > 30000);
  const runsApp = (t) => wasmCalls.some((c) => c.ts >= t.ts && c.ts < t.ts + t.dur);
  // Each app task named by the start-up step that ends in it (`browser::mark_step`).
  const marks = events.filter((e) => e.name.startsWith('app:') && e.cat.includes('user_timing'));
  const stepOf = (t) => marks.filter((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur).map((m) => m.name.slice(4)).join('+');
  const appTasks = long.filter(runsApp).map((t) => {
    const compiled = compilingIn(t);
    return { step: stepOf(t) || '?', ms: t.dur / 1000, compiled: compiled.length, compiling: compiled.reduce((sum, c) => sum + c.dur, 0) / 1000 };
  });
  const blocking = long.filter((t) => t.ts + t.dur > fcp)
    .reduce((sum, t) => sum + Math.max(0, (t.ts + t.dur - Math.max(t.ts, fcp)) / 1000 - 50), 0);
  const compiling = compiles.reduce((sum, c) => sum + c.dur, 0) / 1000;
  return { blocking, longest: Math.max(0, ...long.map((t) => t.dur / 1000)), appTasks, compiling, compiled: compiles.length };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const results = builds.map(() => []);
for (let i = 0; i < runs; i += 1) {
  for (const at of [0, 1]) results[at].push(await measure(at));
}
console.log(`${path}: 4x CPU, 360 px, ${runs} interleaved runs per build; medians (ms)\n`);
console.log('build                          | blocking after FCP | longest task | app sum | lazy compiling (functions) | the app\'s tasks over 30 ms in the median run, by the step that ends in each (of which compiling)');
console.log('-------------------------------|--------------------|--------------|---------|----------------------------|---------------------------------------------------------------------------------------------------');
builds.forEach((dir, at) => {
  const list = results[at];
  const sums = list.map((r) => r.appTasks.reduce((s, t) => s + t.ms, 0));
  const middle = list[sums.indexOf(median(sums))];
  const tasks = middle.appTasks.map((t) => `${t.step} ${Math.round(t.ms)} (${Math.round(t.compiling)})`).join(', ');
  const compiling = `${Math.round(median(list.map((r) => r.compiling)))} ms (${median(list.map((r) => r.compiled))})`;
  console.log(`${dir.padEnd(31)}| ${String(Math.round(median(list.map((r) => r.blocking)))).padStart(18)} | ${String(Math.round(median(list.map((r) => r.longest)))).padStart(12)} | ${String(Math.round(median(sums))).padStart(7)} | ${compiling.padStart(26)} | ${tasks}`);
});
await browser.close();
for (const server of servers) server.close();

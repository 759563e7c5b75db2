// Bytes on the wire of a first and a repeat visit of a few pages, with the service worker
// (public/sw.js) at work: for each page, a fresh browser context visits it (first visit), waits
// until the worker keeps it, then visits it again (repeat visit: the HTML answered 304 or by the
// worker). Median of 3 runs per page. A benchmark, not a test: it prints a table (the budget:
// a repeat visit ≤ 10 KB).
//
// Two counts per visit:
//   cdp     the page's own CDP Network events: encodedDataLength of the responses that were not
//           answered by the service worker (Network.loadingFinished), plus 304s. The worker's
//           own fetches (a network-first page, the files it keeps) are on the worker's target,
//           which a page session does not see, hence:
//   server  what the server sent on its sockets during the visit (headers and bodies, every
//           target): the bytes on the wire, whoever asked.
//
//   node scripts/bench-repeat-visit.mjs [--runs 3] [--routes /az/,/en/measures/8.1.1.1,...]
//     [--dir dist] [--width 1280] (a phone: --width 360; a page loads the app when a part that
//     needs it is within half a screen, so the width changes what a first visit costs)
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer, urlOf } from './serve.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const routes = arg('routes', '/az/,/en/measures,/az/measures/8.1.1.1,/en/indicators/4.1.5').split(',');

const width = Number(arg('width', 1280));
const server = await startServer({ dir: arg('dir', 'dist'), port: 0 });
const base = urlOf(server);
// Every socket's bytesWritten, closed ones included: the server's bytes on the wire.
const sockets = new Set();
let closedBytes = 0;
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => { closedBytes += socket.bytesWritten; sockets.delete(socket); });
});
const serverBytes = () => closedBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);

const browser = await launchBrowser();

/** Visits `url` in `page`, counting bytes until the network has been quiet for a moment. */
async function visit(page, cdp, url) {
  const fromWorker = new Set();
  let cdpBytes = 0;
  const onResponse = ({ requestId, response }) => {
    if (response.fromServiceWorker) fromWorker.add(requestId);
  };
  const onFinished = ({ requestId, encodedDataLength }) => {
    if (!fromWorker.has(requestId)) cdpBytes += encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  const before = serverBytes();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-app]', { state: 'attached' });
  await page.waitForTimeout(500);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { cdp: cdpBytes, server: serverBytes() - before };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`bytes on the wire (median of ${runs}; server = every byte the server sent, cdp = the page's own requests)`);
console.log(['page', 'first: server', 'first: cdp', 'repeat: server', 'repeat: cdp'].map((h) => h.padEnd(24)).join(''));
let worst = 0;
for (const route of routes) {
  const first = { server: [], cdp: [] };
  const repeat = { server: [], cdp: [] };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width, height: width < 600 ? 740 : 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const one = await visit(page, cdp, `${base}${route}`);
    // Until the worker controls the page and keeps it (what a reader's second visit finds).
    await page.waitForFunction(async () => navigator.serviceWorker.controller !== null
      && Boolean(await caches.match(location.origin + location.pathname)), null, { timeout: 20000, polling: 200 });
    await page.waitForTimeout(500);
    const two = await visit(page, cdp, `${base}${route}`);
    first.server.push(one.server); first.cdp.push(one.cdp);
    repeat.server.push(two.server); repeat.cdp.push(two.cdp);
    await context.close();
  }
  worst = Math.max(worst, median(repeat.server));
  console.log([route, kb(median(first.server)), kb(median(first.cdp)), kb(median(repeat.server)), kb(median(repeat.cdp))]
    .map((c) => c.padEnd(24)).join(''));
}
console.log(`largest repeat visit: ${kb(worst)} (budget 10 KB: ${worst <= 10 * 1024 ? 'met' : 'missed'})`);
await browser.close();
server.close();

// A small static server for the built site (until the feedback service serves it): files from
// a folder, precompressed .br/.gz when the browser accepts them, and the SPA fallback so every
// deep link (and every reload of one) gets index.html, but for a path below a language with no
// page: that language's not-found page (`az/404.html`, status 404), as the feedback service
// serves it (crates/model/src/site_files.rs). Binds to 127.0.0.1 only.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--data DIR] [--api http://127.0.0.1:8081]
// --data serves /data/ from another folder (tests use it to serve synthetic fixtures).
// --api forwards /api/ to the feedback service, as a CDN in front of it would.
// Every file has an ETag (size and time), so a revalidation (`no-cache`) is a 304, as on a CDN.
// `server.setData(DIR)` serves /data/ from another folder from then on (a newer snapshot
// published while the same origin, and its service worker, stay).
import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
};

async function isFile(path) {
  try { return (await stat(path)).isFile(); } catch { return false; }
}

function forward(req, res, api) {
  const target = new URL(req.url, api);
  const headers = { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress };
  const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end('{"error":"unavailable","message":"the feedback service does not answer"}');
  });
  req.pipe(upstream);
}

export function startServer({ dir = 'dist', port = 8080, host = '127.0.0.1', data = null, api = null } = {}) {
  const root = resolve(dir);
  let dataRoot = data ? resolve(data) : join(root, 'data');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname.startsWith('/api/')) {
        // Forwarded to the feedback service when there is one; otherwise what a static host without it answers.
        if (api) forward(req, res, api);
        else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found","message":"no feedback service here"}');
        return;
      }
      const path = normalize(decodeURIComponent(url.pathname));
      let file = path.startsWith('/data/') ? join(dataRoot, path.slice('/data/'.length)) : join(root, path);
      if (!file.startsWith(root) && !file.startsWith(dataRoot)) { res.writeHead(400).end('bad path'); return; }
      // A prerendered route (dist/az/measures/8.1.1.1/index.html) is served for its path as is.
      if (!(await isFile(file)) && await isFile(join(file, 'index.html'))) file = join(file, 'index.html');
      let status = 200;
      if (!(await isFile(file))) {
        // Missing data files are real 404s; everything else is a route of the app.
        if (path.startsWith('/data/') || extname(path) === '.wasm' || extname(path) === '.js') {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        const language = path.split('/')[1];
        const notFound = join(root, language, '404.html');
        if (language && await isFile(notFound)) {
          file = notFound;
          status = 404;
        } else {
          file = join(root, 'index.html');
        }
      }
      const accept = req.headers['accept-encoding'] || '';
      // Atom feeds are XML of their own type (feed readers accept either).
      const type = /[\\/]feeds[\\/].*\.xml$/.test(file) ? 'application/atom+xml; charset=utf-8' : TYPES[extname(file)];
      const headers = { 'content-type': type || 'application/octet-stream', vary: 'accept-encoding' };
      headers['cache-control'] = /\.[0-9a-f]{12,16}\.|-[0-9a-f]{12,16}[._]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      let served = file;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accept.includes(enc) && await isFile(file + ext)) {
          served = file + ext;
          headers['content-encoding'] = enc;
          break;
        }
      }
      const { size, mtimeMs } = await stat(served);
      headers.etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
      if (status === 200 && req.headers['if-none-match'] === headers.etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = await readFile(served);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  // Port 0 asks the system for a free port: read it from `server.address().port` (or `urlOf`).
  // A port that cannot be bound rejects at once, so a test fails instead of waiting.
  server.setData = (folder) => { dataRoot = resolve(folder); };
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok(server);
    });
  });
}

/** The base URL of a started server (`http://127.0.0.1:PORT`). */
export function urlOf(server) {
  const { address, port } = server.address();
  return `http://${address}:${port}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', 8080));
  const server = await startServer({ dir: arg('dir', 'dist'), port, data: arg('data', null), api: arg('api', null) });
  console.log(`serving ${arg('dir', 'dist')} on ${urlOf(server)}/ (Ctrl+C to stop)`);
}

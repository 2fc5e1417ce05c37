/**
 * A small static HTTP server for fixture pages, bound to 127.0.0.1 on a random port.
 * Content scripts do not run on file:// URLs, so e2e tests and the bench load pages over HTTP.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts the server.
 * @param {{ root: string, port?: number }} options `root`: the folder served at `/` (e.g.
 *   tests/fixtures/pages); `port`: 0 (default) picks a free one.
 * @returns {Promise<FixtureServer>}
 *
 * @typedef {object} FixtureServer
 * @property {string} baseUrl `http://127.0.0.1:<port>` (no trailing slash).
 * @property {(path: string) => string} url Absolute URL of a path, e.g. `url('/reference-article.html')`.
 * @property {(path: string, body: string, options?: { status?: number, headers?: Record<string,string> }) => string}
 *   route Serves `body` (HTML by default) at `path` (query string ignored) until the server closes; returns its URL.
 *   A route overrides a file of the same path.
 * @property {(path: string) => void} unroute Stops serving a routed body (a file of that path shows again).
 * @property {string[]} requests Every path requested so far, in order (for asserting what a page fetched).
 * @property {() => Promise<void>} close
 *
 * Files: `x.html.gz` is served gzipped with the type of `x.html`, both as `/x.html.gz` and as `/x.html`
 * when no plain `x.html` exists. `/dir/` serves `dir/index.html`. Anything else answers 404, so saved
 * pages that try to load their ads and scripts fail fast instead of hanging.
 */
export async function startFixtureServer({ root, port: wantedPort = 0 }) {
  const routes = new Map();
  const requests = [];
  const rootDir = normalize(root + sep);

  async function resolveFile(pathname) {
    let rel = decodeURIComponent(pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    // Never serve outside the fixture folder (../ in a URL).
    if (!file.startsWith(rootDir)) return null;
    if (await isFile(file)) {
      if (file.endsWith('.gz')) {
        return { file, gzip: true, type: types[extname(file.slice(0, -3))] ?? 'application/octet-stream' };
      }
      return { file, gzip: false, type: types[extname(file)] ?? 'application/octet-stream' };
    }
    if (await isFile(`${file}.gz`)) {
      return { file: `${file}.gz`, gzip: true, type: types[extname(file)] ?? 'application/octet-stream' };
    }
    return null;
  }

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(pathname);
      const routed = routes.get(pathname);
      if (routed) {
        res.writeHead(routed.status, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...routed.headers,
        });
        res.end(req.method === 'HEAD' ? undefined : routed.body);
        return;
      }
      const found = await resolveFile(pathname);
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': found.type,
        'cache-control': 'no-store',
        ...(found.gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(found.file).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wantedPort, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    port,
    requests,
    url: (path) => new URL(path, `${baseUrl}/`).href,
    route(path, body, { status = 200, headers = {} } = {}) {
      const pathname = new URL(path, `${baseUrl}/`).pathname;
      routes.set(pathname, { body, status, headers });
      return `${baseUrl}${pathname}`;
    },
    unroute(path) {
      routes.delete(new URL(path, `${baseUrl}/`).pathname);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// A tiny static server for a built app (dist/, dist-baseline/) on 127.0.0.1, used by the e2e tests and the
// bench. Our own rather than `vite preview` so that it is small, starts in milliseconds, takes any free port,
// and serves exactly the files on disk (no transforms, no compression), which the bench's byte counts assume.
// `{ gzip: true }` serves them gzip-compressed to clients that accept it, as a production server would
// (for the compressed-download e2e test, and to measure "served with gzip").
// Run by hand: `npx tsx scripts/serve-dist.ts [dir] [port] [--gzip]`.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ktx2': 'image/ktx2',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Formats that are compressed already: gzip would only cost time. */
const PRECOMPRESSED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.ktx2', '.woff', '.woff2']);

export interface ServeOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Serve gzip to requests whose Accept-Encoding allows it. Default false: the files' own bytes. */
  gzip?: boolean;
}

/** True when the request's Accept-Encoding lists gzip (or *) without q=0. */
export function acceptsGzip(req: Pick<IncomingMessage, 'headers'>): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Serves `dir` on 127.0.0.1. Unknown extension-less paths get index.html (SPA). */
export async function serveDir(dir: string, { port = 0, gzip: compress = false }: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const index = await fileAt(join(root, 'index.html'));
  if (!index) throw new Error(`${root}/index.html not found: build first (npm run build)`);
  // Compressed bodies by file, made once: the files do not change while a built app is served.
  const compressed = new Map<string, Promise<Buffer>>();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const target = normalize(join(root, pathname));
      // Never serve outside the root, whatever the path says.
      const inside = target === root || target.startsWith(root + sep);
      let body = inside ? await fileAt(target) : null;
      let file = target;
      // SPA fallback only for routes (no extension): a missing asset must stay a 404, so that a missing
      // model shows up as the failure it is.
      if (!body && extname(pathname) === '') {
        file = join(root, 'index.html');
        body = await fileAt(file);
      }
      if (!body) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const ext = extname(file).toLowerCase();
      const headers: Record<string, string | number> = {
        'Content-Type': MIME[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (compress && !PRECOMPRESSED.has(ext)) {
        // The answer depends on Accept-Encoding, so caches must key on it.
        headers.Vary = 'Accept-Encoding';
        if (acceptsGzip(req)) {
          const raw = body;
          let zipped = compressed.get(file);
          if (!zipped) {
            zipped = gzip(raw);
            compressed.set(file, zipped);
          }
          body = await zipped;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      // The length of the body as sent: the compressed one when it is compressed.
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith('--'));
  const server = await serveDir(positional[0] ?? 'dist', {
    port: Number(positional[1] ?? 4173),
    gzip: args.includes('--gzip'),
  });
  console.log(`Serving on ${server.url}${args.includes('--gzip') ? ' (gzip)' : ''}`);
}

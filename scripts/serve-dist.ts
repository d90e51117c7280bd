// A tiny static server for a built app (dist/, dist-baseline/) on 127.0.0.1, used by the e2e tests and the
// bench. Our own rather than `vite preview` so that it is small, starts in milliseconds, takes any free port,
// and serves exactly the files on disk (no transforms, no compression), which the bench's byte counts assume.
// Run by hand: `npx tsx scripts/serve-dist.ts [dir] [port]`.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. Unknown extension-less paths get index.html (SPA). */
export async function serveDir(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const index = await fileAt(join(root, 'index.html'));
  if (!index) throw new Error(`${root}/index.html not found: build first (npm run build)`);

  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const target = normalize(join(root, pathname));
      // Never serve outside the root, whatever the path says.
      const inside = target === root || target.startsWith(root + sep);
      let body = inside ? await fileAt(target) : null;
      let type = MIME[extname(target).toLowerCase()] ?? 'application/octet-stream';
      // SPA fallback only for routes (no extension): a missing asset must stay a 404, so that a missing
      // model shows up as the failure it is.
      if (!body && extname(pathname) === '') {
        body = await fileAt(join(root, 'index.html'));
        type = MIME['.html'] ?? 'text/html';
      }
      if (!body) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
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
  const server = await serveDir(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173));
  console.log(`Serving on ${server.url}`);
}

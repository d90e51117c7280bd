// Writes `sw.js` at build time with the exact list of files to precache (every emitted asset plus the
// public files such as the model, as written to the output folder), and a cache name derived from their contents, so a new build
// replaces the old cache and an unchanged build keeps it. A few dozen lines instead of a workbox
// dependency tree; the worker itself is src/pwa/sw-template.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export interface ServiceWorkerValues {
  /** The cache's name, `ube-` and a hash of the files. */
  cacheName: string;
  /** Each URL to precache with its byte size (null: not checked). */
  precache: [string, number | null][];
  /** The URL under which the page is cached (the base URL). */
  index: string;
}

/** The worker's source: src/pwa/sw-template.js with its placeholders filled in. */
export function fillServiceWorker(template: string, values: ServiceWorkerValues): string {
  return template
    .replace('__CACHE_NAME__', JSON.stringify(values.cacheName))
    .replace('__PRECACHE__', JSON.stringify(values.precache))
    .replace('__INDEX__', JSON.stringify(values.index));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function serviceWorker(): Plugin {
  let base = '/';
  return {
    name: 'ube-service-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    // writeBundle, not generateBundle: other plugins still rewrite files (CSS minification) after
    // generateBundle, and the sizes must be those of the files as served.
    writeBundle(options) {
      const outDir = options.dir ?? 'dist';
      const hash = createHash('sha256');
      // Byte size of each file: the worker refuses to cache a copy that arrived cut short.
      const sizes = new Map<string, number>();
      for (const path of filesUnder(outDir).sort()) {
        const url = relative(outDir, path).split('\\').join('/');
        if (url === 'sw.js') continue;
        const bytes = readFileSync(path);
        sizes.set(url, bytes.byteLength);
        hash.update(url);
        hash.update(bytes);
      }
      const version = hash.digest('hex').slice(0, 12);
      const template = readFileSync(new URL('../src/pwa/sw-template.js', import.meta.url), 'utf8');
      // index.html is cached as the base URL.
      const precache: [string, number | null][] = [
        [base, sizes.get('index.html') ?? null],
        ...[...sizes.entries()]
          .filter(([u]) => u !== 'index.html')
          .map(([u, size]): [string, number | null] => [`${base}${u}`, size]),
      ];
      writeFileSync(join(outDir, 'sw.js'), fillServiceWorker(template, { cacheName: `ube-${version}`, precache, index: base }));
    },
  };
}

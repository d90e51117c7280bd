// Writes `sw.js` at build time with the exact list of files to precache (every emitted asset plus the
// public files such as the model), and a cache name derived from their contents, so a new build
// replaces the old cache and an unchanged build keeps it. A few dozen lines instead of a workbox
// dependency tree; the worker itself is src/pwa/sw-template.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  let base = '/';
  return {
    name: 'ube-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      // Byte size of each file: the worker refuses to cache a copy that arrived cut short.
      const sizes = new Map<string, number>();
      for (const [fileName, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        const body = item.type === 'chunk' ? item.code : item.source;
        sizes.set(fileName, typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
        hash.update(fileName);
        hash.update(body);
      }
      for (const path of filesUnder(publicDir).sort()) {
        const url = relative(publicDir, path).split('\\').join('/');
        const bytes = readFileSync(path);
        sizes.set(url, bytes.byteLength);
        hash.update(url);
        hash.update(bytes);
      }
      const urls = [...sizes.keys()];
      const version = hash.digest('hex').slice(0, 12);
      const template = readFileSync(new URL('../src/pwa/sw-template.js', import.meta.url), 'utf8');
      // index.html is cached as the base URL (its size changes with the injected tags, so no size check).
      const precache: [string, number | null][] = [
        [base, null],
        ...urls.filter((u) => u !== 'index.html').map((u): [string, number | null] => [`${base}${u}`, sizes.get(u) ?? null]),
      ];
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template
          .replace('__CACHE_NAME__', JSON.stringify(`ube-${version}`))
          .replace('__PRECACHE__', JSON.stringify(precache))
          .replace('__INDEX__', JSON.stringify(base)),
      });
    },
  };
}

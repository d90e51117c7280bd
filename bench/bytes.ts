// Bytes on first load, by kind. The bench's server sends files as they are on disk, so "raw" is the file size
// and "gzip" is what a gzip-serving host would send (node:zlib, level 9, like Vite's own report).
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'js' | 'css' | 'model' | 'content' | 'other';
export const KINDS: readonly Kind[] = ['html', 'js', 'css', 'model', 'content', 'other'];

export interface FileBytes {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface Bytes {
  files: FileBytes[];
  byKind: Record<Kind, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number };
  /** The content chunk's file, or null when the content is bundled into the main JS. */
  contentChunk: string | null;
}

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || path.endsWith('/')) return 'html';
  // Content is typed data compiled into JS; it only counts apart when the build splits it into its own chunk.
  if ((ext === '.js' || ext === '.json') && /content/i.test(path)) return 'content';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.glb', '.gltf', '.bin', '.ktx2'].includes(ext)) return 'model';
  return 'other';
}

/** Sizes of the same-origin files a page requested, read from the served directory. */
export function bytesOf(urls: readonly string[], origin: string, dir: string): Bytes {
  const seen = new Set<string>();
  const files: FileBytes[] = [];
  for (const url of urls) {
    const u = new URL(url);
    if (u.origin !== origin) continue;
    let path = decodeURIComponent(u.pathname);
    if (path.endsWith('/') || extname(path) === '') path = '/index.html';
    if (seen.has(path)) continue;
    seen.add(path);
    let body: Buffer;
    try {
      body = readFileSync(join(dir, path));
    } catch {
      continue; // a 404: nothing was transferred worth counting
    }
    files.push({ path, kind: kindOf(path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Record<Kind, { raw: number; gzip: number }>;
  for (const f of files) {
    byKind[f.kind].raw += f.raw;
    byKind[f.kind].gzip += f.gzip;
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const contentChunk = files.find((f) => f.kind === 'content')?.path ?? null;
  return { files, byKind, total, contentChunk };
}

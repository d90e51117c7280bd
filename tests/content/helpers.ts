// Shared helpers for the content tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readExtras } from '../../contract';
import type { Content } from '../../content/types';
import { content } from '../../content/index';

export const GLB_PATH = resolve(__dirname, '../../public/models/torso.glb');

/** The JSON chunk of a GLB (12-byte header, then chunk length, chunk type "JSON", chunk data). */
export function readGlbJson(path: string): { nodes?: { name?: string; extras?: unknown }[] } {
  const buf = readFileSync(path);
  if (buf.length < 20) throw new Error(`${path}: too short to be a GLB`);
  if (buf.toString('ascii', 0, 4) !== 'glTF') throw new Error(`${path}: bad GLB magic`);
  const chunkLength = buf.readUInt32LE(12);
  const chunkType = buf.readUInt32LE(16);
  if (chunkType !== 0x4e4f534a) throw new Error(`${path}: first chunk is not JSON`);
  return JSON.parse(buf.toString('utf8', 20, 20 + chunkLength)) as { nodes?: { name?: string; extras?: unknown }[] };
}

/** Structure ids of the nodes in the GLB that carry contract extras. */
export function glbStructureIds(path: string): Set<string> {
  const json = readGlbJson(path);
  const ids = new Set<string>();
  for (const node of json.nodes ?? []) {
    const extras = readExtras(node.extras);
    if (extras) ids.add(extras.structure);
  }
  return ids;
}

/** A deep copy of the real content to break on purpose. */
export function cloneContent(): Content {
  return structuredClone(content);
}

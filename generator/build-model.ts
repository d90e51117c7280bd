// Entry point: `npm run model` builds the torso from the landmark data and writes public/models/torso.glb.
// buildModel() is also called in-process by the tests (same bytes as the committed file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStructures } from './assemble';
import { writeGlb } from './write-glb';

export async function buildModel(): Promise<Uint8Array> {
  return writeGlb(buildStructures());
}

export const MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'models', 'torso.glb');

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const t0 = performance.now();
  const bytes = await buildModel();
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, bytes);
  console.log(`wrote ${MODEL_PATH}: ${(bytes.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// Fetches and parses the torso outside React. Parsing needs no renderer, so the model is usually ready
// before the 3D view is; and nothing suspends, so React's reveal throttle for Suspense boundaries
// (~300 ms) never sits between the parsed model and its first frame. model-source.ts decides when.
import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
// Decoded locally (bundled), never Draco from a CDN.
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { fetchModel, ModelLoadError } from './fetch-model';

/** Parses a checked GLB. A file that is a GLB but not a valid model rejects with a ModelLoadError. */
export async function parseModel(bytes: Uint8Array<ArrayBuffer>): Promise<Group> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  try {
    return (await loader.parseAsync(buffer, '')).scene;
  } catch (err) {
    throw new ModelLoadError(`the model could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

export function loadModel(url: string, onProgress: (percent: number) => void): Promise<Group> {
  return fetchModel(url, onProgress).then(parseModel);
}

/**
 * index.html preloads the model so its download overlaps the code's. Without WebGL nothing draws it, and a
 * preload nobody reads earns a console warning; reading it from the preload cache costs no new download.
 */
export function releasePreloadedModel(url: string): void {
  fetch(url).then(
    (res) => res.body?.cancel(),
    () => undefined,
  );
}

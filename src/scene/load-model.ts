// Fetches and parses the torso outside React, starting at page load. Parsing needs no renderer, so the
// model is usually ready before the 3D view is; and nothing suspends, so React's reveal throttle for
// Suspense boundaries (~300 ms) never sits between the parsed model and its first frame.
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

let early: Promise<Group> | null = null;
/** The early load's model once it has arrived, so the view can draw it in its very first frame. */
let earlyModel: Group | null = null;

/** Starts the first load at page start-up, in parallel with mounting the app; `onLoaded` sees the model first. */
export function startModelLoad(url: string, onProgress: (percent: number) => void, onLoaded?: (scene: Group) => void): void {
  if (early) return;
  early = loadModel(url, onProgress);
  // The scene reports failures when it takes the promise; until then a rejection is not unhandled.
  early.then(
    (scene) => {
      earlyModel = scene;
      onLoaded?.(scene);
    },
    () => undefined,
  );
}

/** The early load's model if it has already arrived and nobody claimed it. Pure, so a React state
 * initialiser may call it twice (StrictMode); the view claims it in an effect (claimLoadedModel). */
export function loadedModel(): Group | null {
  return earlyModel;
}

/** Marks the early load as used: a later load (a retry, another view) fetches afresh. */
export function claimLoadedModel(model: Group): void {
  if (earlyModel !== model) return;
  early = null;
  earlyModel = null;
}

/** The early load if there is one not yet taken, else a new one (a retry). */
export function takeModelLoad(url: string, onProgress: (percent: number) => void): Promise<Group> {
  const taken = early;
  early = null;
  earlyModel = null;
  return taken ?? loadModel(url, onProgress);
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

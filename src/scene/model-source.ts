// The torso model for the page's lifetime: one load per attempt (the first at start-up, one more per
// "Retry"), each starting at most once however often a view asks for it, so a component may ask from an
// effect that React runs twice. Owned by the start-up (src/startup.ts), not by any component.
import type { Group, Mesh } from 'three';
import { loadModel } from './load-model';

export interface ModelSource {
  /** The model of the latest attempt once it has arrived, so a view can draw it in its very first frame. */
  current(): Group | null;
  /** The load for attempt `n` (0 at start-up, then the store's retry count); started on first request. */
  attempt(n: number): Promise<Group>;
}

/** Frees what a parsed model holds on the GPU and in memory once a newer attempt replaces it. */
function disposeModel(scene: Group): void {
  scene.traverse((o) => {
    const mesh = o as Mesh;
    if (mesh.isMesh) mesh.geometry.dispose();
  });
}

export interface ModelSourceOptions {
  onProgress: (percent: number) => void;
  /** Sees each model first, before any view (the start-up warms the shaders with it). */
  onLoaded?: (model: Group) => void;
  /** Replaceable for tests. */
  load?: (url: string, onProgress: (percent: number) => void) => Promise<Group>;
}

export function createModelSource(url: string, { onProgress, onLoaded, load = loadModel }: ModelSourceOptions): ModelSource {
  let latest = -1;
  let pending: Promise<Group> | null = null;
  let model: Group | null = null;
  const attempt = (n: number): Promise<Group> => {
    if (n === latest && pending) return pending;
    latest = n;
    if (model) disposeModel(model);
    model = null;
    const started = load(url, onProgress).then((scene) => {
      // A later attempt has taken over; this one's model is not drawn.
      if (latest !== n) {
        disposeModel(scene);
        throw new Error('superseded by a newer attempt');
      }
      model = scene;
      onLoaded?.(scene);
      return scene;
    });
    // A view reports failures when it asks for the promise; until then a rejection is not unhandled.
    started.catch(() => undefined);
    pending = started;
    return started;
  };
  return { current: () => model, attempt };
}

// Everything the page sets up once, before React renders, in the order the first frame needs it; App is
// handed the result. One place owns the GL surface, the model, the link and the offline worker for the
// page's lifetime, so no component has to claim them, and nothing depends on how often React runs an effect.
import type { Group } from 'three';
import { LAYERS } from '../contract';
import { restoreFromLocation, startLinkSync } from './link/link-sync';
import { registerServiceWorker } from './pwa/register-service-worker';
import { declaresClosedSurfaces } from './scene/collect-parts';
import { createSurface, type GLSurface } from './scene/early-webgl';
import { releasePreloadedModel } from './scene/load-model';
import { createModelSource, type ModelSource } from './scene/model-source';
import { MODEL_URL } from './scene/model-url';
import { compileLayerLooks, warmGlowTextures, warmShaders } from './scene/warm-shaders';
import type { ExplorerStore } from './store/explorer-store';
import { modelSettled } from './store/model-settled';
import { whenIdle } from './when-idle';
import { loadHandout } from './overlays/HandoutHost';

export interface Startup {
  /** The canvas, its WebGL context, three's renderer and the R3F root; null when the device has no WebGL. */
  surface: GLSurface | null;
  /** The torso model, loading since start-up; null without WebGL (nothing could draw it). */
  model: ModelSource | null;
}

/**
 * 1. The link is applied before anything renders or syncs, so the address bar is never rewritten with
 *    defaults over the link someone shared, and the shaders compiled next are those of the linked view.
 * 2. The GL context and renderer are made before the first paint (early-webgl.ts says why), and the
 *    programs of the visible layers start compiling while the model downloads.
 * 3. The model loads outside React; once parsed, its pipelines are built (warm-shaders.ts).
 * 4. The offline worker registers only once the model has settled and the page is idle.
 */
export function startUp(store: ExplorerStore, search: string): Startup {
  restoreFromLocation(store, search);
  const surface = createSurface();
  let model: ModelSource | null = null;
  if (surface) {
    compileLayerLooks(surface.renderer, store.getState());
    model = createModelSource(MODEL_URL, {
      onProgress: (p) => store.getState().setModelProgress(p),
      onLoaded: (scene) => warmShaders(surface.renderer, scene, store.getState()),
    });
    void model.attempt(0);
  } else {
    store.getState().setModelStatus('no-webgl');
    releasePreloadedModel(MODEL_URL);
  }
  startLinkSync(store);
  const settled = modelSettled(store);
  if (surface) {
    // The other looks are made for the side setting of the model that arrived (see collect-parts.ts).
    const current = (): Group | null => model?.current() ?? null;
    void settled.then(() => whenIdle(() => {
      const scene = current();
      warmGlowTextures(surface.renderer, LAYERS, scene ? !declaresClosedSurfaces(scene) : false);
    }));
  }
  // The handout's chunk, so "Handout" opens at once (HandoutHost.tsx).
  void settled.then(() => whenIdle(() => void loadHandout().catch(() => undefined)));
  registerServiceWorker(settled);
  return { surface, model };
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreFromLocation, startLinkSync } from './link/link-sync';
import { registerServiceWorker } from './pwa/register-service-worker';
import { releasePreloadedModel, startModelLoad } from './scene/load-model';
import { MODEL_URL } from './scene/model-url';
import { prepareWebGL } from './scene/early-webgl';
import { compileLayerLooks, warmGlowTextures, warmShaders } from './scene/warm-shaders';
import { modelSettled } from './store/model-settled';
import { explorerStore } from './store/use-explorer';
import { whenIdle } from './when-idle';
import './styles.css';

// Order matters: the link is applied before the first render and before syncing starts, so the
// address bar is never rewritten with defaults over the link someone shared; and before the shaders are
// compiled, which are those of the view the link asks for.
restoreFromLocation(explorerStore, window.location.search);
const surface = prepareWebGL();
const settled = modelSettled(explorerStore);
if (surface) {
  compileLayerLooks(surface.renderer, explorerStore.getState());
  startModelLoad(
    MODEL_URL,
    (p) => explorerStore.getState().setModelProgress(p),
    (model) => warmShaders(surface.renderer, model, explorerStore.getState()),
  );
  void settled.then(() => whenIdle(() => warmGlowTextures(surface.renderer)));
} else {
  explorerStore.getState().setModelStatus('no-webgl');
  releasePreloadedModel(MODEL_URL);
}
startLinkSync(explorerStore);
registerServiceWorker(settled);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreFromLocation, startLinkSync } from './link/link-sync';
import { registerServiceWorker } from './pwa/register-service-worker';
import { releasePreloadedModel, startModelLoad } from './scene/load-model';
import { MODEL_URL } from './scene/model-url';
import { prepareWebGL } from './scene/early-webgl';
import { warmShaders } from './scene/warm-shaders';
import { modelSettled } from './store/model-settled';
import { explorerStore } from './store/use-explorer';
import './styles.css';

// Order matters: the link is applied before the first render and before syncing starts, so the
// address bar is never rewritten with defaults over the link someone shared.
const surface = prepareWebGL();
if (surface) {
  startModelLoad(
    MODEL_URL,
    (p) => explorerStore.getState().setModelProgress(p),
    (model) => warmShaders(surface.renderer, model, explorerStore.getState()),
  );
} else {
  explorerStore.getState().setModelStatus('no-webgl');
  releasePreloadedModel(MODEL_URL);
}
restoreFromLocation(explorerStore, window.location.search);
startLinkSync(explorerStore);
registerServiceWorker(modelSettled(explorerStore));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

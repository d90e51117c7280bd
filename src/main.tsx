import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreFromLocation, startLinkSync } from './link/link-sync';
import { registerServiceWorker } from './pwa/register-service-worker';
import { startModelDownload } from './scene/fetch-model';
import { MODEL_URL } from './scene/model-url';
import { hasWebGL } from './scene/webgl-support';
import { explorerStore } from './store/use-explorer';
import './styles.css';

// Order matters: the link is applied before the first render and before syncing starts, so the
// address bar is never rewritten with defaults over the link someone shared.
if (hasWebGL()) startModelDownload(MODEL_URL, (p) => explorerStore.getState().setModelProgress(p));
else explorerStore.getState().setModelStatus('no-webgl');
restoreFromLocation(explorerStore, window.location.search);
startLinkSync(explorerStore);
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

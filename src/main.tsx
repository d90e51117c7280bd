import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { contactLabels } from '../content';
import { App } from './App';
import { startUp } from './startup';
import { explorerStore } from './store/use-explorer';
import './styles.css';

const startup = startUp(explorerStore, window.location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // Errors inside a part of the screen are caught there (FailureBoundary) and logged; one that escapes
    // every boundary would leave a blank page, so it is reported the same way and the page says so.
    onUncaughtError: (error) => {
      console.error('The app stopped:', error);
      root.textContent = contactLabels.appStopped;
      root.classList.add('app-stopped');
    },
  }).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  );
}

// The screen: the canvas fills the window; panels sit at the edges and never cover its centre.
import { lazy, Suspense, useState } from 'react';
import { useExplorer } from './store/use-explorer';
import { HintLine } from './overlays/HintLine';
import { HoverLabel } from './overlays/HoverLabel';
import { InfoPanel } from './overlays/InfoPanel';
import { LayerPanel } from './overlays/LayerPanel';
import { LoadingIndicator } from './overlays/LoadingIndicator';
import { ModelStatusMessage } from './overlays/ModelStatusMessage';
import { Notices } from './overlays/Notices';
import { SelectionAnnouncer } from './overlays/SelectionAnnouncer';
import { StructureList } from './overlays/StructureList';
import { TopBar } from './overlays/TopBar';

// three.js is most of the bundle: loading the scene as its own chunk lets the panels paint first.
const ExplorerCanvas = lazy(() => import('./scene/ExplorerCanvas').then((m) => ({ default: m.ExplorerCanvas })));

export function App() {
  const webgl = useExplorer((s) => s.modelStatus !== 'no-webgl');
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <div className="app">
      <TopBar drawerOpen={drawerOpen} onToggleDrawer={() => setDrawerOpen((o) => !o)} />
      <nav id="left-panel" className={`panel left-panel ${drawerOpen ? 'open' : ''}`} aria-label="Layers and structures">
        <LayerPanel />
        <StructureList />
      </nav>
      <main className="main-area">
        <div className="stage">
          {webgl ? (
            <Suspense fallback={null}>
              <ExplorerCanvas />
            </Suspense>
          ) : null}
        </div>
        <Notices />
        <ModelStatusMessage />
        <LoadingIndicator />
        <HintLine />
      </main>
      <InfoPanel />
      <HoverLabel />
      <SelectionAnnouncer />
    </div>
  );
}

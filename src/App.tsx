// The screen: the canvas fills the window; panels sit at the edges and never cover its centre.
import { useState } from 'react';
import { ExplorerCanvas } from './scene/ExplorerCanvas';
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


export function App() {
  const webgl = useExplorer((s) => s.modelStatus !== 'no-webgl');
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <div className="app">
      <TopBar drawerOpen={drawerOpen} onToggleDrawer={() => setDrawerOpen((o) => !o)} />
      <nav id="left-panel" className={`panel left-panel ${drawerOpen ? 'open' : ''}`} aria-label="Layers and structures" data-covers-stage>
        <LayerPanel />
        <StructureList />
      </nav>
      <main className="main-area">
        <div className="stage">
          {/* One bundle, not a lazy chunk: a second round trip before the 3D code would delay the first frame. */}
          {webgl ? <ExplorerCanvas /> : null}
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

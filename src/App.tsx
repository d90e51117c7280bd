// The screen: the canvas fills the window; panels sit at the edges and never cover its centre.
import { useState } from 'react';
import { ExplorerCanvas } from './scene/ExplorerCanvas';
import type { Startup } from './startup';
import { FailureBoundary } from './overlays/FailureBoundary';
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


export interface AppProps {
  /** What start-up made: the GL surface and the model (see startup.ts). */
  startup: Startup;
}

export function App({ startup }: AppProps) {
  const { surface, model } = startup;
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
          {surface && model ? (
            <FailureBoundary what="The 3D view" stillWorks="The structure list and the information panels still work.">
              <ExplorerCanvas surface={surface} model={model} />
            </FailureBoundary>
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

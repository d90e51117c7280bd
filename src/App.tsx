// The screen: the canvas fills the window; panels sit at the edges and never cover its centre. What they
// cover is measured and published for the scene (StageInsets). Layout per screen size: styles.css.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useExplorer } from './store/use-explorer';
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
import { StageInsets } from './overlays/StageInsets';
import { StructureList } from './overlays/StructureList';
import { TopBar } from './overlays/TopBar';
import { TourPanel } from './overlays/TourPanel';
import { QuizPanel } from './overlays/QuizPanel';
import { HandoutHost } from './overlays/HandoutHost';


export interface AppProps {
  /** What start-up made: the GL surface and the model (see startup.ts). */
  startup: Startup;
}

export function App({ startup }: AppProps) {
  const { surface, model } = startup;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  // The consultation view restyles the whole page (18 px text and up, styles.css), portals included.
  const consult = useExplorer((s) => s.consult);
  useEffect(() => {
    document.documentElement.classList.toggle('consult', consult);
  }, [consult]);
  // On narrow screens the left panel is a drawer: Escape closes it and gives the focus back to its button.
  const onDrawerKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'Escape' || !drawerOpen) return;
    setDrawerOpen(false);
    document.querySelector<HTMLElement>('[aria-controls="left-panel"]')?.focus();
  };
  return (
    <div className="app">
      <TopBar drawerOpen={drawerOpen} onToggleDrawer={() => setDrawerOpen((o) => !o)} />
      <nav
        id="left-panel"
        className={`panel left-panel ${drawerOpen ? 'open' : ''}`}
        aria-label="Layers and structures"
        data-covers-stage
        onKeyDown={onDrawerKey}
      >
        <LayerPanel />
        <StructureList />
      </nav>
      <main className="main-area">
        <div className="stage" ref={stage}>
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
      {/* Tour and quiz (issue 15): one at a time, at the edge of the stage. */}
      <TourPanel />
      <QuizPanel
        onOpenList={() => {
          setDrawerOpen(true);
          requestAnimationFrame(() => document.querySelector<HTMLElement>('#left-panel [role="treeitem"][tabindex="0"]')?.focus());
        }}
      />
      <HoverLabel />
      <SelectionAnnouncer />
      <StageInsets stage={stage} />
      <HandoutHost />
    </div>
  );
}

// The information panel: the selected structure's overlay, a cause, or the warning signs. Along the right
// edge on wide screens; on phones and portrait tablets a bottom sheet (use-bottom-sheet.ts) whose handle
// drags it between its heading and most of the screen.
import { useCallback, useEffect, useRef } from 'react';
import { disclaimer } from '../../content';
import { useExplorer } from '../store/use-explorer';
import { CauseIndex } from './CauseIndex';
import { CauseView } from './CauseView';
import { PainFindings } from './PainFindings';
import { StructureOverlay } from './StructureOverlay';
import { useBottomSheet } from './use-bottom-sheet';
import { useMediaQuery } from './use-media-query';
import { WarningSignsButton } from './WarningSignsButton';
import { WarningSignsPanel } from './WarningSignsPanel';
import { FailureBoundary } from './FailureBoundary';
import { failHereInTests } from '../fault-injection';

/** Where the panel is a bottom sheet; styles.css lays out `.right-panel.sheet` (and the drawer at this width). */
export const SHEET_QUERY = '(max-width: 960px) and (orientation: portrait)';

function Welcome() {
  const mode = useExplorer((s) => s.mode);
  return (
    <section className="panel-body" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Pain between the shoulder blades</h2>
      <p>
        Click a muscle or bone on the model, or pick one from the list, to see what it does and how it can cause
        pain between the shoulder blades.
      </p>
      <WarningSignsButton className="inline" />
      <CauseIndex mode={mode} />
      <p className="disclaimer">{disclaimer[mode]}</p>
    </section>
  );
}

/** What the panel shows now; inside the panel's error boundary. */
function PanelContent() {
  failHereInTests('info-panel');
  const panel = useExplorer((s) => s.panel);
  const selected = useExplorer((s) => s.selected);
  const mode = useExplorer((s) => s.mode);
  if (panel.kind === 'warnings') return <WarningSignsPanel mode={mode} />;
  if (panel.kind === 'cause') return <CauseView id={panel.id} mode={mode} />;
  if (panel.kind === 'pain') return <PainFindings mode={mode} />;
  return selected ? <StructureOverlay node={selected} mode={mode} /> : <Welcome />;
}

export function InfoPanel() {
  const panel = useExplorer((s) => s.panel);
  const selected = useExplorer((s) => s.selected);
  const mode = useExplorer((s) => s.mode);
  const tourStep = useExplorer((s) => s.tourStep);
  const isSheet = useMediaQuery(SHEET_QUERY);
  const handle = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const contentKey = `${panel.kind}:${panel.kind === 'cause' ? panel.id : ''}:${selected ?? ''}:${mode}`;
  const heading = useCallback(() => body.current?.querySelector<HTMLElement>('h2') ?? null, []);
  const topEdge = useCallback(() => document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0, []);
  const sheet = useBottomSheet(isSheet, handle, heading, topEdge, contentKey);
  const { snap, setSnap } = sheet;

  // Something else to read starts at its top; asked-for reading (warning signs, a cause) is never left folded away.
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [contentKey]);
  useEffect(() => {
    // During the tour its own panel is the reading; the sheet folds to its heading so the model stays in view.
    if (tourStep !== null) setSnap('peek');
    else if (panel.kind !== 'structure') setSnap((s) => (s === 'peek' ? 'default' : s));
  }, [panel, tourStep, setSnap]);

  const classes = ['panel', 'right-panel'];
  if (isSheet) classes.push('sheet', `sheet-${snap}`, ...(sheet.dragging ? ['dragging'] : []));
  return (
    <aside
      className={classes.join(' ')}
      aria-label="Information"
      data-covers-stage
      style={isSheet ? { height: sheet.height } : undefined}
    >
      {isSheet ? (
        <button
          ref={handle}
          type="button"
          className="sheet-handle"
          aria-label="Information panel"
          aria-expanded={snap !== 'peek'}
          aria-controls="info-body"
          {...sheet.handleProps}
        >
          <span className="grip" aria-hidden="true" />
        </button>
      ) : null}
      {/* Folded to the peek, what is below the heading is hidden (styles.css), so the focus cannot get lost in it. */}
      <div id="info-body" ref={body} className="panel-scroll">
        {/* A new panel gets a fresh boundary: after a failure, "Warning signs" or another structure just works. */}
        <FailureBoundary
          key={contentKey}
          what="This panel"
          stillWorks="The 3D view, the structure list and the warning signs still work."
          extra={<WarningSignsButton className="inline" />}
        >
          <PanelContent />
        </FailureBoundary>
      </div>
    </aside>
  );
}

// The right-hand panel: the selected structure's overlay, a cause, or the warning signs.
import { disclaimer } from '../../content';
import { useExplorer } from '../store/use-explorer';
import { CauseIndex } from './CauseIndex';
import { CauseView } from './CauseView';
import { StructureOverlay } from './StructureOverlay';
import { WarningSignsButton } from './WarningSignsButton';
import { WarningSignsPanel } from './WarningSignsPanel';
import { FailureBoundary } from './FailureBoundary';
import { failHereInTests } from '../fault-injection';

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

function PanelContent() {
  failHereInTests('info-panel');
  const panel = useExplorer((s) => s.panel);
  const selected = useExplorer((s) => s.selected);
  const mode = useExplorer((s) => s.mode);
  if (panel.kind === 'warnings') return <WarningSignsPanel mode={mode} />;
  if (panel.kind === 'cause') return <CauseView id={panel.id} mode={mode} />;
  return selected ? <StructureOverlay node={selected} mode={mode} /> : <Welcome />;
}

export function InfoPanel() {
  // A new panel gets a fresh boundary: after a failure, "Warning signs" or another structure just works.
  const key = useExplorer((s) =>
    s.panel.kind === 'cause' ? `cause:${s.panel.id}` : s.panel.kind === 'warnings' ? 'warnings' : `structure:${s.selected ?? ''}`,
  );
  return (
    <aside className="panel right-panel" aria-label="Information" data-covers-stage>
      <FailureBoundary
        key={key}
        what="This panel"
        stillWorks="The 3D view, the structure list and the warning signs still work."
        className="panel-body"
        extra={<WarningSignsButton className="inline" />}
      >
        <PanelContent />
      </FailureBoundary>
    </aside>
  );
}

// The right-hand panel: the selected structure's overlay, a cause, or the warning signs.
import { disclaimer } from '../../content';
import { useExplorer } from '../store/use-explorer';
import { CauseIndex } from './CauseIndex';
import { CauseView } from './CauseView';
import { StructureOverlay } from './StructureOverlay';
import { WarningSignsButton } from './WarningSignsButton';
import { WarningSignsPanel } from './WarningSignsPanel';

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

export function InfoPanel() {
  const panel = useExplorer((s) => s.panel);
  const selected = useExplorer((s) => s.selected);
  const mode = useExplorer((s) => s.mode);
  return (
    <aside className="panel right-panel" aria-label="Information" data-covers-stage>
      {panel.kind === 'warnings' ? (
        <WarningSignsPanel mode={mode} />
      ) : panel.kind === 'cause' ? (
        <CauseView id={panel.id} mode={mode} />
      ) : selected ? (
        <StructureOverlay node={selected} mode={mode} />
      ) : (
        <Welcome />
      )}
    </aside>
  );
}

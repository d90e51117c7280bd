// One cause of pain between the shoulder blades: what it feels like, who gets it, what helps, when to
// see a doctor (with the clinic), and the structures it involves, each one click from the model.
// An emergency cause offers the emergency call first, before anything else that can be tapped; the clinic's
// line further down is labelled as the appointments line.
import { causeById, felt, structureById } from '../../content';
import { FeltElsewhere } from './FeltElsewhere';
import type { Mode } from '../../content/types';
import { nodeName, parseNodeName } from '../../contract';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { ClaimText } from './ClaimText';
import { ClinicContact } from './ClinicContact';
import { EmergencyCallLink } from './EmergencyCallLink';
import { SourceList } from './SourceList';
import { UrgencyBadge } from './UrgencyBadge';
import { WarningSignsButton } from './WarningSignsButton';

export interface CauseViewProps {
  id: string;
  mode: Mode;
}

export function CauseView({ id, mode }: CauseViewProps) {
  const selected = useExplorer((s) => s.selected);
  const painMap = useExplorer((s) => s.painMap);
  const cause = causeById(id);
  if (!cause) return null;
  const side = (selected && parseNodeName(selected)?.side) || 'left';
  const select = (structure: string, paired: boolean): void =>
    explorerStore.getState().select(nodeName(structure, paired ? (side === 'midline' ? 'left' : side) : 'midline'));

  const sections = [
    ['What it feels like', cause.feelsLike],
    ['Who it affects', cause.whoItAffects],
    ['Where', cause.regions],
    ['What helps', cause.whatHelps],
  ] as const;

  const emergency = cause.urgency === 'emergency';

  return (
    <section className="panel-body" aria-labelledby="cause-heading">
      {emergency ? (
        <p className="emergency-call">
          <EmergencyCallLink />
        </p>
      ) : null}
      <button type="button" className="back-button" onClick={() => (painMap ? explorerStore.getState().setPainMap(true) : explorerStore.getState().openStructurePanel())}>
        ← Back
      </button>
      <h2 id="cause-heading">{cause.name[mode]}</h2>
      <p className="subtitle">
        <UrgencyBadge urgency={cause.urgency} />
      </p>
      {emergency ? (
        <div className="emergency-callout" role="note">
          <WarningSignsButton className="inline" />
        </div>
      ) : (
        <WarningSignsButton className="inline" />
      )}
      {sections.map(([title, claim]) => (
        <div key={title}>
          <h3>{title}</h3>
          <ClaimText claim={claim} mode={mode} />
          {/* Where it is felt: painted on the back of the model, and named here where it reaches past it. */}
          {title === 'Where' ? <FeltElsewhere felt={felt[id]} mode={mode} /> : null}
        </div>
      ))}
      <h3>When to see a doctor</h3>
      <ClaimText claim={cause.whenToSeeDoctor} mode={mode} />
      <ClinicContact />
      <h3>Structures involved</h3>
      <ul className="chip-list">
        {cause.involves.map(({ structure }) => {
          const s = structureById(structure);
          if (!s) return null;
          return (
            <li key={structure}>
              <button type="button" className="chip" onClick={() => select(structure, s.paired)}>
                {s.name}
              </button>
            </li>
          );
        })}
      </ul>
      <SourceList
        claims={[cause.feelsLike, cause.whoItAffects, cause.regions, cause.whatHelps, cause.whenToSeeDoctor]}
        mode={mode}
      />
    </section>
  );
}

// The warning signs that are not muscular, in three tiers. The emergency tier comes first and names the
// action plainly, with the clinic country's emergency number as a tap-to-call link ("Call 911 now").
import { disclaimer, warningSigns, warningTiers } from '../../content';
import type { Mode } from '../../content/types';
import { explorerStore } from '../store/use-explorer';
import { ClaimText } from './ClaimText';
import { ClinicContact } from './ClinicContact';
import { EmergencyCallLink } from './EmergencyCallLink';
import { SourceList } from './SourceList';

export interface WarningSignsPanelProps {
  mode: Mode;
}

export function WarningSignsPanel({ mode }: WarningSignsPanelProps) {
  return (
    <section className="panel-body warnings" aria-labelledby="warnings-heading">
      <button type="button" className="back-button" onClick={() => explorerStore.getState().openStructurePanel()}>
        ← Back
      </button>
      <h2 id="warnings-heading">Warning signs</h2>
      {warningTiers.map((tier) => (
        <div key={tier.tier} className={`tier tier-${tier.tier}`}>
          <h3>{tier.title[mode]}</h3>
          <div className="tier-action">
            <ClaimText claim={tier.action} mode={mode} />
            {tier.tier === 'emergency' ? (
              <EmergencyCallLink />
            ) : (
              <ClinicContact />
            )}
          </div>
          <ul>
            {warningSigns
              .filter((w) => w.tier === tier.tier)
              .map((w) => (
                <li key={w.id}>{w.sign[mode]}</li>
              ))}
          </ul>
        </div>
      ))}
      <p className="disclaimer">{disclaimer[mode]}</p>
      <SourceList claims={[...warningTiers.map((t) => t.action), ...warningSigns.map((w) => w.sign)]} mode={mode} />
    </section>
  );
}

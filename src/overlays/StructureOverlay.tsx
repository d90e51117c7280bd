// The overlay of the selected structure: what it does, how it takes part in pain between the shoulder
// blades, the related causes, and (for clinicians, or on demand) the full anatomy with sources.
import { referral, structureById } from '../../content';
import type { Claim, Mode } from '../../content/types';
import { parseNodeName, LAYER_LABELS } from '../../contract';
import { ClaimText } from './ClaimText';
import { FeltElsewhere } from './FeltElsewhere';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { displayName } from './display-name';
import { RelatedCauses } from './RelatedCauses';
import { SourceList } from './SourceList';
import { StructureActions } from './StructureActions';
import { WarningSignsButton } from './WarningSignsButton';

export interface StructureOverlayProps {
  node: string;
  mode: Mode;
}

const ANATOMY_ROWS = [
  ['origin', 'Origin'],
  ['insertion', 'Insertion'],
  ['action', 'Action'],
  ['innervation', 'Nerve supply'],
  ['bloodSupply', 'Blood supply'],
] as const;

/** A muscle's trigger-point referral map: painted on the back on request, and named where it reaches past it. */
function ReferralMap({ structure, mode }: { structure: string; mode: Mode }) {
  const shown = useExplorer((s) => s.referralShown);
  const map = referral[structure];
  if (!map) return null;
  return (
    <div className="referral">
      <button type="button" aria-pressed={shown} onClick={() => explorerStore.getState().showReferral(!shown)}>
        {mode === 'patient' ? 'Show where its knots send pain' : 'Show its referral pattern'}
      </button>
      {shown ? <FeltElsewhere felt={map} mode={mode} /> : null}
    </div>
  );
}

export function StructureOverlay({ node, mode }: StructureOverlayProps) {
  const parsed = parseNodeName(node);
  const s = parsed ? structureById(parsed.structure) : undefined;
  if (!parsed || !s) return null;
  const anatomy = s.anatomy;
  const claims: Claim[] = [s.function, s.painRole, ...(anatomy ? Object.values(anatomy) : [])];

  return (
    <section className="panel-body" aria-labelledby="overlay-heading">
      <h2 id="overlay-heading">{displayName(node)}</h2>
      <p className="subtitle">
        {s.latin && mode === 'clinician' ? <i>{s.latin} · </i> : null}
        {LAYER_LABELS[s.layer]} layer{s.group ? ` · ${s.group}` : ''}
      </p>
      <WarningSignsButton className="inline" />
      <StructureActions node={node} />
      <h3>What it does</h3>
      <ClaimText claim={s.function} mode={mode} />
      <h3>How it can cause pain between the shoulder blades</h3>
      <ClaimText claim={s.painRole} mode={mode} />
      <ReferralMap structure={s.id} mode={mode} />
      <h3>Related causes</h3>
      <RelatedCauses structure={s.id} mode={mode} />
      {anatomy ? (
        <details className="anatomy" open={mode === 'clinician'}>
          <summary>Origin, insertion, action, nerve and blood supply</summary>
          <dl>
            {ANATOMY_ROWS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <ClaimText claim={anatomy[key]} mode={mode} as="dd" />
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <SourceList claims={claims} mode={mode} />
    </section>
  );
}

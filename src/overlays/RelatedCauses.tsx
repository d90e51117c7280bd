// Causes of pain between the shoulder blades that involve a structure: emergency ones first and marked,
// then the most relevant. Each opens its cause view.
import { causesForStructure } from '../../content';
import type { Mode } from '../../content/types';
import { explorerStore } from '../store/use-explorer';
import { UrgencyBadge } from './UrgencyBadge';

export interface RelatedCausesProps {
  structure: string;
  mode: Mode;
}

export function RelatedCauses({ structure, mode }: RelatedCausesProps) {
  const related = causesForStructure(structure);
  if (related.length === 0) return null;
  return (
    <ul className="cause-list">
      {related.map(({ cause, relevance }) => (
        <li key={cause.id} className={cause.urgency === 'emergency' ? 'cause-emergency' : undefined}>
          <button type="button" className="link-button" onClick={() => explorerStore.getState().openCause(cause.id)}>
            {cause.name[mode]}
          </button>
          {cause.urgency === 'emergency' || cause.urgency === 'same-day' ? <UrgencyBadge urgency={cause.urgency} /> : null}
          {relevance === 'secondary' ? <span className="muted"> · also consider</span> : null}
        </li>
      ))}
    </ul>
  );
}

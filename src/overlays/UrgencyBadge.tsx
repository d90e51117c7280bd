// How soon to act on a cause, in words first (colour is only a second cue). The words come from content, where
// "soon" means the same as the Tier C warning signs (content/emergency.ts).
import { urgencyLabels } from '../../content';
import type { Urgency } from '../../content/types';

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <span className={`badge badge-${urgency}`}>{urgencyLabels[urgency]}</span>;
}

// How soon to act on a cause, in words first (colour is only a second cue).
import type { Urgency } from '../../content/types';

const LABEL: Record<Urgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  soon: 'See a doctor soon',
  routine: 'Usually not urgent',
};

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <span className={`badge badge-${urgency}`}>{LABEL[urgency]}</span>;
}

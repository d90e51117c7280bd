// The tap-to-call link for the clinic country's emergency number ("Call 911 now"). Label and number come from
// content (content/emergency.ts, built from content/clinic.ts).
import { contactLabels } from '../../content';

export function EmergencyCallLink() {
  return (
    <a className="call-button" href={contactLabels.emergencyCall.href}>
      {contactLabels.emergencyCall.label}
    </a>
  );
}

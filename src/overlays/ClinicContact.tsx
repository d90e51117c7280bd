// The clinic that runs the app, shown wherever the app says "see a doctor". Comes from content/clinic.ts. The line
// is labelled as the appointments line, so that nobody calls it instead of the emergency number.
import { clinic, contactLabels } from '../../content';

export function ClinicContact() {
  return (
    <p className="clinic">
      <span>{clinic.name}</span>{' '}
      <a className="clinic-phone" href={`tel:${clinic.phoneE164}`} aria-describedby="clinic-line-note">
        {clinic.phone}
      </a>{' '}
      <span id="clinic-line-note" className="clinic-note">
        ({contactLabels.clinicLineNote})
      </span>
    </p>
  );
}

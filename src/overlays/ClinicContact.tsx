// The clinic that runs the app, shown wherever the app says "see a doctor". Comes from content/clinic.ts.
import { clinic } from '../../content';

export function ClinicContact() {
  return (
    <p className="clinic">
      <span>{clinic.name}</span>{' '}
      <a className="clinic-phone" href={`tel:${clinic.phoneE164}`}>
        {clinic.phone}
      </a>
    </p>
  );
}

// How the content tells people to call for help, built from the clinic file so that another clinic (or another
// country) changes only content/clinic.ts. The clinic's own emergency number is the one every "Call … now" and
// every tap-to-call emergency link uses; the list of common numbers is shown beside it for people from elsewhere.
// Numbers: 911 (US, Canada), 112 (the EU-wide number; also India's single emergency number), 999 (UK; 112 also
// works there), 000 (Australia), 111 (New Zealand).
import type { EmergencyNumber, Urgency } from './types';
import { clinic } from './clinic';

export const emergencyNumbers: EmergencyNumber[] = [
  { number: '911', where: 'the US and Canada' },
  { number: '112', where: 'the EU and India' },
  { number: '999', where: 'the UK' },
  { number: '000', where: 'Australia' },
  { number: '111', where: 'New Zealand' },
];

const n = clinic.emergencyNumber;

/** "Call 911 now": how an emergency instruction starts (tests/content/safety.test.ts looks for it). */
export const CALL_NOW = `Call ${n} now`;
/** The same words inside a sentence: "…: call 911 now." */
export const callNow = `call ${n} now`;

/** "911 in the US and Canada, 112 in …, and 111 in New Zealand." */
export const commonNumbers = ((): string => {
  const parts = emergencyNumbers.map((e) => `${e.number} in ${e.where}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
})();

/** Words and links the overlays show next to the texts. Kept here so that no component holds wording. */
export const contactLabels = {
  /** The tap-to-call emergency link. */
  emergencyCall: { label: CALL_NOW, href: `tel:${n}` },
  /** Shown with the clinic's phone line wherever it appears. */
  clinicLineNote: 'for appointments, not for emergencies',
  /**
   * What the page says if the whole app stops (an error no part of the screen could contain): even then
   * it must not leave someone with warning signs waiting.
   */
  appStopped: `Something went wrong and the app stopped. Please reload the page. If you have chest pain or pressure, shortness of breath, or feel faint, ${callNow}.`,
} as const;

/** What "soon" means, in both wordings: the Tier C title and action and the cause badge all say this. */
export const SOON = { patient: 'within two weeks', clinician: 'within 2 weeks' } as const;
/** When pain that is not settling with self-care needs a review: C1 and the muscle causes that point to it. */
export const NOT_SETTLING = { patient: 'two to four weeks', clinician: '2–4 weeks' } as const;

/**
 * Weakness or numbness in the limbs, the same in every text (A4, B6 and the causes that point to them). Sudden or
 * quickly worsening weakness or numbness in one or both arms or legs, any new leg symptoms, both arms, unsteady
 * walking or a bladder or bowel change: possible spinal cord compression, Tier A. One arm weakening slowly over days
 * or weeks (with neck pain) is more often a nerve root: Tier B, the same day (NICE NG234; B6).
 */
export const LIMBS = {
  /** Ends with an unconditional call. */
  patient: `Weakness or numbness in one or both arms or legs that comes on suddenly or gets worse fast is an emergency. So is new weakness, numbness or tingling in one or both legs, or in both arms. So is unsteady walking, or a change in your bladder or bowels. For any of these, ${callNow}.`,
  /** The same-day exception, for the causes where a single nerve root is the usual cause. */
  slowArm: 'If one arm slowly gets weaker over days or weeks, see a doctor the same day.',
  clinician:
    'Sudden or rapidly progressive weakness or sensory loss in any limb, any new leg weakness or sensory change, bilateral arm symptoms, gait disturbance or sphincter change: emergency (possible cord compression, Tier A). A single arm weakening gradually over days to weeks is more often radiculopathy: same-day assessment (Tier B).',
} as const;

/** How soon to act on a cause, as the badge says it (the same meaning as the warning-sign tiers). */
export const urgencyLabels: Record<Urgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  soon: `See a doctor ${SOON.patient}`,
  routine: 'Usually not urgent',
};

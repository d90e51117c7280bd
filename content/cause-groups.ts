// Titles of the cause groups, in the order a person should read them: the causes that must not be
// missed come first.
import type { CauseGroup } from './types';

export interface CauseGroupTitle {
  group: CauseGroup;
  title: { patient: string; clinician: string };
}

export const causeGroupList: CauseGroupTitle[] = [
  { group: 'visceral', title: { patient: 'From the heart, lungs and belly', clinician: 'Visceral and referred (do not miss)' } },
  { group: 'musculoskeletal', title: { patient: 'Muscles, joints and bones', clinician: 'Musculoskeletal' } },
  { group: 'neurological', title: { patient: 'Nerves', clinician: 'Neurological' } },
  { group: 'trauma', title: { patient: 'Injuries', clinician: 'Trauma' } },
  { group: 'other', title: { patient: 'Other causes', clinician: 'Other' } },
];

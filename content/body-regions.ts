// Names of the places past the model's back where pain can be felt (the 2D body chart draws them).
// Patient words are everyday words; clinician words are the anatomical regions.
import type { BodyRegion } from './types';

export const bodyRegions: BodyRegion[] = [
  { id: 'head', name: { patient: 'the back of your head', clinician: 'occipital region' } },
  { id: 'jaw', name: { patient: 'your jaw', clinician: 'mandible' } },
  { id: 'neck-front', name: { patient: 'the front of your neck or throat', clinician: 'anterior neck' } },
  { id: 'chest-middle', name: { patient: 'the middle of your chest', clinician: 'retrosternal / central chest' } },
  { id: 'chest-left', name: { patient: 'the left side of your chest', clinician: 'left anterior chest' } },
  { id: 'chest-right', name: { patient: 'the right side of your chest', clinician: 'right anterior chest' } },
  { id: 'ribs-front-left', name: { patient: 'your left ribs at the front', clinician: 'left anterolateral chest wall' } },
  { id: 'ribs-front-right', name: { patient: 'your right ribs at the front', clinician: 'right anterolateral chest wall' } },
  { id: 'upper-belly', name: { patient: 'the top of your belly', clinician: 'epigastrium' } },
  { id: 'right-upper-belly', name: { patient: 'the right side of your upper belly', clinician: 'right upper quadrant' } },
  { id: 'left-upper-belly', name: { patient: 'the left side of your upper belly', clinician: 'left upper quadrant' } },
  { id: 'lower-belly', name: { patient: 'your lower belly', clinician: 'lower abdomen' } },
  { id: 'groin', name: { patient: 'your groin', clinician: 'inguinal region' } },
  { id: 'shoulder-left', name: { patient: 'the top of your left shoulder', clinician: 'left shoulder tip' } },
  { id: 'shoulder-right', name: { patient: 'the top of your right shoulder', clinician: 'right shoulder tip' } },
  { id: 'arm-left', name: { patient: 'your left arm', clinician: 'left upper limb' } },
  { id: 'arm-right', name: { patient: 'your right arm', clinician: 'right upper limb' } },
  { id: 'hand-left', name: { patient: 'your left hand', clinician: 'left hand' } },
  { id: 'hand-right', name: { patient: 'your right hand', clinician: 'right hand' } },
  { id: 'leg-left', name: { patient: 'your left leg', clinician: 'left lower limb' } },
  { id: 'leg-right', name: { patient: 'your right leg', clinician: 'right lower limb' } },
];

// Trauma: TRA-01..03 (anatomy-facts.md §2.4), and TRA-04: the low-energy knock, split from major trauma (TRA-01)
// so that a bruise is not marked an emergency while the signs that make it one stay in the text (issue 12).
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, primary, secondary, tLevels, ribs } from '../claim';
import { callNow, CALL_NOW, NOT_SETTLING, SOON } from '../emergency';

const n = clinic.emergencyNumber;

export const trauma: Cause[] = [
  {
    id: 'TRA-01',
    group: 'trauma',
    name: { patient: 'Big injury from a bad fall, a crash or a hard hit', clinician: 'Major thoracic trauma: high-energy falls, road traffic collisions, sports collisions' },
    keywords: ['fall', 'accident', 'car crash', 'road accident', 'fall from height', 'major injury', 'broken rib', 'numbness after fall', 'tingling in arms after accident'],
    urgency: 'emergency',
    feelsLike: claim(
      `Bruising and muscle pain after a fall from a height, a crash or a hard hit at speed. A broken rib hurts in one spot and is worse when you breathe or cough. If a nerve or the spinal cord is hurt, you may have numbness, tingling or weakness in your arms or legs. A big injury is an emergency: ${callNow}.`,
      'Contusion and muscle strain; rib fracture (focal pain worse with breathing and cough, crepitus); scapular fracture (high energy); thoracic or thoracolumbar vertebral fracture; possible pneumothorax or haemothorax; aortic injury with high-speed deceleration. Numbness, paraesthesia or weakness in the arms or legs indicates nerve-root or cord involvement.',
      ['physiopedia-thoracic-red-flags', 'nice-ng39-major-trauma'],
    ),
    whoItAffects: claim(
      'Anyone after a big injury. That means a fall from higher than about 1 metre (3 feet), or down five or more stairs. It also means a road accident or a hard hit in sport. A small knock or a fall from standing is a different, milder injury.',
      'Any age after a dangerous mechanism: fall from more than 1 m (3 ft) or 5 stairs, road traffic collision, high-speed or heavy impact. Low-energy injuries are considered separately, with their own escalation features.',
      ['nice-ng41-spinal-injury', 'stiell-2001-canadian-c-spine'],
    ),
    regions: claim(
      'Your ribs, shoulder blade and spine, most often the middle ribs and where the middle back meets the low back.',
      'Ribs 2–10, scapular body, thoracic spine and the T11–L2 junction.',
      ['physiopedia-thoracic-red-flags'],
    ),
    involves: [
      ...primary(...ribs(1, 12), 'l1', 'l2'),
      ...secondary('scapula', 'clavicle', 'humerus', ...tLevels(1, 12), 'trapezius', 'rhomboid-major'),
    ],
    whatHelps: claim(
      `${CALL_NOW}. Keep still and wait for help. Do not move someone who may have hurt their neck or back unless they are in danger where they are.`,
      'Prehospital and emergency-department trauma assessment (primary survey, spinal motion restriction, imaging as indicated by NICE NG39 and NG41).',
      ['nice-ng39-major-trauma', 'nice-ng41-spinal-injury'],
    ),
    whenToSeeDoctor: claim(
      `${CALL_NOW} after a big injury like this. Do not drive yourself. After any injury, big or small, ${callNow} if you have numbness, tingling or weakness, trouble breathing, or you cough up blood.`,
      `Emergency: activate EMS (${n}) for a high-energy mechanism, and after any injury with dyspnoea, haemoptysis, midline spinal tenderness or neurological symptoms; imaging per NICE NG39/NG41 and the Canadian C-spine rule.`,
      ['nice-ng39-major-trauma', 'nice-ng41-spinal-injury', 'stiell-2001-canadian-c-spine'],
    ),
    warningSigns: ['A5'],
  },
  {
    id: 'TRA-02',
    group: 'trauma',
    name: { patient: 'Whiplash from a car crash', clinician: 'Whiplash-associated disorders' },
    keywords: ['whiplash', 'car accident', 'rear-ended', 'neck injury', 'neck and upper back pain after accident'],
    urgency: 'soon',
    feelsLike: claim(
      'Neck pain, often with pain between your shoulder blades, headache and stiffness, after your head was jolted. Some people have arm symptoms. It can start a day or two after the accident.',
      'Neck pain often with interscapular pain, headache and stiffness, sometimes arm symptoms; onset can be delayed 24–48 hours. Dorsal scapular nerve traction is one reported mechanism of medial-border pain.',
      ['quebec-task-force-1995', 'muir-2017'],
    ),
    whoItAffects: claim('People in car accidents, most often rear-end crashes, and in some sports.', 'Occupants in motor-vehicle collisions (especially rear-end) and some sports injuries.', [
      'quebec-task-force-1995',
    ]),
    regions: claim(
      'Your neck, the top of your shoulders and the upper part of the space between your shoulder blades.',
      'Upper trapezius, levator scapulae, rhomboids, splenius, cervical and upper thoracic facet joints.',
      ['quebec-task-force-1995'],
    ),
    involves: [
      ...primary('c7'),
      ...secondary('trapezius', 'levator-scapulae', 'rhomboid-major', 'rhomboid-minor', 'splenius-capitis', 'splenius-cervicis', ...tLevels(1, 3)),
    ],
    whatHelps: claim(
      'Stay as active as you can and keep your neck moving gently. Pain relief and a physical therapist can help. Most people get better.',
      'Reassurance, early return to normal activity and exercise, analgesia; avoid prolonged collars.',
      ['quebec-task-force-1995'],
    ),
    whenToSeeDoctor: claim(
      `Call ${n} now if you have numbness, tingling or weakness, or severe pain in the middle of your neck. Call ${n} now, too, if the crash was at high speed, the car rolled over, or you were thrown out. See a doctor the same day after a crash if you are 65 or older.`,
      `EMS (${n}) for neurological symptoms, midline cervical tenderness or a dangerous mechanism (high speed, rollover, ejection; A5, NICE NG41); same-day assessment at age 65 or older (Canadian C-spine rule); otherwise review ${SOON.clinician} if symptoms persist.`,
      ['stiell-2001-canadian-c-spine', 'nice-ng41-spinal-injury'],
    ),
    warningSigns: ['A5'],
  },
  {
    id: 'TRA-03',
    group: 'trauma',
    name: { patient: 'Sore ribs or muscles from too much sport', clinician: 'Repetitive-load injuries (rib stress fracture, rhomboid and trapezius overuse)' },
    keywords: ['rowing', 'swimming', 'golf', 'throwing', 'stress fracture', 'overuse', 'rib stress fracture'],
    urgency: 'soon',
    feelsLike: claim(
      'Pain that builds up with training. A small stress crack in a rib gives pain in one spot on the side or back of your chest. Overworked muscles between the shoulder blades ache after training.',
      'Activity-related pain; rib stress fractures give focal posterolateral rib pain; rhomboid and trapezius overuse gives medial-border ache after training.',
      ['mcdonnell-2011-rib-stress', 'travell-simons-1999'],
    ),
    whoItAffects: claim('Rowers most of all. Also golfers, swimmers and throwers. It often starts after a big jump in how hard you train.', 'Rowers especially; also golfers, swimmers and throwing athletes, often after a rise in training load.', [
      'mcdonnell-2011-rib-stress',
    ]),
    regions: claim('The middle ribs on the back and side of your chest, and the rhomboid muscles.', 'Ribs about 4–9 (posterolateral); rhomboids.', ['mcdonnell-2011-rib-stress']),
    involves: [...secondary(...ribs(4, 9), 'rhomboid-major', 'rhomboid-minor', 'trapezius')],
    whatHelps: claim(
      'Rest from the sport that caused it, then a slow return. A rib stress crack usually needs several weeks off training.',
      'Relative rest until deep breathing is pain-free, cross-training, then graded return; rib stress fractures commonly cost 4–6 weeks of training.',
      ['mcdonnell-2011-rib-stress'],
    ),
    whenToSeeDoctor: claim(`See a doctor ${SOON.patient} if the pain stays when you rest or wakes you at night.`, `Review ${SOON.clinician} for pain persisting at rest or at night; imaging for suspected stress fracture.`, [
      'mcdonnell-2011-rib-stress',
    ]),
    warningSigns: [],
  },
  {
    id: 'TRA-04',
    group: 'trauma',
    name: { patient: 'A knock or small fall onto the back', clinician: 'Minor (low-energy) blunt trauma to the back or chest wall' },
    keywords: ['bump', 'knock', 'bruise', 'bruised back', 'bruised rib', 'cracked rib', 'hit in the back', 'slipped and fell', 'fall from standing', 'minor fall', 'small fall'],
    urgency: 'routine',
    feelsLike: claim(
      'A sore, bruised spot after you bump into something, get hit, or slip and fall from standing. It hurts to press on it and to move. A bruised or cracked rib hurts more when you breathe in deeply, cough or laugh.',
      'Localised contusion or muscle strain after a low-energy mechanism (fall from standing height, minor collision or blow); focal rib tenderness with pain on inspiration or cough suggests rib contusion or fracture.',
      ['physiopedia-thoracic-red-flags', 'nice-ng41-spinal-injury'],
    ),
    whoItAffects: claim(
      'Anyone. But a small fall can do more harm in older people and in people with thin bones. The same goes for people who take steroid pills or blood thinners.',
      'Any age. Age 65 or over, osteoporosis, long-term glucocorticoid use and anticoagulation raise the risk of fracture or bleeding after low-energy trauma.',
      ['physiopedia-thoracic-red-flags', 'statpearls-vertebral-compression-fractures', 'nice-ng41-spinal-injury'],
    ),
    regions: claim(
      'The ribs, shoulder blade and muscles of your upper back, where you were hit.',
      'Site of impact: posterior ribs, scapula, periscapular and paraspinal muscles.',
      ['physiopedia-thoracic-red-flags'],
    ),
    involves: secondary(...ribs(1, 12), 'scapula', 'trapezius', 'rhomboid-major', 'rhomboid-minor', 'latissimus-dorsi'),
    whatHelps: claim(
      'Rest from what hurts for a day or two, then keep moving gently. A cold pack wrapped in a cloth can help at first. Ask a pharmacist which pain reliever is safe for you. With a sore rib, take a few slow, deep breaths every hour to keep your lungs clear.',
      'Simple analgesia, early mobilisation and local cold in the first days; with rib injury, analgesia adequate for deep breathing and coughing, and breathing exercises.',
      ['physiopedia-thoracic-red-flags'],
    ),
    whenToSeeDoctor: claim(
      `After any knock, ${callNow} if you become short of breath, cough up blood, feel faint, or get new weakness or numbness in your legs or arms. See a doctor the same day if you are 65 or older, have thin bones, or take steroid pills or blood thinners. Go the same day, too, if the pain stops you from breathing in deeply or coughing. Otherwise, see a doctor if it is no better after ${NOT_SETTLING.patient}.`,
      `EMS (${n}) for dyspnoea, haemoptysis, syncope or any new neurological symptom (Tier A). Same-day assessment, with a low threshold for imaging, at age 65 or over, with osteoporosis, glucocorticoid use or anticoagulation (Tier B), or when pain prevents deep inspiration or an effective cough. Otherwise review if not improving by ${NOT_SETTLING.clinician}.`,
      ['nice-ng41-spinal-injury', 'physiopedia-thoracic-red-flags', 'statpearls-vertebral-compression-fractures'],
    ),
    warningSigns: ['A5', 'B2'],
  },
];

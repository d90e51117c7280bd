// Trauma: TRA-01..03 (anatomy-facts.md §2.4).
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, primary, secondary, tLevels, ribs } from '../claim';

const n = clinic.emergencyNumber;

export const trauma: Cause[] = [
  {
    id: 'TRA-01',
    group: 'trauma',
    name: { patient: 'Injury from a fall or accident', clinician: 'Thoracic trauma: falls, road accidents, sports collisions' },
    keywords: ['fall', 'accident', 'car crash', 'injury', 'broken rib', 'hit in the back', 'numbness after fall', 'tingling in arms after accident'],
    urgency: 'emergency',
    feelsLike: claim(
      'Bruising and muscle pain after a fall, crash or hard hit. A broken rib hurts in one spot and is worse when you breathe or cough. If a nerve or the spinal cord is hurt, you may have numbness, tingling or weakness in your arms or legs.',
      'Contusion and muscle strain; rib fracture (focal pain worse with breathing and cough, crepitus); scapular fracture (high energy); thoracic or thoracolumbar vertebral fracture; possible pneumothorax or haemothorax; aortic injury with high-speed deceleration. Numbness, paraesthesia or weakness in the arms or legs indicates nerve-root or cord involvement.',
      ['physiopedia-thoracic-red-flags'],
    ),
    whoItAffects: claim(
      'Anyone after a fall, road accident or sports collision. Older people, people on blood thinners and people with thin bones can be badly hurt by smaller falls.',
      'Any age after falls, road traffic collisions or sports impacts; age over 65, anticoagulation and osteoporosis lower the threshold for serious injury.',
      ['physiopedia-thoracic-red-flags'],
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
      'After a big injury, call for help and keep still. For a small bump with no warning signs, rest, cold packs at first and pain relief can help while it heals.',
      'Major mechanism: ATLS-style assessment with spinal precautions and imaging. Minor isolated soft-tissue injury without red flags: analgesia, early gentle movement, breathing exercises for rib injury.',
      ['physiopedia-thoracic-red-flags'],
    ),
    whenToSeeDoctor: claim(
      `Call ${n} after a big injury. Call too if you have numbness, tingling, weakness or trouble breathing after any injury. After a smaller fall, see a doctor the same day if you are over 65, take blood thinners or have thin bones.`,
      'Emergency imaging for high-energy mechanism, dyspnoea, midline spinal tenderness, neurological symptoms, age over 65, anticoagulation or osteoporosis.',
      ['physiopedia-thoracic-red-flags', 'stiell-2001-canadian-c-spine'],
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
      `Call ${n} now if you have numbness or weakness, or severe pain in the middle of your neck. See a doctor the same day after a crash if you are 65 or older or the crash was violent.`,
      'Imaging and urgent assessment for neurological deficit, midline cervical tenderness, age 65 or older or a dangerous mechanism (Canadian C-spine rule).',
      ['stiell-2001-canadian-c-spine'],
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
    whenToSeeDoctor: claim('See a doctor soon if the pain stays when you rest or wakes you at night.', 'Review pain persisting at rest or at night; imaging for suspected stress fracture.', [
      'mcdonnell-2011-rib-stress',
    ]),
    warningSigns: [],
  },
];

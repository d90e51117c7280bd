// The guided tour "Pain between the shoulder blades" (issue 15): plain data, one step per idea. Each step sets a
// view of the model (the layers shown, a structure selected, a cause or the warning signs open, optionally a
// camera) and says one thing in both wordings, with its sources like every claim. The ids are published in links
// (`tour=<id>`), so they never change once released. Checked by content/schema.ts (tourStep) and validate.ts
// (every layer, structure node and cause a step names exists).
import type { TourStep } from './types';
import { claim } from './claim';
import { callNow } from './emergency';

const ALL_LAYERS = ['skin', 'superficial', 'intermediate', 'intrinsic', 'skeleton'] as const;
const MUSCLES_AND_BONE = ['superficial', 'intermediate', 'intrinsic', 'skeleton'] as const;

export const tourTitle = 'Pain between the shoulder blades';

export const tour: TourStep[] = [
  {
    id: 'skin',
    title: { patient: 'The skin over your upper back', clinician: 'Skin and surface of the interscapular region' },
    text: claim(
      'Pain between your shoulder blades is common. It is felt in the skin, but it most often comes from the parts under it. We will peel the back one layer at a time, from the skin in to the bone.',
      'Interscapular pain is common and usually musculoskeletal, but the region also receives referred pain from the cervical spine and from thoracic and abdominal viscera. The tour dissects from the skin inwards: superficial, intermediate and intrinsic muscles, then bone.',
      ['murtagh', 'gray'],
    ),
    view: { layers: [...ALL_LAYERS] },
  },
  {
    id: 'superficial',
    title: { patient: 'The top layer of muscle', clinician: 'Superficial (extrinsic) back muscles' },
    text: claim(
      'Under the skin lies the trapezius. It is a big, flat muscle from your neck to the middle of your back. It lifts your shoulders and pulls your shoulder blades back. Its middle and lower parts lie right over the sore spot.',
      'Trapezius is the most superficial muscle: descending, transverse and ascending parts arising from the occiput, ligamentum nuchae and C7–T12 spinous processes. Its transverse and ascending fibres overlie the interscapular region; with latissimus dorsi it forms the superficial layer.',
      ['gray', 'kenhub', 'statpearls-trapezius'],
    ),
    view: { layers: [...MUSCLES_AND_BONE], select: 'trapezius.left' },
  },
  {
    id: 'interscapular-muscles',
    title: { patient: 'The muscles between the shoulder blades', clinician: 'Muscles of the interscapular region' },
    text: claim(
      'Lift the trapezius away and you see the rhomboids. They run from the spine to the inner edge of each shoulder blade. They squeeze your shoulder blades together and hold them steady when you reach or carry.',
      'Deep to trapezius, rhomboid major (T2–T5) and minor (C7–T1) pass inferolaterally to the medial border of the scapula. They retract and downwardly rotate the scapula and fix it against the thoracic wall; levator scapulae elevates its superior angle. Dorsal scapular nerve (C5).',
      ['gray', 'kenhub', 'statpearls-rhomboid'],
    ),
    view: { layers: [...MUSCLES_AND_BONE], hide: ['trapezius.left', 'trapezius.right'], select: 'rhomboid-major.left' },
  },
  {
    id: 'intermediate',
    title: { patient: 'A thin middle layer', clinician: 'Intermediate layer: serratus posterior' },
    text: claim(
      'Take away the top layer and you find two thin muscles on the ribs. The upper one lies under the rhomboids. They help a little with breathing. They are seldom the source of pain on their own.',
      'Serratus posterior superior (C7–T3 to ribs 2–5) and inferior (T11–L2 to ribs 9–12) form the intermediate layer, innervated by intercostal nerves. Traditionally respiratory, their role is probably proprioceptive rather than ventilatory.',
      ['gray', 'vilensky-2001', 'lecturio-intermediate-back'],
    ),
    view: { layers: ['intermediate', 'intrinsic', 'skeleton'], select: 'serratus-posterior-superior.left' },
  },
  {
    id: 'intrinsic',
    title: { patient: 'The deep muscles along the spine', clinician: 'Intrinsic (deep) back muscles' },
    text: claim(
      'Deeper still are long muscles that run beside the spine. They keep your back upright and help you bend back and twist. They can ache when they work for a long time.',
      'The intrinsic muscles — splenius, erector spinae (iliocostalis, longissimus, spinalis) and the transversospinales — are innervated segmentally by dorsal rami. They extend, laterally flex and rotate the spine and control posture.',
      ['gray', 'kenhub'],
    ),
    view: { layers: ['intrinsic', 'skeleton'], select: 'longissimus.left' },
  },
  {
    id: 'bone',
    title: { patient: 'The bones: spine, ribs and shoulder blades', clinician: 'Skeleton: thoracic spine, ribs and scapulae' },
    text: claim(
      'Under all the muscles are the bones. The spine bones of your upper back hold the ribs. The shoulder blades glide over the ribs. Joints between these bones can be sore too.',
      'The thoracic vertebrae articulate with the ribs at the costovertebral and costotransverse joints; the scapulae glide on the posterior chest wall. Zygapophyseal and costovertebral joints are recognised sources of interscapular pain.',
      ['gray', 'dreyfuss-1994', 'young-2008'],
    ),
    view: { layers: ['skeleton'], select: 't5' },
  },
  {
    id: 'strain-and-posture',
    title: { patient: 'Strain and posture', clinician: 'Strain, load and posture' },
    text: claim(
      'Most pain here comes from muscles and joints that are tired or strained. Sitting still for hours or carrying heavy loads may add to it. Studies find only weak links between posture and pain. No one way of sitting is right. It is not your fault, and moving often helps.',
      'Most interscapular pain is musculoskeletal and self-limiting. Sustained static loading and load carriage are proposed contributors, but the evidence that posture causes spinal pain is limited and inconsistent; avoid framing posture as blame. Variation of position and graded activity are reasonable advice.',
      ['slater-2019-posture', 'travell-simons-1999', 'murtagh'],
    ),
    view: { layers: [...MUSCLES_AND_BONE], cause: 'MSK-02' },
  },
  {
    id: 'nerve-roots',
    title: { patient: 'Pain sent from the neck', clinician: "Nerve roots and Cloward's areas" },
    text: claim(
      'A sore disc or a pinched nerve in your neck can be felt between your shoulder blades. The neck itself may hurt only a little. Each neck disc tends to send pain to its own spot along the shoulder blade.',
      "Cervical discogenic pain and C6–C8 radiculopathy refer to the interscapular region. Cloward (1959) mapped discogenic referral by level: anterocentral stimulation to the midline (about C7–T7), anterolateral to the ipsilateral scapular border — Cloward's areas.",
      ['cloward-1959', 'tanaka-2006', 'slipman-2005'],
    ),
    view: { layers: ['intrinsic', 'skeleton'], cause: 'NEU-02' },
  },
  {
    id: 'heart',
    title: { patient: 'Pain from the heart', clinician: 'Referred pain from the heart' },
    text: claim(
      `A heart attack can be felt between the shoulder blades. It can come with chest pressure, shortness of breath, a cold sweat or feeling sick. Women more often have these other signs, and some have no chest pain at all. Any of these signs means: ${callNow}. Do not drive yourself.`,
      'Myocardial ischaemia refers to the interscapular band (about T1–T6), arms, neck and jaw. Women more often present with associated symptoms, including interscapular pain, and without chest pain. Activate EMS immediately; chest-wall tenderness does not exclude ACS.',
      ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi', 'canto-2012-nrmi'],
    ),
    view: { layers: [...MUSCLES_AND_BONE], cause: 'VIS-01' },
  },
  {
    id: 'gall-bladder',
    title: { patient: 'Pain from the gall bladder', clinician: 'Referred pain from the gall bladder' },
    text: claim(
      'The gall bladder sits under your right ribs. When it hurts, the pain can spread to your right shoulder blade. It often comes after a fatty meal and lasts for hours.',
      'Biliary colic and acute cholecystitis refer to the right infrascapular region and right shoulder (phrenic and T7–T9 visceral afferents), often postprandial and lasting hours; fever, rigors or jaundice suggest cholecystitis or cholangitis.',
      ['statpearls-biliary-colic', 'aafp-2000-biliary'],
    ),
    view: { layers: ['skeleton'], cause: 'VIS-06' },
  },
  {
    id: 'aorta',
    title: { patient: 'Pain from the main artery', clinician: 'Referred pain from the aorta' },
    text: claim(
      `A tear in the main artery in front of the spine causes sudden, severe pain between the shoulder blades. It is at its worst from the very first moment. This is an emergency: ${callNow}.`,
      'Acute aortic dissection (especially type B) presents with abrupt, severe interscapular or back pain maximal at onset, sometimes migrating; syncope, pulse deficit or neurological signs may follow. Activate EMS immediately.',
      ['hagan-2000-irad', 'isselbacher-2022-aortic'],
    ),
    view: { layers: ['intrinsic', 'skeleton'], cause: 'VIS-02' },
  },
  {
    id: 'warning-signs',
    title: { patient: 'The warning signs', clinician: 'Red flags' },
    text: claim(
      `Most back pain is not an emergency. But some signs mean you need help at once. Chest pressure, shortness of breath, fainting, or new weakness in your legs: ${callNow}. The warning signs list tells you what to do for each one.`,
      'Screen every presentation for red flags: cardiorespiratory symptoms, tearing pain, fever, weight loss, cancer history, trauma and neurological deficit. Tier A features warrant immediate EMS activation.',
      ['finucane-2020-ifompt-red-flags', 'gulati-2021-chest-pain-guideline'],
    ),
    view: { layers: [...MUSCLES_AND_BONE], warnings: true },
  },
];

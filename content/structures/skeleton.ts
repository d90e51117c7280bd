// Bones: C7, the thoracic and lumbar vertebrae, the sacrum (midline), and the paired ribs, scapula, clavicle,
// humerus and hip bone. Levels are built by small typed functions, each level with a true, specific fact.
// Facts: anatomy-facts.md §1, §2 and §4 (Gray's; Ernst 2013 for spinous-process positions; Cooperstein/Haneline
// for the inferior angle; StatPearls and Spiegl 2022 for fracture sites; StatPearls for thoracic discs).
import type { Claim, Structure } from '../types';
import type { SourceId } from '../sources';
import { claim } from '../claim';
import { clinic } from '../clinic';
import { SOON } from '../emergency';

type Sources = readonly [SourceId, ...SourceId[]];
interface LevelFact {
  patient: string;
  clinician: string;
  sources: Sources;
}

/** Joins a shared sentence and a level's own fact into one claim (sources: both, deduplicated). */
function join(base: LevelFact, own: LevelFact): Claim {
  const sources = [...new Set([...base.sources, ...own.sources])] as unknown as [SourceId, ...SourceId[]];
  return claim(`${base.patient} ${own.patient}`, `${base.clinician} ${own.clinician}`, sources);
}

const ORDINAL = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
] as const;

// ---------------------------------------------------------------------------------------------------------
// Thoracic vertebrae

const thoracicBase: LevelFact = {
  patient: 'This is one of the twelve bones of your upper and middle back. Each of these bones holds a pair of ribs.',
  clinician: 'Thoracic vertebra: heart-shaped body, costal facets for the rib heads, and (T1–T10) transverse-process facets for the rib tubercles.',
  sources: ['gray'],
};
const thoracicPain: LevelFact = {
  patient:
    'Its small joints, the disc below it and the rib joints beside it can all cause pain in your back. Pain from inside the chest, such as from the heart, can also be felt at this level, so check the warning signs.',
  clinician:
    'Pain generators at each level: zygapophyseal joints, disc, costovertebral and costotransverse joints; visceral pain from structures sharing T1–L2 sympathetic afferents is also referred to the thoracic levels.',
  sources: ['dreyfuss-1994', 'young-2008', 'physiopedia-thoracic-red-flags'],
};

const thoracicFacts: Record<number, { fn: LevelFact; pain: LevelFact }> = {
  1: {
    fn: {
      patient: 'It is the top bone of your upper back. The head of your first rib joins this bone alone.',
      clinician: 'T1 carries a full facet for rib 1 and a demifacet for rib 2; its spinous process gives origin to rhomboid minor with C7.',
      sources: ['gray'],
    },
    pain: {
      patient: 'A growth at the very top of the lung can press on the nerves near this bone.',
      clinician: 'The C8–T1 roots and the lower trunk lie here; a Pancoast (superior sulcus) tumour at the lung apex can involve C8–T2.',
      sources: ['statpearls-pancoast'],
    },
  },
  2: {
    fn: {
      patient: 'The top inner corner of your shoulder blade sits at about this level.',
      clinician: 'The superior angle of the scapula lies at about T2 (second rib); rhomboid major arises from T2–T5.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Pain from the muscle that lifts your shoulder blade is often felt near here.',
      clinician: 'Levator scapulae referral concentrates at the superior angle, about the T2 level.',
      sources: ['travell-simons-1999'],
    },
  },
  3: {
    fn: {
      patient: 'The inner end of the bony ridge on your shoulder blade lines up with this bone.',
      clinician: 'The root of the scapular spine (trigonum spinae) lies at the level of the T3 spinous process; splenius cervicis begins here.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Neck disc problems can send pain to near this level.',
      clinician: 'Cloward described referral from the C4–C5 disc near the scapular spine and superior angle.',
      sources: ['cloward-1959'],
    },
  },
  4: {
    fn: {
      patient: 'This bone sits about a fifth of the way from the base of your neck to your low back.',
      clinician: 'Surface marking: T4 lies at about 21% of the C7–PSIS distance along the skin (Ernst 2013).',
      sources: ['ernst-2013'],
    },
    pain: {
      patient: 'Stiffness here, with pins and needles in both hands, has been called T4 syndrome. Its cause is not clear.',
      clinician: '"T4 syndrome": upper thoracic stiffness with glove-like arm paraesthesia, neck and scapular pain and headache; aetiology unclear.',
      sources: ['young-2008'],
    },
  },
  5: {
    fn: {
      patient: 'This is the lowest bone that the rhomboid major starts from.',
      clinician: 'T5 is the lowest origin of rhomboid major (T2–T5); the rib-5 slip of serratus posterior superior lies lateral to it.',
      sources: ['gray', 'radiopaedia'],
    },
    pain: {
      patient: 'The middle of the area between your shoulder blades is at about this level.',
      clinician: 'Mid-interscapular level; Cloward mapped C5–C6 disc referral to the middle of the medial scapular border.',
      sources: ['cloward-1959'],
    },
  },
  6: {
    fn: {
      patient: 'The normal forward curve of your upper back is deepest near this bone.',
      clinician: 'The apex of the normal thoracic kyphosis lies around T6–T7; splenius cervicis arises as low as T6.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Sore spots in a long back muscle near this level can send pain up the shoulder blade and around the chest.',
      clinician: 'Iliocostalis thoracis trigger points near T6 can refer up along the scapula and round the chest wall, imitating angina or pleurisy.',
      sources: ['travell-simons-1999'],
    },
  },
  7: {
    fn: {
      patient: 'The lower tip of your shoulder blade sits at about this level when your arms hang at your sides.',
      clinician:
        'Textbook level of the inferior angle of the scapula (arm at the side); standing radiographs put it at T8 on average. Latissimus dorsi arises from T7 downward. About 39% of the C7–PSIS distance (Ernst 2013).',
      sources: ['gray', 'cooperstein-haneline-inferior-angle', 'ernst-2013'],
    },
    pain: {
      patient: 'In older people with weak bones, this middle part of the back is the second most common place for a bone to crack.',
      clinician: 'The mid-thoracic spine (about T7–T8) is the second cluster of osteoporotic compression fractures after the thoracolumbar junction.',
      sources: ['spiegl-2022'],
    },
  },
  8: {
    fn: {
      patient: 'On X-rays of people standing, the lower tip of the shoulder blade is most often level with this bone.',
      clinician: 'Standing radiographic mean level of the inferior scapular angle (SD about one level); spinalis thoracis inserts as low as about T8.',
      sources: ['cooperstein-haneline-inferior-angle', 'gray'],
    },
    pain: {
      patient: 'Slipped discs in the middle back are rare. Most that do happen are below this level.',
      clinician: 'About three-quarters of thoracic disc herniations occur below T8.',
      sources: ['statpearls-thoracic-discogenic'],
    },
  },
  9: {
    fn: {
      patient: 'The ninth ribs join this bone. A deep muscle that runs up to the base of your neck starts from it.',
      clinician: 'T9 carries the upper demifacet for the head of rib 9 (the lower demifacet for rib 10 is often absent); semispinalis thoracis arises from the T6–T10 transverse processes.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Gallbladder pain can be felt on the right side of your back at about this level, under the shoulder blade.',
      clinician: 'Biliary pain refers to the right inferior scapular angle and the right T7–T9 paravertebral zone.',
      sources: ['statpearls-biliary-colic'],
    },
  },
  10: {
    fn: {
      patient: 'This bone sits a little past halfway from the base of your neck to your low back.',
      clinician: 'About 54% of the C7–PSIS distance (Ernst 2013); T10 usually has a single costal facet for rib 10.',
      sources: ['ernst-2013', 'gray'],
    },
    pain: {
      patient: 'Pain from the pancreas and some stomach ulcers can be felt in the middle of the back from about this level down.',
      clinician: 'Pancreatic pain bores through to the back at about T10–L2; posterior ulcers refer to about T6–T10.',
      sources: ['statpearls-acute-pancreatitis', 'murtagh'],
    },
  },
  11: {
    fn: {
      patient: 'Its rib is a floating rib. That rib joins only this bone and is not fixed at the front.',
      clinician: 'T11 carries a single full facet for rib 11 and no transverse-process facet; serratus posterior inferior and spinalis thoracis arise from T11 downward.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Where the middle back meets the low back is where weak bones most often crack. Slipped discs in the middle back are most common at the disc below this bone.',
      clinician: 'Most osteoporotic vertebral compression fractures occur at the thoracolumbar junction (T11–L2); T11–T12 is the commonest level for thoracic disc herniation.',
      sources: ['statpearls-vertebral-compression-fractures', 'spiegl-2022', 'statpearls-thoracic-discogenic'],
    },
  },
  12: {
    fn: {
      patient: 'This is the lowest bone of your upper and middle back. Its lower joints are shaped like those of the low back.',
      clinician: 'Transitional vertebra: thoracic-type superior and lumbar-type inferior articular processes; single facet for rib 12; lowest origin of trapezius.',
      sources: ['gray'],
    },
    pain: {
      patient: 'Breaks after falls and in weak bones are common here. Kidney pain is felt just below and to the side.',
      clinician: 'Part of the thoracolumbar fracture zone (T11–L2); renal pain is felt at the costovertebral angle below it.',
      sources: ['statpearls-vertebral-compression-fractures', 'eau-urological-infections'],
    },
  },
};

function thoracic(n: number): Structure {
  const facts = thoracicFacts[n];
  if (!facts) throw new Error(`no facts for T${n}`);
  return {
    id: `t${n}`,
    name: `T${n} vertebra`,
    latin: `Vertebra thoracica ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1]}`,
    kind: 'bone',
    layer: 'skeleton',
    paired: false,
    group: 'Thoracic vertebrae',
    layNames: ['backbone', 'spine', 'vertebra', `T${n}`, `${ORDINAL[n]} thoracic vertebra`, 'upper back bone', 'middle back bone'],
    function: join(thoracicBase, facts.fn),
    painRole: join(thoracicPain, facts.pain),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Lumbar vertebrae

const lumbarBase: LevelFact = {
  patient: 'This is one of the five large bones of your low back. They carry most of the weight of your upper body.',
  clinician: 'Lumbar vertebra: large kidney-shaped body, no costal facets, sagittally oriented facet joints.',
  sources: ['gray'],
};
const lumbarPain: LevelFact = {
  patient: 'It sits below the area between your shoulder blades. Pain here is low back pain.',
  clinician: 'Below the interscapular region; included in the differential only where thoracic causes extend to it.',
  sources: ['physiopedia-thoracic-red-flags'],
};
const lumbarFacts: Record<number, { fn: LevelFact; pain: LevelFact }> = {
  1: {
    fn: {
      patient: 'This is the top bone of your low back. In most adults the spinal cord ends near here.',
      clinician: 'L1 lies at about 71% of the C7–PSIS distance (Ernst 2013); the conus medullaris usually ends at L1–L2.',
      sources: ['ernst-2013', 'gray'],
    },
    pain: {
      patient: 'It is part of the zone where weak bones most often crack.',
      clinician: 'Within the T11–L2 thoracolumbar junction, the main site of osteoporotic compression fractures.',
      sources: ['statpearls-vertebral-compression-fractures'],
    },
  },
  2: {
    fn: {
      patient: 'A thin muscle that pulls down your lowest ribs starts as low as this bone.',
      clinician: 'Lowest origin of serratus posterior inferior (T11–L2) and of spinalis thoracis.',
      sources: ['gray'],
    },
    pain: {
      patient: 'It is the lower end of the zone where weak bones most often crack.',
      clinician: 'Lower limit of the T11–L2 fracture cluster; pancreatic pain can refer down to about L2.',
      sources: ['statpearls-vertebral-compression-fractures', 'statpearls-acute-pancreatitis'],
    },
  },
  3: {
    fn: {
      patient: 'Its side bumps are the longest of the low back. The hollow of your low back is deepest near here.',
      clinician: 'L3 has the longest transverse processes; the lumbar lordosis is deepest around L3–L4.',
      sources: ['gray'],
    },
    pain: {
      patient: 'It is not a source of pain between the shoulder blades.',
      clinician: 'Not an interscapular pain generator.',
      sources: ['physiopedia-thoracic-red-flags'],
    },
  },
  4: {
    fn: {
      patient: 'A line across the tops of your hip bones crosses the spine at about this bone.',
      clinician: 'The supracristal (Tuffier) line crosses at the L4 spinous process or L4–L5 interspace; about 86% of the C7–PSIS distance.',
      sources: ['gray', 'ernst-2013'],
    },
    pain: {
      patient: 'It is not a source of pain between the shoulder blades.',
      clinician: 'Not an interscapular pain generator.',
      sources: ['physiopedia-thoracic-red-flags'],
    },
  },
  5: {
    fn: {
      patient: 'This is the lowest bone of your low back. It sits on the wide bone at the base of your spine.',
      clinician: 'L5 has the largest body and forms the lumbosacral junction with S1; the common erector spinae tendon covers it.',
      sources: ['gray'],
    },
    pain: {
      patient: 'It is not a source of pain between the shoulder blades.',
      clinician: 'Not an interscapular pain generator.',
      sources: ['physiopedia-thoracic-red-flags'],
    },
  },
};

function lumbar(n: number): Structure {
  const facts = lumbarFacts[n];
  if (!facts) throw new Error(`no facts for L${n}`);
  return {
    id: `l${n}`,
    name: `L${n} vertebra`,
    latin: `Vertebra lumbalis ${['I', 'II', 'III', 'IV', 'V'][n - 1]}`,
    kind: 'bone',
    layer: 'skeleton',
    paired: false,
    group: 'Lumbar vertebrae',
    layNames: ['backbone', 'spine', 'vertebra', `L${n}`, 'low back bone', 'lower back'],
    function: join(lumbarBase, facts.fn),
    painRole: join(lumbarPain, facts.pain),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Ribs

const ribBase: LevelFact = {
  patient: 'Your ribs curve from your spine around to the front of your chest. They protect your heart and lungs and move when you breathe.',
  clinician: 'Typical rib: head articulating with the vertebral bodies (costovertebral joint), tubercle with the transverse process (costotransverse joint), then the angle and shaft.',
  sources: ['gray'],
};
const ribPain: LevelFact = {
  patient:
    `The joints where a rib meets your spine can get sore and give a sharp pain a few fingers from the middle of your back. It is often worse when you breathe in deeply, cough or twist. A cracked rib hurts in the same way. So can a problem in the lung. If pain on breathing comes with shortness of breath, a racing heart or coughing up blood, call ${clinic.emergencyNumber} now.`,
  clinician:
    'Costovertebral and costotransverse joint dysfunction gives sharp pain 3–5 cm from the midline, worse with deep inspiration, cough and rotation, and may wrap round the chest; rib fracture gives focal pain with breathing. Pleural causes (PE, pneumothorax, pneumonia) can present the same way.',
  sources: ['young-2008', 'benhamou-1993', 'physiopedia-thoracic-red-flags'],
};
const ribFacts: Record<number, LevelFact> = {
  1: {
    patient: 'This is your first rib. It is the shortest and flattest. The top of your lung sits just inside its curve. The nerves and blood vessels to your arm pass over it.',
    clinician: 'Shortest, broadest, flattest rib; articulates with T1 only; the subclavian vessels and lower brachial plexus cross it at the thoracic outlet, and the cervical pleura and lung apex lie within its curve.',
    sources: ['gray'],
  },
  2: {
    patient: 'The top corner of your shoulder blade lies over this rib. A thin muscle of the upper back ends in its first slip here.',
    clinician: 'The superior angle of the scapula overlies rib 2; serratus posterior superior inserts on ribs 2–5, lateral to their angles.',
    sources: ['gray', 'teachmeanatomy'],
  },
  3: {
    patient: 'This rib lies at about the level of the bony ridge on your shoulder blade.',
    clinician: 'Rib 3 lies near the level of the root of the scapular spine; iliocostalis cervicis arises from the angles of ribs 3–6.',
    sources: ['gray'],
  },
  4: {
    patient: 'Rowers can get small stress cracks in the middle ribs, from about this one down.',
    clinician: 'The middle ribs (about 4–9, posterolateral to anterolateral) are the usual sites of rib stress fractures in rowers; serratus posterior superior inserts on rib 4.',
    sources: ['mcdonnell-2011-rib-stress', 'teachmeanatomy'],
  },
  5: {
    patient: 'This is the lowest rib that the thin upper back muscle reaches.',
    clinician: 'Lowest insertion of serratus posterior superior (ribs 2–5).',
    sources: ['teachmeanatomy'],
  },
  6: {
    patient: 'A long back muscle that runs up beside your spine is anchored on the curve of this rib.',
    clinician: 'Iliocostalis attachments meet at the angle of rib 6: lumborum inserts up to about rib 6, thoracis inserts on ribs 1–6 and cervicis arises from ribs 3–6.',
    sources: ['gray', 'kenhub'],
  },
  7: {
    patient: 'This is the last rib that joins your breastbone on its own. The lower tip of your shoulder blade lies over it.',
    clinician: 'Rib 7 is the last true (vertebrosternal) rib; the inferior angle of the scapula overlies it at about the T7 level.',
    sources: ['gray'],
  },
  8: {
    patient: 'This is the first of the five lower ribs that do not join your breastbone on their own. The front ends of this rib and the next two join the rib above instead.',
    clinician: 'First of the false ribs (8–12). Ribs 8–10 are vertebrochondral: their costal cartilages join the cartilage above; ribs 11–12 are floating.',
    sources: ['gray'],
  },
  9: {
    patient: 'A thin lower back muscle and the top slips of the wide lats muscle attach near this rib.',
    clinician: 'Serratus posterior inferior inserts on ribs 9–12; latissimus dorsi takes slips from the lower three or four ribs.',
    sources: ['gray', 'orthobullets-latissimus'],
  },
  10: {
    patient: 'This is the lowest rib that still reaches the front of your chest, through the rib above it.',
    clinician: 'Last vertebrochondral rib (its cartilage joins the cartilage above; ribs 11–12 float); usually articulates with the T10 body alone; latissimus slips arise from the lower three or four ribs.',
    sources: ['gray', 'orthobullets-latissimus'],
  },
  11: {
    patient: 'This is a floating rib. Its front end is free. Your kidney lies just in front of it.',
    clinician: 'Floating (vertebral) rib with no costotransverse joint; the kidney and costovertebral angle lie in front of ribs 11–12.',
    sources: ['gray'],
  },
  12: {
    patient: 'This is your lowest rib, short and free at the front. Pain here is below the shoulder blades.',
    clinician: 'Floating rib, short and variable; attachment for serratus posterior inferior and latissimus dorsi; lies over the kidney.',
    sources: ['gray', 'orthobullets-latissimus'],
  },
};

function rib(n: number): Structure {
  const own = ribFacts[n];
  if (!own) throw new Error(`no facts for rib ${n}`);
  return {
    id: `rib-${n}`,
    name: `Rib ${n}`,
    latin: `Costa ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1]}`,
    kind: 'bone',
    layer: 'skeleton',
    paired: true,
    group: 'Ribs',
    layNames: ['rib', 'ribs', 'rib cage', `${ORDINAL[n]} rib`],
    function: join(ribBase, own),
    painRole: claim(ribPain.patient, ribPain.clinician, ribPain.sources),
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const skeleton: Structure[] = [
  {
    id: 'c7',
    name: 'C7 vertebra',
    latin: 'Vertebra prominens',
    kind: 'bone',
    layer: 'skeleton',
    paired: false,
    group: 'Cervical vertebrae',
    layNames: ['backbone', 'spine', 'bump at the base of the neck', 'neck bone', 'C7'],
    function: claim(
      'This is the lowest bone of your neck. Its bump is the one you can feel most easily at the base of your neck. Several upper back muscles start on it.',
      'Vertebra prominens, with the longest cervical spinous process and the usual first palpable landmark for counting thoracic levels; origin of trapezius, rhomboid minor, serratus posterior superior and splenius capitis.',
      ['gray'],
    ),
    painRole: claim(
      `Problems in the discs and joints of your lower neck can send pain down between your shoulder blades. A pinched nerve root here can also cause pain, tingling or weakness in your arm. Call ${clinic.emergencyNumber} now if weakness or numbness comes on suddenly or gets worse fast, or if both arms or a leg are affected.`,
      'C7–T1 facet joints refer to the suprascapular and mid-scapular region; C7 and C8 radiculopathy and cervical discogenic pain refer to the interscapular region (Cloward; Tanaka 2006).',
      ['fukui-1997', 'tanaka-2006', 'cloward-1959'],
    ),
  },
  ...range(1, 12).map(thoracic),
  ...range(1, 5).map(lumbar),
  {
    id: 'sacrum',
    name: 'Sacrum',
    latin: 'Os sacrum',
    kind: 'bone',
    layer: 'skeleton',
    paired: false,
    group: 'Pelvis',
    layNames: ['base of the spine', 'bottom of the back', 'flat bone at the base of the spine'],
    function: claim(
      'This wide, flat bone is made of five bones joined into one. It sits at the base of your spine between your hip bones. The long back muscles start from a thick tendon on it.',
      'Five fused sacral vertebrae articulating with the ilia at the sacroiliac joints; the PSIS lies at about S2. Gives origin to the common erector spinae tendon and multifidus, and to latissimus dorsi via the thoracolumbar fascia.',
      ['gray', 'ernst-2013'],
    ),
    painRole: claim(
      'It does not cause pain between the shoulder blades. But a long-term back condition called axial spondyloarthritis often starts in the joints beside it and can later reach the upper back.',
      'Not an interscapular pain generator; sacroiliitis is the typical early site of axial spondyloarthritis, which can later involve thoracic and costovertebral joints.',
      ['statpearls-ankylosing-spondylitis', 'sieper-2009-asas'],
    ),
  },
  ...range(1, 12).map(rib),
  {
    id: 'scapula',
    name: 'Scapula',
    latin: 'Scapula',
    kind: 'bone',
    layer: 'skeleton',
    paired: true,
    group: 'Shoulder girdle',
    layNames: ['shoulder blade', 'shoulder bone', 'wing bone', 'scapula'],
    function: claim(
      'This is your shoulder blade, a flat, triangle-shaped bone on the back of your ribs. It glides over your ribs as your arm moves. Many muscles hold it in place and move it.',
      'Flat triangular bone on the posterior thorax from about T2 (superior angle) to T7–T8 (inferior angle), about 15 cm long; the spine roots at T3. It glides on the thorax and gives attachment to trapezius, rhomboids, levator scapulae, latissimus dorsi (variable slip) and the rotator cuff.',
      ['gray', 'von-schroeder-2001', 'cooperstein-haneline-inferior-angle'],
    ),
    painRole: claim(
      `If your shoulder blade sits or moves in an odd way, the muscles around it can ache. Some people feel a grinding or snapping under it. A shoulder blade that sticks out in a new way needs a check ${SOON.patient}. Pain under the right shoulder blade can come from the gallbladder.`,
      'Scapular dyskinesis and scapulothoracic disorders (snapping scapula, bursitis at the superomedial or inferior angle) cause medial-border pain; new winging suggests long thoracic, accessory or dorsal scapular nerve injury. Referred pain: gallbladder to the right inferior angle; Pancoast tumour to the superior angle and medial border.',
      ['kibler-2013', 'ludewig-reynolds-2009', 'statpearls-biliary-colic', 'statpearls-pancoast'],
    ),
  },
  {
    id: 'clavicle',
    name: 'Clavicle',
    latin: 'Clavicula',
    kind: 'bone',
    layer: 'skeleton',
    paired: true,
    group: 'Shoulder girdle',
    layNames: ['collarbone', 'collar bone'],
    function: claim(
      'This is your collarbone. It is a long S-shaped bone that links your breastbone to your shoulder blade. It holds your shoulder out to the side.',
      'S-shaped strut (about 14–16 cm) between the sternoclavicular and acromioclavicular joints; the descending trapezius inserts on its lateral third.',
      ['gray'],
    ),
    painRole: claim(
      'The nerves and blood vessels to your arm pass under it, over the first rib. If they get squeezed there, you can have an ache in your neck and upper back with tingling in your arm.',
      'With the first rib it bounds the costoclavicular space of the thoracic outlet; compression there (thoracic outlet syndrome) gives neck, shoulder and upper back ache with ulnar-sided paraesthesia.',
      ['gray', 'povlsen-2018-tos'],
    ),
  },
  {
    id: 'humerus',
    name: 'Humerus',
    latin: 'Humerus',
    kind: 'bone',
    layer: 'skeleton',
    paired: true,
    group: 'Arm',
    layNames: ['upper arm bone', 'arm bone'],
    function: claim(
      'This is the bone of your upper arm. Its round top sits in the shoulder socket. The lats muscle pulls on it.',
      'Long bone of the arm; the head articulates with the glenoid; latissimus dorsi inserts in the floor of the intertubercular groove.',
      ['gray', 'orthobullets-latissimus'],
    ),
    painRole: claim(
      `It is not a source of pain between the shoulder blades. But pain spreading into the arm, with upper back pain, can be a sign of a pinched neck nerve or of a heart attack. If it comes with chest pressure, shortness of breath, sweating or feeling sick, call ${clinic.emergencyNumber} now.`,
      'Not an interscapular pain generator; arm radiation accompanies cervical radiculopathy (C6–C8) and acute coronary syndrome.',
      ['tanaka-2006', 'gulati-2021-chest-pain-guideline'],
    ),
  },
  {
    id: 'hip-bone',
    name: 'Hip bone',
    latin: 'Os coxae',
    kind: 'bone',
    layer: 'skeleton',
    paired: true,
    group: 'Pelvis',
    layNames: ['hip', 'pelvis', 'hip bone', 'top of the hip'],
    function: claim(
      'This is the big bone on each side of your pelvis. The wide lats muscle and the long back muscles start on its top edge.',
      'Os coxae (ilium, ischium, pubis); the posterior iliac crest gives origin to latissimus dorsi and the common erector spinae tendon; the crest tops lie at about L4.',
      ['gray'],
    ),
    painRole: claim(
      'It does not cause pain between the shoulder blades. Aching in both hips and shoulders in someone over fifty can be a sign of a condition called polymyalgia.',
      'Not an interscapular pain generator; bilateral shoulder- and hip-girdle aching with morning stiffness over age 50 suggests polymyalgia rheumatica.',
      ['eular-acr-2012-pmr'],
    ),
  },
];

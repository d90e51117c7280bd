// Deep (intrinsic, "true") back muscles: splenius, erector spinae columns, transversospinales and the small
// segmental muscles. All are supplied by dorsal rami. Facts: anatomy-facts.md §1.3–1.5.
import type { Structure } from '../types';
import { claim } from '../claim';
import { callNow } from '../emergency';

const SPLENIUS = 'Splenius';
const ERECTOR = 'Erector spinae';
const TRANSVERSOSPINALES = 'Transversospinales';
const SEGMENTAL = 'Segmental muscles';

/** Shared by the three erector spinae columns. */
const erectorBlood = claim(
  'Its blood comes from small branches of the arteries between your ribs and in your low back. In the neck, neck arteries supply it.',
  'Dorsal branches of the posterior intercostal, subcostal and lumbar arteries; in the neck, branches of the occipital, deep cervical and vertebral arteries.',
  ['gray', 'kenhub'],
);
const deepBlood = claim(
  'Its blood comes from small back branches of the arteries that run between your ribs. In the neck and low back, nearby arteries supply it.',
  'Dorsal branches of the posterior intercostal and lumbar arteries; in the neck, deep cervical, occipital and vertebral artery branches.',
  ['gray', 'kenhub'],
);

export const intrinsic: Structure[] = [
  {
    id: 'splenius-capitis',
    name: 'Splenius capitis',
    latin: 'Musculus splenius capitis',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: SPLENIUS,
    layNames: ['back of the neck muscle', 'neck strap muscle', 'head turner'],
    function: claim(
      'This strap-like muscle wraps from your upper back up to the back of your skull. It tips your head back. It turns your head to the same side.',
      'Bandage-like muscle from the ligamentum nuchae and upper thoracic spinous processes to the mastoid process, deep to trapezius, rhomboids and serratus posterior superior. Bilaterally it extends the head and neck; unilaterally it laterally flexes and rotates the head to the same side.',
      ['gray', 'kenhub'],
    ),
    painRole: claim(
      'Its pain mostly goes to the top of your head. It starts at the top of the space between your shoulder blades. Holding your head forward for a long time is thought to load it, but links between posture and pain are weak.',
      'Trigger points refer mainly to the vertex of the head; its upper thoracic origin sits at the top of the interscapular zone. Forward-head posture is said to load it, but evidence linking posture to pain is limited.',
      ['travell-simons-1999', 'slater-2019-posture'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the strong band down the back of your neck. It also starts on the bony bumps of your spine, from the base of your neck to the third bone of your upper back.',
        'Lower half of the ligamentum nuchae; spinous processes of C7–T3 (to T4 in some).',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the bony bump behind your ear and along the back of your skull.',
        'Mastoid process and the lateral third of the superior nuchal line, deep to sternocleidomastoid.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'Both sides together tip your head back. One side alone bends and turns your head toward that side.',
        'Bilateral: extension of the head and neck. Unilateral: lateral flexion and rotation of the head to the same side.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'Small back branches of the nerves in the middle of your neck make it work.',
        'Dorsal rami of the middle cervical nerves (about C2/C3–C4; sources differ).',
        ['gray', 'kenhub'],
      ),
      bloodSupply: claim(
        'Its blood comes mainly from an artery at the back of your head. Small neck arteries help.',
        'Muscular branches of the occipital artery (main); branches of the deep cervical and transverse cervical arteries.',
        ['gray', 'kenhub'],
      ),
    },
  },
  {
    id: 'splenius-cervicis',
    name: 'Splenius cervicis',
    latin: 'Musculus splenius cervicis',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: SPLENIUS,
    layNames: ['neck strap muscle', 'back of the neck muscle'],
    function: claim(
      'This strap muscle runs from the middle of your upper back up to the top of your neck. It bends your neck back. It turns it to the same side.',
      'Arises from the T3–T6 spinous processes, lateral and inferior to splenius capitis, and inserts on the upper cervical transverse processes. It extends the neck and rotates and laterally flexes it to the same side.',
      ['gray', 'kenhub'],
    ),
    painRole: claim(
      'It starts right between your shoulder blades. Sore spots in it can send pain up to your neck, the back of your head and behind your eye. It may play a part when neck pain and upper back pain come together.',
      'Its T3–T6 origin lies squarely in the interscapular region; trigger points can refer to the angle of the neck, the occiput and behind the eye, so combined neck and mid-back complaints in screen workers often involve it.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine from the third to the sixth upper back bone.',
        'Spinous processes of T3–T6.',
        ['gray', 'kenhub'],
      ),
      insertion: claim('It ends on the side bumps of the top two or three neck bones.', 'Posterior tubercles of the transverse processes of C1–C3 (C2–C3 in some).', [
        'gray',
        'kenhub',
      ]),
      action: claim(
        'It bends your neck back. It turns and tips your neck to the same side.',
        'Extension of the cervical spine; ipsilateral rotation and lateral flexion.',
        ['gray', 'kenhub'],
      ),
      innervation: claim('Small back branches of the nerves in your lower neck make it work.', 'Dorsal rami of the lower cervical nerves.', ['gray', 'kenhub']),
      bloodSupply: claim(
        'Its blood comes from small arteries at the back of your head and neck.',
        'Branches of the occipital, deep cervical and transverse cervical arteries.',
        ['gray', 'kenhub'],
      ),
    },
  },
  {
    id: 'iliocostalis',
    name: 'Iliocostalis',
    latin: 'Musculus iliocostalis',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: ERECTOR,
    layNames: ['back extensor', 'spinal muscle', 'long back muscle', 'paraspinal muscle'],
    function: claim(
      'This is the outer one of the three long muscles that run up each side of your spine. It runs over the curves of your ribs. It holds you upright, bends you back, and bends you to the side.',
      'Lateral column of the erector spinae, over the rib angles, in lumborum, thoracis and cervicis parts. Bilaterally it extends the vertebral column and brakes flexion eccentrically; unilaterally it flexes the trunk laterally. The lumbar part can depress the lower ribs.',
      ['gray', 'kenhub', 'teachmeanatomy'],
    ),
    painRole: claim(
      `When you strain your middle back, this muscle can tighten up. Sore spots in it near the middle of your back can send pain up along your shoulder blade and around to the side of your chest. That pain can feel like a heart or lung problem, so do not guess. New chest pain, pressure or tightness, or shortness of breath, means: ${callNow}.`,
      'Thoracic strain produces paraspinal spasm here. Iliocostalis thoracis trigger points near T6 can refer upward along the scapula and laterally round the chest wall, which can imitate angina or pleurisy; tenderness here does not exclude a visceral cause, and new chest pain, pressure or tightness or dyspnoea warrants EMS activation first. Iliocostalis cervicis relates to upper interscapular and neck-junction ache.',
      ['travell-simons-1999', 'gulati-2021-chest-pain-guideline'],
    ),
    anatomy: {
      origin: claim(
        'It starts from a thick tendon on the back of your pelvis and low spine. Higher parts start on the curves of your lower and middle ribs.',
        'Common erector spinae tendon (dorsal sacrum, posterior iliac crest, sacroiliac ligaments, spinous processes T11–L5). Thoracis: upper borders of the angles of ribs 7–12. Cervicis: angles of ribs 3–6.',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the curves of the ribs above, and its top part ends on the side bumps of your lower neck bones.',
        'Lumborum: angles of ribs about 5/6–12 (lumbar part: transverse processes L1–L4). Thoracis: angles of ribs 1–6 and the transverse process of C7. Cervicis: posterior tubercles of the transverse processes of C4–C6.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'Both sides together straighten your back and keep you from folding forward too fast. One side alone bends you to that side.',
        'Bilateral: extension of the vertebral column and eccentric control of flexion. Unilateral: lateral flexion. Lumborum can depress the lower ribs.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'Small back branches of the spinal nerves at each level make it work.',
        'Dorsal rami of the spinal nerves, mainly their lateral branches, segmentally.',
        ['gray', 'kenhub'],
      ),
      bloodSupply: erectorBlood,
    },
  },
  {
    id: 'longissimus',
    name: 'Longissimus',
    latin: 'Musculus longissimus',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: ERECTOR,
    layNames: ['back extensor', 'spinal muscle', 'long back muscle', 'paraspinal muscle'],
    function: claim(
      'This is the middle one of the three long muscles beside your spine, and the biggest. It holds you upright and bends your back and neck back. Its top part helps turn your head.',
      'Intermediate and largest column of the erector spinae, over the transverse processes, in thoracis, cervicis and capitis parts. It extends the vertebral column and head, brakes flexion and flexes laterally; longissimus capitis also turns the face to the same side.',
      ['gray', 'kenhub', 'teachmeanatomy'],
    ),
    painRole: claim(
      'Sore spots in this muscle mostly send pain down to your low back and buttock. Its neck part can add to aches where your neck meets your upper back. A strain of the middle back can also make it tight and sore.',
      'Trigger points in longissimus thoracis refer mainly caudally (low back, buttock), so its interscapular role is limited; the cervicis and capitis parts contribute to upper interscapular and neck ache, and the column takes part in paraspinal spasm after thoracic strain.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts from the thick tendon on the back of your pelvis and low spine. Its upper parts start on the side bumps of your upper back bones.',
        'Thoracis: common tendon, lumbar transverse and accessory processes. Cervicis: transverse processes of T1–T4/5. Capitis: transverse processes of T1–T4/5 and articular processes of C4–C7.',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the side bumps of your upper back and neck bones, on your ribs, and on the bony bump behind your ear.',
        'Thoracis: transverse processes of all thoracic vertebrae and the lower 9–10 ribs between tubercle and angle. Cervicis: posterior tubercles of the transverse processes of C2–C6. Capitis: posterior margin of the mastoid process.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'Both sides together straighten your back, neck and head. One side alone bends you to that side. The top part turns your face to the same side.',
        'Bilateral: extension of the vertebral column and head, eccentric control of flexion. Unilateral: lateral flexion; capitis rotates the face ipsilaterally.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'Small back branches of the spinal nerves at each level make it work.',
        'Dorsal rami of the spinal nerves, mainly their lateral branches, segmentally.',
        ['gray', 'kenhub'],
      ),
      bloodSupply: erectorBlood,
    },
  },
  {
    id: 'spinalis',
    name: 'Spinalis',
    latin: 'Musculus spinalis',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: ERECTOR,
    layNames: ['back extensor', 'spinal muscle', 'muscle beside the spine', 'paraspinal muscle'],
    function: claim(
      'This is the inner one of the three long muscles beside your spine. It hugs the bony bumps down the middle of your back. It straightens your back.',
      'Medial and smallest column of the erector spinae, running from spinous process to spinous process (thoracis; cervicis inconstant; capitis usually fused with semispinalis capitis). Its action is extension.',
      ['gray', 'kenhub', 'teachmeanatomy'],
    ),
    painRole: claim(
      'If you strain your middle back, this muscle can ache. You feel it in the middle of your back or just to one side.',
      'Contributes a local midline or paramedian ache with thoracic strain; no distinct referral pattern is described.',
      ['travell-simons-1999', 'murtagh'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine where the middle back meets the low back.',
        'Thoracis: spinous processes of T11–L2. Cervicis: lower ligamentum nuchae and the spinous process of C7 (with or without T1–T2).',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the bony bumps of your upper back bones, and in some people on the second neck bone.',
        'Thoracis: spinous processes of the upper thoracic vertebrae (about T1/T2–T8, variable). Cervicis: spinous process of C2 (with or without C3–C4), inconstant.',
        ['gray', 'kenhub'],
      ),
      action: claim('It straightens your back.', 'Extension of the vertebral column.', ['gray', 'kenhub']),
      innervation: claim('Small back branches of the spinal nerves at each level make it work.', 'Dorsal rami of the spinal nerves, segmentally.', [
        'gray',
        'kenhub',
      ]),
      bloodSupply: erectorBlood,
    },
  },
  {
    id: 'semispinalis',
    name: 'Semispinalis',
    latin: 'Musculus semispinalis',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: TRANSVERSOSPINALES,
    layNames: ['deep back muscle', 'deep neck muscle', 'spinal muscle'],
    function: claim(
      'This deep muscle runs at a slant from the side bumps of your back bones up to the middle bumps a few bones higher. Its top part is the main muscle that tips your head back. It also straightens your upper back and neck.',
      'Outermost transversospinalis, spanning 4–6 segments, in thoracis, cervicis and capitis parts. It extends the thoracic and cervical spine with weak contralateral rotation; semispinalis capitis is the main extensor of the head.',
      ['gray', 'kenhub'],
    ),
    painRole: claim(
      'It can add a deep ache to your upper back when the muscles that hold you up get tired. Its head part can cause a band of pain around your head.',
      'Semispinalis thoracis can contribute a deep paraspinal upper-back ache with extensor fatigue; semispinalis cervicis relates to the cervicothoracic junction; semispinalis capitis refers as a band round the head.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the side bumps of the bones of your upper and middle back, and of your lower neck.',
        'Thoracis: transverse processes of T6–T10. Cervicis: transverse processes of T1–T5/6. Capitis: transverse processes of C7/T1–T6 and articular processes of C4–C6.',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the middle bumps of bones four to six levels higher. Its top part ends on the back of your skull.',
        'Thoracis: spinous processes of C6–T4. Cervicis: spinous processes of C2–C5 (mainly C2). Capitis: occipital bone between the superior and inferior nuchal lines.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'It straightens your upper back and neck. It tips your head back. It gives a small turn to the other side.',
        'Extension of the thoracic and cervical spine and (capitis) the head; weak rotation to the opposite side.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'Small back branches of the spinal nerves make it work. Its head part also gets branches from a large nerve at the back of the head.',
        'Dorsal rami of the spinal nerves (medial branches); semispinalis capitis also receives branches of the greater occipital nerve.',
        ['gray', 'kenhub'],
      ),
      bloodSupply: deepBlood,
    },
  },
  {
    id: 'multifidus',
    name: 'Multifidus',
    latin: 'Musculus multifidus',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: TRANSVERSOSPINALES,
    layNames: ['deep back muscle', 'spine stabiliser', 'core back muscle'],
    function: claim(
      'This is a chain of short, deep muscles that runs the whole length of your spine. Each part spans two to four bones. They keep each bone steady as you move. They also help you straighten and twist.',
      'Middle layer of the transversospinales along the whole spine; each fascicle spans 2–4 (up to 5) segments. It is a segmental stabiliser that also extends the spine and rotates it to the opposite side.',
      ['gray', 'kenhub'],
    ),
    painRole: claim(
      'It can cause a deep ache on one side, right beside the middle of your back, at the level that is sore. This often goes with a sore joint between two back bones.',
      'Can produce local, deep, unilateral pain immediately beside the spinous processes at the affected level; often coexists with facet joint irritation (MSK-06).',
      ['travell-simons-1999', 'dreyfuss-1994'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the back of your pelvis, on the side bumps of your back bones, and on small bumps of your lower neck bones.',
        'Sacrum, posterior superior iliac spine, erector spinae aponeurosis, lumbar mammillary processes, thoracic transverse processes (T1–T12) and cervical articular processes (C4–C7).',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the middle bumps of the bones two to four levels above, as high as the second neck bone.',
        'Spinous processes 2–4 (up to 5) levels higher, as high as C2.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'It keeps each back bone steady. It helps straighten your back and turn it to the other side.',
        'Segmental stabilisation; extension; rotation to the opposite side.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'Each level is worked by a small back branch of the spinal nerve at that level.',
        'Medial branch of the dorsal ramus at each level (segmental).',
        ['gray', 'kenhub'],
      ),
      bloodSupply: deepBlood,
    },
  },
  {
    id: 'rotatores',
    name: 'Rotatores',
    latin: 'Musculi rotatores',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: TRANSVERSOSPINALES,
    layNames: ['deep back muscle', 'small spine muscles', 'rotator muscles of the spine'],
    function: claim(
      'These are the smallest, deepest muscles between your back bones. They are best formed in your upper and middle back. They are full of tiny sensors that tell your brain how your spine is placed. They help keep each bone steady.',
      'Deepest transversospinales, best developed in the thoracic spine, in brevis (one level) and longus (two levels) parts. Rich in muscle spindles: proprioception, segmental stabilisation and small rotations.',
      ['gray', 'kenhub'],
    ),
    painRole: claim(
      'They may cause deep tenderness at one level, in or just beside the middle of your back. There is little proof about this.',
      'Possible deep midline or paramedian tenderness at a single level; little specific evidence.',
      ['travell-simons-1999', 'gray'],
    ),
    anatomy: {
      origin: claim('Each starts on the side bump of a back bone.', 'Transverse process of each vertebra.', ['gray', 'kenhub']),
      insertion: claim(
        'Each ends on the back of the bone one or two levels above.',
        'Lamina and base of the spinous process one level (brevis) or two levels (longus) higher.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'They sense the position of your spine. They steady each bone. They make small twists.',
        'Proprioception, segmental stabilisation and small rotations.',
        ['gray', 'kenhub'],
      ),
      innervation: claim('Small back branches of the spinal nerves at each level make them work.', 'Medial branches of the dorsal rami.', [
        'gray',
        'kenhub',
      ]),
      bloodSupply: deepBlood,
    },
  },
  {
    id: 'levatores-costarum',
    name: 'Levatores costarum',
    latin: 'Musculi levatores costarum',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: SEGMENTAL,
    layNames: ['rib lifters', 'small rib muscles'],
    function: claim(
      'These are twelve small fan-shaped muscles on each side. Each runs from a side bump of a back bone to the rib below. They lift the ribs a little when you breathe in. They help bend and turn your upper back.',
      'Twelve pairs from the tips of the C7–T11 transverse processes to the rib below (breves), the lower ones also sending longi that skip a rib. They elevate the ribs (minor inspiratory help) and laterally flex and rotate the thoracic spine.',
      ['gray', 'anatomy-app-levatores-costarum'],
    ),
    painRole: claim(
      'They may add to pain where a rib joins the spine. There is little direct proof.',
      'Plausible contributor to costotransverse-region pain (MSK-07); direct evidence is scant.',
      ['anatomy-app-levatores-costarum', 'young-2008'],
    ),
    anatomy: {
      origin: claim(
        'Each starts on the tip of a side bump of a back bone, from the last neck bone down to the bone that holds your eleventh rib.',
        'Tips of the transverse processes of C7–T11.',
        ['gray', 'anatomy-app-levatores-costarum'],
      ),
      insertion: claim(
        'Each ends on the back of the rib below. Lower ones also reach the rib after that.',
        'Outer surface of the rib below between tubercle and angle (breves); the lower longi skip one rib.',
        ['gray', 'anatomy-app-levatores-costarum'],
      ),
      action: claim(
        'They lift your ribs a little when you breathe in. They help bend and turn your upper back.',
        'Elevate the ribs (minor inspiratory assistance); lateral flexion and rotation of the thoracic spine.',
        ['gray', 'anatomy-app-levatores-costarum'],
      ),
      innervation: claim(
        'Small back branches of the spinal nerves make them work. Older books named the nerves between the ribs instead.',
        'Lateral branches of the dorsal rami (C8–T11) in modern texts; older texts give the intercostal nerves.',
        ['gray', 'anatomy-app-levatores-costarum'],
      ),
      bloodSupply: claim(
        'Their blood comes from small back branches of the arteries that run between your ribs.',
        'Dorsal branches of the posterior intercostal arteries.',
        ['anatomy-app-levatores-costarum'],
      ),
    },
  },
  {
    id: 'interspinales',
    name: 'Interspinales',
    latin: 'Musculi interspinales',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: SEGMENTAL,
    layNames: ['small spine muscles', 'muscles between the spine bumps'],
    function: claim(
      'These tiny muscles join the middle bumps of two back bones next to each other. They help straighten and steady your spine. They are clear in your neck and low back. In the rib part of your spine, they are found only at the top and bottom.',
      'Short muscles between adjacent spinous processes, well formed in the cervical (C2–T1/T2) and lumbar regions; in the thoracic region usually only at T1–T3 and T11–L1. They contribute to extension, stabilisation and proprioception.',
      ['gray', 'anatomyzone'],
    ),
    painRole: claim(
      'They play only a small part. Pain in the middle of your back from a stiff spinal joint is possible, but there is little proof.',
      'Minor: midline pain with segmental dysfunction is possible but poorly evidenced.',
      ['gray', 'travell-simons-1999'],
    ),
    anatomy: {
      origin: claim('Each starts on the middle bump of the bone below.', 'Spinous process of the vertebra below.', ['gray', 'anatomyzone']),
      insertion: claim('Each ends on the middle bump of the bone above.', 'Spinous process of the vertebra above (adjacent pairs).', ['gray', 'anatomyzone']),
      action: claim(
        'They help straighten and steady your spine. They help sense its position.',
        'Extension, segmental stabilisation and proprioception.',
        ['gray', 'anatomyzone'],
      ),
      innervation: claim('Small back branches of the spinal nerves make them work.', 'Dorsal rami (medial branches) of the spinal nerves.', [
        'gray',
        'anatomyzone',
      ]),
      bloodSupply: deepBlood,
    },
  },
  {
    id: 'intertransversarii',
    name: 'Intertransversarii',
    latin: 'Musculi intertransversarii',
    kind: 'muscle',
    layer: 'intrinsic',
    paired: true,
    group: SEGMENTAL,
    layNames: ['small spine muscles', 'muscles between the side bumps'],
    function: claim(
      'These tiny muscles join the side bumps of two back bones next to each other. They help bend your spine to the side and keep it steady. They are found in your neck and low back. In the rib part of your spine, only the lowest levels have them.',
      'Short muscles between adjacent transverse processes: cervical (anterior and posterior slips) and lumbar (medial and lateral); in the thoracic region only at the lowest levels (about T10–L1). They laterally flex and stabilise the spine.',
      ['gray', 'doccheck-intertransversarii'],
    ),
    painRole: claim(
      'They are not known to cause pain between the shoulder blades.',
      'Minor; not a recognised source of interscapular pain.',
      ['gray', 'doccheck-intertransversarii'],
    ),
    anatomy: {
      origin: claim('Each starts on the side bump of the bone below.', 'Transverse process of the vertebra below.', ['gray', 'doccheck-intertransversarii']),
      insertion: claim('Each ends on the side bump of the bone above.', 'Transverse process of the vertebra above (adjacent pairs).', [
        'gray',
        'doccheck-intertransversarii',
      ]),
      action: claim('They help bend your spine to the side. They help keep it steady.', 'Lateral flexion and segmental stabilisation.', [
        'gray',
        'doccheck-intertransversarii',
      ]),
      innervation: claim(
        'Small branches of the spinal nerves make them work. Some slips get back branches and some get front branches.',
        'Posterior cervical and medial lumbar slips: dorsal rami. Anterior cervical and lateral lumbar slips: ventral rami.',
        ['gray', 'doccheck-intertransversarii'],
      ),
      bloodSupply: deepBlood,
    },
  },
];

// Where each cause is felt, and each muscle's trigger-point referral map (issue 14). Patches are bounded by
// landmarks (vertebral levels, the shoulder blade's borders and angles, distance from the midline), never by
// triangles, so a zone stays true on another model. Places past the back are named (content/body-regions.ts)
// and drawn on the 2D body chart. Every entry carries its sources.
//
// Reading a patch: top → bottom runs down the back (C2 highest, S1 lowest; scapula-top ≈ T2, scapula-spine ≈ T3,
// scapula-bottom ≈ T7); inner → outer runs from the spine out (midline, paraspinal ~3 cm, scapula-medial ~7 cm,
// scapula-middle ~11 cm, scapula-lateral ~16 cm, flank). `side: 'both'` is used both for pain that is truly on
// both sides and for one-sided pain that may be on either side (a comment says which).
import type { BackPatch, BodyRegionId, Felt } from './types';

/**
 * Cloward's areas (cloward-1959; NEU-02, anatomy-facts.md §2.2): pain from stimulating the front of a cervical
 * disc. Front-centre: midline, about C7–T7. Front-lateral, same side, by level: C3–C4 over the C7 spinous
 * process and the top of the shoulder; C4–C5 the scapular spine and superior angle; C5–C6 the middle of the
 * medial border; C6–C7 the region of the inferior angle. Exported so the tests can check each level.
 */
export const CLOWARD = {
  'front-centre': { side: 'both', top: 'C7', bottom: 'T7', inner: 'midline', outer: 'paraspinal' },
  'C3-C4': { side: 'both', top: 'C6', bottom: 'T1', inner: 'midline', outer: 'scapula-middle' },
  'C4-C5': { side: 'both', top: 'scapula-top', bottom: 'scapula-spine', inner: 'paraspinal', outer: 'scapula-middle' },
  'C5-C6': { side: 'both', top: 'T4', bottom: 'T5', inner: 'paraspinal', outer: 'scapula-medial' },
  'C6-C7': { side: 'both', top: 'T6', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' },
} as const satisfies Record<string, BackPatch>;

/** Visceral cardiac referral (VIS-01, VIS-12, VIS-16): the interscapular band about T1–T6 on both sides. */
const HEART_BACK: BackPatch = { side: 'both', top: 'T1', bottom: 'T6', inner: 'midline', outer: 'scapula-medial' };
const HEART_ELSEWHERE: BodyRegionId[] = ['chest-middle', 'arm-left', 'arm-right', 'neck-front', 'jaw', 'upper-belly'];
/** The upper (descending) trapezius ridge, from the base of the neck out toward the acromion. */
const TRAPEZIUS_RIDGE: BackPatch = { side: 'both', top: 'C6', bottom: 'T1', inner: 'paraspinal', outer: 'scapula-lateral' };
const SHOULDERS: BodyRegionId[] = ['shoulder-left', 'shoulder-right'];
const ARMS: BodyRegionId[] = ['arm-left', 'arm-right'];
const HANDS: BodyRegionId[] = ['hand-left', 'hand-right'];
const FRONT_RIBS: BodyRegionId[] = ['ribs-front-left', 'ribs-front-right'];

export const felt: Record<string, Felt> = {
  // Musculoskeletal (MSK-01..16): muscles, joints and bones of the back, felt where they lie.
  'MSK-01': {
    back: [{ side: 'both', top: 'C7', bottom: 'T8', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['physiopedia-thoracic-red-flags', 'murtagh'],
  },
  'MSK-02': {
    // Janda's model: tight upper trapezius and levator (neck and top of the shoulders), stretched muscles between the blades.
    back: [
      { side: 'both', top: 'C5', bottom: 'T1', inner: 'paraspinal', outer: 'scapula-lateral' },
      { side: 'both', top: 'T1', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial' },
    ],
    elsewhere: [...SHOULDERS],
    sources: ['janda-crossed-syndromes', 'ludewig-reynolds-2009'],
  },
  'MSK-03': {
    // The muscles named in the claim; the spill patches are their referral zones (see `referral` below).
    back: [
      { side: 'both', top: 'T1', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C5', bottom: 'scapula-top', inner: 'paraspinal', outer: 'scapula-middle', weight: 'spill' },
      { side: 'both', top: 'scapula-top', bottom: 'T5', inner: 'scapula-medial', outer: 'scapula-lateral', weight: 'spill' },
      { side: 'both', top: 'T6', bottom: 'T9', inner: 'scapula-medial', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['travell-simons-1999', 'dommerholt-huijbregts-2011'],
  },
  'MSK-04': {
    back: [{ side: 'both', top: 'scapula-top', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  'MSK-05': {
    // The superior and inferior angles of the blade, often with shoulder pain.
    back: [
      { side: 'both', top: 'T1', bottom: 'scapula-spine', inner: 'scapula-medial', outer: 'scapula-middle' },
      { side: 'both', top: 'T6', bottom: 'T8', inner: 'scapula-medial', outer: 'scapula-middle' },
    ],
    elsewhere: [...SHOULDERS],
    sources: ['kibler-2013'],
  },
  'MSK-06': {
    // why: the joint strip is drawn one level below T8, since mid-thoracic joints refer about one level down (Dreyfuss);
    // the upper joints (C7–T1 to T2–T3) spill to the suprascapular area, superior angle and mid-scapula (Fukui).
    back: [
      { side: 'both', top: 'T1', bottom: 'T9', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'C7', bottom: 'T4', inner: 'paraspinal', outer: 'scapula-middle', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['dreyfuss-1994', 'fukui-1997'],
  },
  'MSK-07': {
    // 3–5 cm from the midline at ribs 2–10; may wrap round the chest along the rib (Benhamou: pseudovisceral).
    back: [
      { side: 'both', top: 'T2', bottom: 'T10', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'T3', bottom: 'T10', inner: 'scapula-medial', outer: 'flank', weight: 'spill' },
    ],
    elsewhere: [...FRONT_RIBS],
    sources: ['young-2008', 'benhamou-1993'],
  },
  'MSK-08': {
    // Mostly T8–T12: axial pain, or a band round the chest or belly from a pressed nerve root.
    back: [
      { side: 'both', top: 'T8', bottom: 'T12', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T8', bottom: 'T12', inner: 'paraspinal', outer: 'flank', weight: 'spill' },
    ],
    elsewhere: [...FRONT_RIBS],
    sources: ['statpearls-thoracic-discogenic', 'nhs-ggc-thoracic-radiculopathy'],
  },
  'MSK-09': {
    // why: midline over the broken bone; T10–L2 main because most fractures are at the thoracolumbar junction (Spiegl).
    back: [
      { side: 'both', top: 'T10', bottom: 'L2', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T6', bottom: 'T9', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['statpearls-vertebral-compression-fractures', 'spiegl-2022'],
  },
  'MSK-10': {
    // The curve may bend either way, so either side; the rib hump is the spill.
    back: [
      { side: 'both', top: 'T4', bottom: 'T12', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'T4', bottom: 'T10', inner: 'scapula-medial', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['statpearls-scoliosis'],
  },
  'MSK-11': {
    // Inflammatory pain of the sacroiliac joints (where it often starts) and the thoracic spine and rib joints.
    back: [
      { side: 'both', top: 'T1', bottom: 'T8', inner: 'midline', outer: 'scapula-medial' },
      { side: 'both', top: 'L5', bottom: 'S1', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'T9', bottom: 'T12', inner: 'midline', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [...FRONT_RIBS],
    sources: ['sieper-2009-asas', 'statpearls-ankylosing-spondylitis'],
  },
  'MSK-12': {
    // T2–T7 between the blades; T4 syndrome adds neck pain, headache and glove-like tingling in the arms and hands.
    back: [
      { side: 'both', top: 'T2', bottom: 'T7', inner: 'midline', outer: 'scapula-medial' },
      { side: 'both', top: 'C5', bottom: 'T1', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: ['head', ...ARMS, ...HANDS],
    sources: ['young-2008', 'murtagh'],
  },
  'MSK-13': {
    // why: apex drawn at T6–T9 (mid-thoracic, the common form); the lower form at the thoracolumbar junction is the spill.
    back: [
      { side: 'both', top: 'T6', bottom: 'T9', inner: 'midline', outer: 'scapula-medial' },
      { side: 'both', top: 'T10', bottom: 'L1', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['wenger-frick-1999', 'lonner-2007-scheuermann'],
  },
  'MSK-14': {
    // why: the bone forms on the front and right of the spine, but the stiffness and ache are felt at the back
    // in the midline; the sources give no side for the pain, so both.
    back: [
      { side: 'both', top: 'T1', bottom: 'T12', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'C5', bottom: 'C7', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
      { side: 'both', top: 'L1', bottom: 'L2', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['mader-2017-dish', 'resnick-1976-dish'],
  },
  'MSK-15': {
    // Fukui 1996 (patients): C4–C5 and C5–C6 → suprascapular region; C6–C7 → superior angle; C7–T1 → mid-scapular
    // region. One-sided, either side. Patient text: the base of the neck, the top of the shoulder, the top and middle of the blade.
    back: [
      { side: 'both', top: 'C4', bottom: 'C7', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'C7', bottom: 'scapula-top', inner: 'paraspinal', outer: 'scapula-lateral' },
      { side: 'both', top: 'T1', bottom: 'scapula-spine', inner: 'paraspinal', outer: 'scapula-middle' },
      { side: 'both', top: 'scapula-spine', bottom: 'T5', inner: 'paraspinal', outer: 'scapula-middle' },
    ],
    elsewhere: [...SHOULDERS],
    sources: ['fukui-1996', 'dwyer-1990'],
  },
  'MSK-16': {
    // Rib 6 most often, the side of the chest most often (Hanak); posterolateral breaks are felt on the back.
    back: [
      { side: 'both', top: 'T5', bottom: 'T8', inner: 'scapula-lateral', outer: 'flank' },
      { side: 'both', top: 'T4', bottom: 'T9', inner: 'scapula-middle', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: [...FRONT_RIBS],
    sources: ['hanak-2005-cough-rib-fractures'],
  },

  // Neurological (NEU-01..08): felt along the nerve, root or skin strip, not where the muscle is.
  'NEU-01': {
    // Tanaka 2006: interscapular → C7 or C8; over the scapula → C8; suprascapular → C5/C6 (spill: C6 is in scope).
    // One-sided, either side; then down the arm to the hand.
    back: [
      { side: 'both', top: 'C4', bottom: 'C7', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T1', bottom: 'T7', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'scapula-spine', bottom: 'scapula-bottom', inner: 'scapula-medial', outer: 'scapula-lateral' },
      { side: 'both', top: 'C7', bottom: 'scapula-top', inner: 'scapula-medial', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: [...ARMS, ...HANDS],
    sources: ['tanaka-2006', 'mizutamari-2010'],
  },
  'NEU-02': {
    // Cloward's areas, all levels (see CLOWARD above); front-lateral areas are on the side of the disc, either side.
    back: [CLOWARD['front-centre'], CLOWARD['C3-C4'], CLOWARD['C4-C5'], CLOWARD['C5-C6'], CLOWARD['C6-C7']],
    elsewhere: [...SHOULDERS],
    sources: ['cloward-1959'],
  },
  'NEU-03': {
    // Along the medial border, where the nerve runs under levator and the rhomboids; sometimes neck, shoulder, arm.
    back: [
      { side: 'both', top: 'scapula-top', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C4', bottom: 'T1', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [...SHOULDERS, ...ARMS],
    sources: ['muir-2017'],
  },
  'NEU-04': {
    // why: a one-sided band (either side, so both) from the midline round to the front; drawn at T4–T6, a typical
    // thoracic dermatome in this region (the claim: commonly T1–T7); the rash stops at the midline.
    back: [{ side: 'both', top: 'T4', bottom: 'T6', inner: 'midline', outer: 'flank' }],
    elsewhere: [...FRONT_RIBS],
    sources: ['msd-herpes-zoster'],
  },
  'NEU-05': {
    back: [{ side: 'both', top: 'T2', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['muir-2017'],
  },
  'NEU-06': {
    // why: a band along one rib (either side) from the spine round to the front; drawn mid-range (T6–T8) of the
    // roots the claim covers (T3–T12). Lower roots reach the belly.
    back: [{ side: 'both', top: 'T6', bottom: 'T8', inner: 'midline', outer: 'flank' }],
    elsewhere: [...FRONT_RIBS, 'upper-belly'],
    sources: ['nhs-ggc-thoracic-radiculopathy', 'aapmr-thoracic-radiculopathy'],
  },
  'NEU-07': {
    // Back or band pain at the level of the squeeze; the legs are where weakness and numbness are felt.
    back: [{ side: 'both', top: 'T1', bottom: 'T12', inner: 'midline', outer: 'paraspinal' }],
    elsewhere: ['leg-left', 'leg-right'],
    sources: ['nice-ng234'],
  },
  'NEU-08': {
    // Shoulder girdle, shoulder blade and upper arm; one side more often (the right), sometimes both.
    back: [
      { side: 'both', top: 'scapula-top', bottom: 'scapula-bottom', inner: 'scapula-medial', outer: 'scapula-lateral' },
      { side: 'both', top: 'C7', bottom: 'scapula-top', inner: 'scapula-medial', outer: 'scapula-lateral' },
    ],
    elsewhere: [...SHOULDERS, ...ARMS],
    sources: ['van-alfen-2011', 'van-eijk-2016'],
  },

  // Visceral (VIS-01..16): referred from an organ; the back patch is where it is felt, not where the organ is.
  'VIS-01': {
    back: [HEART_BACK],
    elsewhere: [...HEART_ELSEWHERE],
    sources: ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi'],
  },
  'VIS-02': {
    // why: main patch high between the blades; the spill runs down the back as the tear extends (IRAD). The aorta
    // lies left of the vertebral bodies, but the sources give no side for the pain, so the spill is midline.
    back: [
      { side: 'both', top: 'T1', bottom: 'T6', inner: 'midline', outer: 'scapula-medial' },
      { side: 'both', top: 'T7', bottom: 'L1', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: ['chest-middle', 'upper-belly'],
    sources: ['hagan-2000-irad', 'isselbacher-2022-aortic'],
  },
  'VIS-03': {
    // Pleuritic pain over the lung bases, ribs 5–10; usually one side, either side.
    back: [{ side: 'both', top: 'T5', bottom: 'T10', inner: 'paraspinal', outer: 'flank' }],
    elsewhere: ['chest-left', 'chest-right'],
    sources: ['esc-2019-pe'],
  },
  'VIS-04': {
    // The trapezius ridge on one or both sides (phrenic nerve); above, not between, the blades.
    back: [TRAPEZIUS_RIDGE],
    elsewhere: ['chest-middle', ...SHOULDERS],
    sources: ['rcem-pericarditis', 'esc-2015-pericardial'],
  },
  'VIS-05': {
    // Pleura under the posterior ribs; one side, either side.
    back: [{ side: 'both', top: 'T2', bottom: 'T10', inner: 'paraspinal', outer: 'flank' }],
    elsewhere: ['chest-left', 'chest-right'],
    sources: ['murtagh', 'bts-2023-pleural'],
  },
  'VIS-06': {
    // Right side only: under the right inferior angle and the right T7–T9 paravertebral zone.
    back: [
      { side: 'right', top: 'scapula-bottom', bottom: 'T10', inner: 'scapula-medial', outer: 'scapula-lateral' },
      { side: 'right', top: 'T7', bottom: 'T9', inner: 'paraspinal', outer: 'scapula-medial' },
    ],
    elsewhere: ['right-upper-belly', 'upper-belly', 'shoulder-right'],
    sources: ['aafp-2000-biliary', 'statpearls-biliary-colic'],
  },
  'VIS-07': {
    // why: the claim's midline and paramedian T10–L2; the band round to the sides is a spill because it is absent in many.
    back: [
      { side: 'both', top: 'T10', bottom: 'L2', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T10', bottom: 'L1', inner: 'paraspinal', outer: 'flank', weight: 'spill' },
    ],
    elsewhere: ['upper-belly'],
    sources: ['banks-2013-atlanta', 'statpearls-acute-pancreatitis'],
  },
  'VIS-08': {
    back: [{ side: 'both', top: 'T6', bottom: 'T10', inner: 'midline', outer: 'paraspinal' }],
    elsewhere: ['upper-belly'],
    sources: ['murtagh'],
  },
  'VIS-09': {
    // Behind the breastbone; sometimes in the midline of the back in front of T4–T10.
    back: [{ side: 'both', top: 'T4', bottom: 'T10', inner: 'midline', outer: 'paraspinal' }],
    elsewhere: ['chest-middle'],
    sources: ['murtagh'],
  },
  'VIS-10': {
    // Pancoast: the superior angle region over the lung apex, down the medial border, the shoulder, and the ulnar
    // side of the arm and hand (C8–T2). One side, either side.
    back: [
      { side: 'both', top: 'T1', bottom: 'scapula-spine', inner: 'paraspinal', outer: 'scapula-middle' },
      { side: 'both', top: 'scapula-spine', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [...SHOULDERS, ...ARMS, ...HANDS],
    sources: ['statpearls-pancoast', 'medbullets-pancoast'],
  },
  'VIS-11': {
    // Thoracic vertebrae most often (the claim); lumbar levels are involved less often.
    back: [
      { side: 'both', top: 'T1', bottom: 'T12', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'L1', bottom: 'L5', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['nice-ng234'],
  },
  'VIS-12': {
    back: [HEART_BACK],
    elsewhere: [...HEART_ELSEWHERE, ...SHOULDERS],
    sources: ['esc-2024-ccs', 'gulati-2021-chest-pain-guideline'],
  },
  'VIS-13': {
    // Posterior and lateral chest wall, one side (either); free fluid settles at the back of the lung base.
    back: [
      { side: 'both', top: 'T6', bottom: 'T11', inner: 'paraspinal', outer: 'flank' },
      { side: 'both', top: 'T2', bottom: 'T5', inner: 'scapula-medial', outer: 'flank', weight: 'spill' },
    ],
    elsewhere: ['chest-left', 'chest-right'],
    sources: ['bts-2023-pleural'],
  },
  'VIS-14': {
    // Descending aneurysm: between the blades and lower down the back; ascending: the front of the chest.
    back: [
      { side: 'both', top: 'T3', bottom: 'T7', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T8', bottom: 'T12', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: ['chest-middle'],
    sources: ['isselbacher-2022-aortic'],
  },
  'VIS-15': {
    // Chest first; the back (ACS-like) and the trapezius ridge (with pericarditis) are spills ("sometimes").
    back: [
      { ...HEART_BACK, weight: 'spill' },
      { ...TRAPEZIUS_RIDGE, weight: 'spill' },
    ],
    elsewhere: ['chest-middle', ...SHOULDERS, ...ARMS, 'neck-front', 'jaw'],
    sources: ['caforio-2013-myocarditis', 'esc-2015-pericardial'],
  },
  'VIS-16': {
    back: [HEART_BACK],
    elsewhere: [...HEART_ELSEWHERE],
    sources: ['hayes-2018-aha-scad', 'gulati-2021-chest-pain-guideline'],
  },

  // Trauma (TRA-01..04): felt where the force landed.
  'TRA-01': {
    // Spine (incl. the T11–L2 junction), ribs 2–10 and the scapular body.
    back: [
      { side: 'both', top: 'T1', bottom: 'L2', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'T2', bottom: 'T10', inner: 'paraspinal', outer: 'flank' },
    ],
    elsewhere: [...FRONT_RIBS, ...SHOULDERS],
    sources: ['physiopedia-thoracic-red-flags'],
  },
  'TRA-02': {
    // Neck, top of the shoulders, the upper part between the blades; headache is common.
    back: [
      { side: 'both', top: 'C2', bottom: 'C7', inner: 'midline', outer: 'paraspinal' },
      TRAPEZIUS_RIDGE,
      { side: 'both', top: 'T1', bottom: 'T4', inner: 'paraspinal', outer: 'scapula-medial' },
    ],
    elsewhere: ['head', ...SHOULDERS],
    sources: ['quebec-task-force-1995'],
  },
  'TRA-03': {
    // Rib stress fractures: posterolateral ribs 4–9; rhomboid overuse: along the medial border.
    back: [
      { side: 'both', top: 'T4', bottom: 'T9', inner: 'scapula-lateral', outer: 'flank' },
      { side: 'both', top: 'scapula-top', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial' },
    ],
    elsewhere: [],
    sources: ['mcdonnell-2011-rib-stress', 'travell-simons-1999'],
  },
  'TRA-04': {
    // why: felt at the site of the blow, which may be anywhere on the upper back; drawn as the whole posterior chest wall.
    back: [{ side: 'both', top: 'T1', bottom: 'T10', inner: 'paraspinal', outer: 'flank' }],
    elsewhere: [],
    sources: ['physiopedia-thoracic-red-flags'],
  },

  // Other (OTH-01..08): whole-body, organ and lifestyle causes.
  'OTH-01': {
    // Widespread pain (both sides, above and below the waist); historical tender points at the mid upper trapezius
    // and the supraspinatus origin above the scapular spine near the medial border.
    back: [
      TRAPEZIUS_RIDGE,
      { side: 'both', top: 'scapula-top', bottom: 'scapula-spine', inner: 'scapula-medial', outer: 'scapula-middle' },
    ],
    elsewhere: [...SHOULDERS, ...ARMS, 'leg-left', 'leg-right'],
    sources: ['acr-fibromyalgia-criteria'],
  },
  'OTH-02': {
    // Truly both sides: shoulder girdle and hip girdle.
    back: [{ side: 'both', top: 'C7', bottom: 'scapula-spine', inner: 'scapula-medial', outer: 'scapula-lateral' }],
    elsewhere: [...SHOULDERS, ...ARMS, 'leg-left', 'leg-right'],
    sources: ['eular-acr-2012-pmr'],
  },
  'OTH-03': {
    back: [{ side: 'both', top: 'T1', bottom: 'L5', inner: 'midline', outer: 'paraspinal' }],
    elsewhere: [],
    sources: ['idsa-2015-vertebral-osteomyelitis'],
  },
  'OTH-04': {
    // Upper trapezius and levator scapulae: the top of the shoulders and the sides of the neck.
    back: [{ side: 'both', top: 'C3', bottom: 'scapula-top', inner: 'paraspinal', outer: 'scapula-lateral' }],
    elsewhere: [...SHOULDERS],
    sources: ['travell-simons-1999'],
  },
  'OTH-05': {
    back: [
      TRAPEZIUS_RIDGE,
      { side: 'both', top: 'T1', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial' },
    ],
    elsewhere: [...SHOULDERS],
    sources: ['travell-simons-1999', 'slater-2019-posture'],
  },
  'OTH-06': {
    // Neck, shoulder and upper back ache; tingling down the arm, often the ulnar side of the hand.
    back: [
      TRAPEZIUS_RIDGE,
      { side: 'both', top: 'T1', bottom: 'T4', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: ['neck-front', ...SHOULDERS, ...ARMS, ...HANDS],
    sources: ['povlsen-2018-tos'],
  },
  'OTH-07': {
    // Flank and costovertebral angle, below the blades (one side, either); stones can spread to the groin.
    back: [{ side: 'both', top: 'T11', bottom: 'L1', inner: 'paraspinal', outer: 'flank' }],
    elsewhere: ['groin'],
    sources: ['eau-urological-infections', 'eau-urolithiasis'],
  },
  'OTH-08': {
    // Thoracic spine most often, then lumbar.
    back: [
      { side: 'both', top: 'T1', bottom: 'T12', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'L1', bottom: 'L5', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['garg-2011-spinal-tb'],
  },
};

// Trigger-point referral maps (Travell & Simons 1999; anatomy-facts.md §1.1–1.6). Each agrees with the muscle's
// painRole in content/structures. Referral maps rest on clinical observation ("can refer"); trigger points may be
// on either side, so every map is 'both'. Muscles with no described referral pattern (spinalis, rotatores,
// interspinales, intertransversarii, levatores costarum) have no entry.
export const referral: Record<string, Felt> = {
  trapezius: {
    // Middle and lower fibres: along and just medial to the medial border; upper fibres: neck, behind the ear and
    // temple (drawn as 'head'), and toward the acromion (the shoulder).
    back: [
      { side: 'both', top: 'scapula-top', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C2', bottom: 'C7', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C7', bottom: 'scapula-spine', inner: 'scapula-medial', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: ['head', ...SHOULDERS],
    sources: ['travell-simons-1999', 'dommerholt-huijbregts-2011'],
  },
  'latissimus-dorsi': {
    // Around the inferior angle and the adjacent mid-thoracic back; down the back of the arm to the ulnar hand.
    back: [
      { side: 'both', top: 'T6', bottom: 'T9', inner: 'scapula-medial', outer: 'scapula-lateral' },
      { side: 'both', top: 'T6', bottom: 'T9', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [...ARMS, ...HANDS],
    sources: ['travell-simons-1999'],
  },
  'rhomboid-major': {
    back: [{ side: 'both', top: 'T2', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  'rhomboid-minor': {
    // As rhomboid major, at the upper end of the medial border near the root of the scapular spine.
    back: [{ side: 'both', top: 'T1', bottom: 'scapula-spine', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  'levator-scapulae': {
    // Main: the angle of the neck down to the superior angle (about T2); spill: down the medial border and to the
    // back of the shoulder.
    back: [
      { side: 'both', top: 'C5', bottom: 'scapula-top', inner: 'paraspinal', outer: 'scapula-middle' },
      { side: 'both', top: 'scapula-top', bottom: 'T5', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
      { side: 'both', top: 'scapula-top', bottom: 'scapula-spine', inner: 'scapula-middle', outer: 'scapula-lateral', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  'serratus-posterior-superior': {
    // Deep under the upper part of the blade, to the back of the shoulder, the ulnar forearm and the little finger.
    back: [{ side: 'both', top: 'scapula-top', bottom: 'T5', inner: 'scapula-medial', outer: 'scapula-lateral' }],
    elsewhere: [...ARMS, ...HANDS],
    sources: ['travell-simons-1999'],
  },
  'serratus-posterior-inferior': {
    // A local ache over the lowest ribs at the thoracolumbar junction, below the interscapular region.
    back: [{ side: 'both', top: 'T9', bottom: 'T12', inner: 'paraspinal', outer: 'scapula-lateral' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  'splenius-capitis': {
    // Mainly the vertex of the head (the chart's 'head').
    back: [],
    elsewhere: ['head'],
    sources: ['travell-simons-1999'],
  },
  'splenius-cervicis': {
    // The angle of the neck, the occiput and behind the eye (the chart's 'head').
    back: [
      { side: 'both', top: 'C5', bottom: 'T1', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C2', bottom: 'C4', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: ['head'],
    sources: ['travell-simons-1999'],
  },
  iliocostalis: {
    // Thoracis (near T6): up along the medial border and round the chest wall; cervicis: the upper interscapular and
    // neck junction.
    back: [
      { side: 'both', top: 'scapula-spine', bottom: 'T7', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'T5', bottom: 'T8', inner: 'scapula-lateral', outer: 'flank', weight: 'spill' },
      { side: 'both', top: 'C7', bottom: 'T2', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  longissimus: {
    // Thoracis refers down to the low back and buttock (drawn to S1); cervicis and capitis to the upper
    // interscapular region and neck.
    back: [
      { side: 'both', top: 'L2', bottom: 'S1', inner: 'paraspinal', outer: 'scapula-medial' },
      { side: 'both', top: 'C4', bottom: 'T2', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' },
    ],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  multifidus: {
    // why: local, one-sided, right beside the spinous processes at the level of the trigger point; drawn along the
    // whole thoracic strip because the level varies.
    back: [{ side: 'both', top: 'T1', bottom: 'T12', inner: 'midline', outer: 'paraspinal' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
  semispinalis: {
    // Thoracis: a deep paraspinal upper-back ache; cervicis: the cervicothoracic junction; capitis: a band round the head.
    back: [
      { side: 'both', top: 'T1', bottom: 'T6', inner: 'midline', outer: 'paraspinal' },
      { side: 'both', top: 'C5', bottom: 'T1', inner: 'midline', outer: 'paraspinal', weight: 'spill' },
    ],
    elsewhere: ['head'],
    sources: ['travell-simons-1999'],
  },
};

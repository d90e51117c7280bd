// The project's own landmark data, transcribed from the shared reference sheet
// (anatomy-landmarks.json + anatomy-facts.md §4). Units: cm, landmark frame: origin at the C7 spinous tip,
// +x the patient's left, +y up, +z toward the back. Left side only; the right side is the mirror (x -> -x).
// Kept as typed data (not a runtime read of the reference) so the generator is self-contained and reviewable.

export type Vec3 = readonly [number, number, number];

export interface AttachmentEntry {
  readonly origin: readonly Vec3[];
  readonly insertion: readonly Vec3[];
  /** Erector spinae and semispinalis: build a column of this width along the track, not a loft. */
  readonly column?: { readonly widthCm: number };
}


/** Spinous-process tips C7..S2 (Table G1). */
export const SPINOUS_TIPS: Readonly<Record<string, Vec3>> = {
  C7: [0.0, 0.0, 0.0],
  T1: [0.0, -2.6, 0.6],
  T2: [0.0, -5.2, 1.2],
  T3: [0.0, -7.9, 1.7],
  T4: [0.0, -10.5, 2.2],
  T5: [0.0, -13.5, 2.6],
  T6: [0.0, -16.5, 2.9],
  T7: [0.0, -19.5, 3.0],
  T8: [0.0, -22.0, 2.9],
  T9: [0.0, -24.5, 2.6],
  T10: [0.0, -27.0, 2.1],
  T11: [0.0, -29.8, 1.5],
  T12: [0.0, -32.6, 0.9],
  L1: [0.0, -35.4, 0.2],
  L2: [0.0, -37.9, -0.6],
  L3: [0.0, -40.4, -1.2],
  L4: [0.0, -42.9, -1.2],
  L5: [0.0, -45.3, -0.6],
  S1: [0.0, -47.6, 0.4],
  S2: [0.0, -49.9, 1.5],
};

/** Vertebral body centres (x = 0). */
export const BODY_CENTRES: Readonly<Record<string, Vec3>> = {
  C7: [0.0, 1.0, -6.0],
  T1: [0.0, -1.1, -5.4],
  T2: [0.0, -3.7, -5.0],
  T3: [0.0, -6.1, -4.6],
  T4: [0.0, -8.5, -4.3],
  T5: [0.0, -11.1, -4.1],
  T6: [0.0, -14.0, -3.9],
  T7: [0.0, -17.0, -4.0],
  T8: [0.0, -19.5, -4.1],
  T9: [0.0, -22.1, -4.5],
  T10: [0.0, -25.0, -5.1],
  T11: [0.0, -28.3, -5.8],
  T12: [0.0, -31.6, -6.5],
  L1: [0.0, -35.0, -7.4],
  L2: [0.0, -37.6, -8.4],
  L3: [0.0, -40.1, -9.2],
  L4: [0.0, -42.6, -9.4],
  L5: [0.0, -45.0, -8.9],
};

/** Cervical spinous tips C1..C6 (Table G4) — helpers for the neck envelope; not output structures. */
export const CERVICAL_SPINOUS_TIPS: Readonly<Record<string, Vec3>> = {
  C6: [0.0, 2.0, -0.8],
  C5: [0.0, 3.8, -1.8],
  C4: [0.0, 5.5, -2.6],
  C3: [0.0, 7.1, -3.0],
  C2: [0.0, 8.9, -3.0],
  C1_post_tubercle: [0.0, 10.5, -3.8],
};

/** Transverse-process tips, left (Tables G1, G4). */
export const TP_TIPS: Readonly<Record<string, Vec3>> = {
  C1: [4.3, 10.6, -6.0],
  C2: [3.0, 9.0, -5.6],
  C3: [3.0, 7.3, -5.4],
  C4: [3.0, 5.6, -5.1],
  C5: [3.0, 3.9, -4.8],
  C6: [3.0, 2.2, -4.2],
  C7: [3.5, 0.7, -3.0],
  T1: [3.5, -1.4, -2.4],
  T2: [3.5, -4.0, -1.8],
  T3: [3.5, -6.4, -1.3],
  T4: [3.5, -8.8, -0.8],
  T5: [3.5, -11.4, -0.4],
  T6: [3.5, -14.3, -0.1],
  T7: [3.5, -17.3, 0.0],
  T8: [3.5, -19.8, -0.1],
  T9: [3.5, -22.4, -0.4],
  T10: [3.5, -25.3, -0.9],
  T11: [3.5, -28.6, -1.5],
  T12: [3.5, -31.9, -2.1],
  L1: [4.5, -35.3, -4.3],
  L2: [4.5, -37.9, -5.1],
  L3: [4.5, -40.4, -5.7],
  L4: [4.5, -42.9, -5.7],
  L5: [4.5, -45.3, -5.1],
};

/** Rib angles, left (Table G2), keyed by rib number. */
export const RIB_ANGLES: Readonly<Record<string, Vec3>> = {
  '1': [4.5, -2.1, -1.9],
  '2': [5.5, -4.7, -1.3],
  '3': [6.0, -7.4, -0.8],
  '4': [6.5, -10.0, -0.3],
  '5': [7.0, -13.0, 0.1],
  '6': [7.5, -16.0, 0.4],
  '7': [8.0, -19.0, 0.5],
  '8': [8.5, -21.5, 0.4],
  '9': [8.5, -24.0, 0.1],
  '10': [8.5, -26.5, -0.4],
  '11': [8.0, -29.3, -1.0],
  '12': [6.5, -32.1, -1.6],
};

/** Max half-width of the bony rib cage at each rib (Table G2). */
export const RIB_HALF_WIDTH: Readonly<Record<string, number>> = {
  '1': 6.0,
  '2': 9.0,
  '3': 11.0,
  '4': 12.3,
  '5': 13.0,
  '6': 13.6,
  '7': 14.0,
  '8': 14.2,
  '9': 14.1,
  '10': 13.6,
  '11': 12.0,
  '12': 8.5,
};

/** Scapular landmarks in the resting pose, left (Table G3). */
export const SCAPULA = {
  root_of_spine_TS: [7.0, -7.9, 0.5] as Vec3,
  superior_angle: [7.1, -4.9, -0.1] as Vec3,
  medial_border_T5: [7.7, -13.4, 1.1] as Vec3,
  inferior_angle: [8.6, -19.8, 1.7] as Vec3,
  spine_tubercle_lower_trap: [8.7, -7.7, -0.5] as Vec3,
  spine_mid: [13.0, -7.4, -3.1] as Vec3,
  acromial_angle: [17.9, -7.0, -5.9] as Vec3,
  glenoid_centre: [17.1, -9.7, -5.5] as Vec3,
  infraglenoid_tubercle: [16.3, -11.7, -4.5] as Vec3,
};

/** Single landmarks (Tables G3, G4), left side where paired. */
export const POINTS = {
  acromionLateralEdge: [19.8, -7.6, -7.3] as Vec3,
  acJoint: [16.5, -6.8, -6.2] as Vec3,
  scJoint: [2.5, -7.6, -12.0] as Vec3,
  jugularNotch: [0.0, -7.8, -12.5] as Vec3,
  xiphisternalJoint: [0.0, -23.8, -18.3] as Vec3,
  humeralHeadCentre: [19.4, -9.8, -6.8] as Vec3,
  inion: [0.0, 13.0, -2.0] as Vec3,
  mastoidTip: [5.3, 10.0, -7.5] as Vec3,
  psis: [4.5, -49.9, 0.5] as Vec3,
  iliacCrestHighest: [13.0, -45.0, -8.0] as Vec3,
};

/** Posterolateral points of ribs 10–12 used for latissimus slips (Table G4). */
export const RIB_LATERAL_POINTS: Readonly<Record<string, Vec3>> = {
  '10': [12.5, -30.5, -5.0],
  '11': [11.5, -33.0, -3.0],
  '12': [8.5, -35.0, -1.0],
};

/** The 75 attachment entries (Table G5 + per-level segmental muscles), keyed as in the reference. */
export const ATTACHMENTS: Readonly<Record<string, AttachmentEntry>> = {
  trapezius_upper: { origin: [[3.0, 12.6, -2.6], [0.0, 13.0, -2.0], [0.0, 10.0, -3.3], [0.0, 6.5, -3.3], [0.0, 3.0, -1.8]], insertion: [[11.8, -7.1, -8.1], [16.5, -6.8, -6.2], [19.8, -7.6, -7.3]] },
  trapezius_middle: { origin: [[0.0, 0.0, 0.0], [0.0, -2.6, 0.6], [0.0, -5.2, 1.2], [0.0, -7.9, 1.7], [0.0, -10.5, 2.2]], insertion: [[19.8, -7.6, -7.3], [17.9, -7.0, -5.9], [13.0, -7.4, -3.1]] },
  trapezius_lower: { origin: [[0.0, -10.5, 2.2], [0.0, -13.5, 2.6], [0.0, -16.5, 2.9], [0.0, -19.5, 3.0], [0.0, -22.0, 2.9], [0.0, -24.5, 2.6], [0.0, -27.0, 2.1], [0.0, -29.8, 1.5], [0.0, -32.6, 0.9]], insertion: [[8.7, -7.7, -0.5], [10.0, -7.6, -1.3]] },
  latissimus_dorsi: { origin: [[0.0, -19.5, 3.0], [0.0, -22.0, 2.9], [0.0, -24.5, 2.6], [0.0, -27.0, 2.1], [0.0, -29.8, 1.5], [0.0, -32.6, 0.9], [0.0, -35.4, 0.2], [0.0, -37.9, -0.6], [0.0, -40.4, -1.2], [0.0, -42.9, -1.2], [0.0, -45.3, -0.6], [0.0, -47.6, 0.4], [0.0, -49.9, 1.5], [7.5, -47.5, -1.0], [10.5, -45.5, -3.5], [8.5, -35.0, -1.0], [11.5, -33.0, -3.0], [12.5, -30.5, -5.0]], insertion: [[18.5, -15.0, -8.8], [18.5, -18.0, -8.8]] },
  rhomboid_minor: { origin: [[0.0, 2.0, -0.8], [0.0, 0.0, 0.0], [0.0, -2.6, 0.6]], insertion: [[7.0, -6.6, 0.2], [7.0, -7.9, 0.5]] },
  rhomboid_major: { origin: [[0.0, -5.2, 1.2], [0.0, -7.9, 1.7], [0.0, -10.5, 2.2], [0.0, -13.5, 2.6]], insertion: [[7.0, -7.9, 0.5], [7.4, -10.9, 0.8], [7.8, -13.9, 1.1], [8.2, -16.8, 1.4], [8.6, -19.8, 1.7]] },
  levator_scapulae: { origin: [[4.3, 10.6, -6.0], [3.0, 9.0, -5.6], [3.0, 7.3, -5.4], [3.0, 5.6, -5.1]], insertion: [[7.1, -4.9, -0.1], [7.0, -6.4, 0.2], [7.0, -7.9, 0.5]] },
  serratus_posterior_superior: { origin: [[0.0, 2.0, -0.8], [0.0, 0.0, 0.0], [0.0, -2.6, 0.6], [0.0, -5.2, 1.2], [0.0, -7.9, 1.7]], insertion: [[7.0, -4.4, -1.9], [7.5, -7.1, -1.4], [8.0, -9.7, -0.9], [8.5, -12.7, -0.5]] },
  serratus_posterior_inferior: { origin: [[0.0, -29.8, 1.5], [0.0, -32.6, 0.9], [0.0, -35.4, 0.2], [0.0, -37.9, -0.6]], insertion: [[10.0, -24.5, -0.5], [10.0, -27.0, -1.0], [9.5, -29.8, -1.6], [8.0, -32.6, -2.2]] },
  splenius_capitis: { origin: [[0.0, 6.5, -3.3], [0.0, 3.0, -1.8], [0.0, 0.0, 0.0], [0.0, -2.6, 0.6], [0.0, -5.2, 1.2], [0.0, -7.9, 1.7]], insertion: [[4.0, 12.2, -3.4], [6.0, 11.4, -5.0], [5.3, 10.0, -7.5]] },
  splenius_cervicis: { origin: [[0.0, -7.9, 1.7], [0.0, -10.5, 2.2], [0.0, -13.5, 2.6], [0.0, -16.5, 2.9]], insertion: [[3.0, 7.3, -5.4], [3.0, 9.0, -5.6], [4.3, 10.6, -6.0]] },
  iliocostalis_thoracis: { origin: [[6.5, -32.1, -1.6], [8.0, -29.3, -1.0], [8.5, -26.5, -0.4], [8.5, -24.0, 0.1], [8.5, -21.5, 0.4], [8.0, -19.0, 0.5]], insertion: [[7.5, -16.0, 0.4], [7.0, -13.0, 0.1], [6.5, -10.0, -0.3], [6.0, -7.4, -0.8], [5.5, -4.7, -1.3], [4.5, -2.1, -1.9], [3.5, 0.7, -3.0]], column: { widthCm: 2.0 } },
  iliocostalis_lumborum: { origin: [[4.5, -49.9, 0.5], [7.5, -47.5, -1.0], [0.0, -47.6, 0.4]], insertion: [[6.5, -32.1, -1.6], [8.0, -29.3, -1.0], [8.5, -26.5, -0.4], [8.5, -24.0, 0.1], [8.5, -21.5, 0.4], [8.0, -19.0, 0.5], [7.5, -16.0, 0.4]], column: { widthCm: 2.5 } },
  iliocostalis_cervicis: { origin: [[7.5, -16.0, 0.4], [7.0, -13.0, 0.1], [6.5, -10.0, -0.3], [6.0, -7.4, -0.8]], insertion: [[3.0, 2.2, -4.2], [3.0, 3.9, -4.8], [3.0, 5.6, -5.1]], column: { widthCm: 1.2 } },
  longissimus_thoracis: { origin: [[4.5, -49.9, 0.5], [0.0, -47.6, 0.4], [4.5, -35.3, -4.3], [4.5, -37.9, -5.1], [4.5, -40.4, -5.7], [4.5, -42.9, -5.7], [4.5, -45.3, -5.1]], insertion: [[3.5, -1.4, -2.4], [3.5, -4.0, -1.8], [3.5, -6.4, -1.3], [3.5, -8.8, -0.8], [3.5, -11.4, -0.4], [3.5, -14.3, -0.1], [3.5, -17.3, 0.0], [3.5, -19.8, -0.1], [3.5, -22.4, -0.4], [3.5, -25.3, -0.9], [3.5, -28.6, -1.5], [3.5, -31.9, -2.1], [4.5, -7.4, -1.1], [5.0, -10.0, -0.6], [5.5, -13.0, -0.2], [6.0, -16.0, 0.1], [6.5, -19.0, 0.2], [7.0, -21.5, 0.1], [7.0, -24.0, -0.2], [7.0, -26.5, -0.7], [6.5, -29.3, -1.3], [5.0, -32.1, -1.9]], column: { widthCm: 2.8 } },
  longissimus_cervicis: { origin: [[3.5, -1.4, -2.4], [3.5, -4.0, -1.8], [3.5, -6.4, -1.3], [3.5, -8.8, -0.8], [3.5, -11.4, -0.4]], insertion: [[3.0, 9.0, -5.6], [3.0, 7.3, -5.4], [3.0, 5.6, -5.1], [3.0, 3.9, -4.8], [3.0, 2.2, -4.2]], column: { widthCm: 1.5 } },
  longissimus_capitis: { origin: [[3.5, -1.4, -2.4], [3.5, -4.0, -1.8], [3.5, -6.4, -1.3], [3.5, -8.8, -0.8], [3.5, -11.4, -0.4], [3.0, 5.6, -5.1], [3.0, 3.9, -4.8], [3.0, 2.2, -4.2], [3.5, 0.7, -3.0]], insertion: [[5.3, 10.0, -7.5]], column: { widthCm: 1.2 } },
  spinalis_thoracis: { origin: [[1.2, -29.8, 0.5], [1.2, -32.6, -0.1], [1.2, -35.4, -0.8], [1.2, -37.9, -1.6]], insertion: [[1.2, -5.2, 0.2], [1.2, -7.9, 0.7], [1.2, -10.5, 1.2], [1.2, -13.5, 1.6], [1.2, -16.5, 1.9], [1.2, -19.5, 2.0], [1.2, -22.0, 1.9]], column: { widthCm: 1.2 } },
  semispinalis_thoracis: { origin: [[3.5, -14.3, -0.1], [3.5, -17.3, 0.0], [3.5, -19.8, -0.1], [3.5, -22.4, -0.4], [3.5, -25.3, -0.9]], insertion: [[0.0, 2.0, -0.8], [0.0, 0.0, 0.0], [0.0, -2.6, 0.6], [0.0, -5.2, 1.2], [0.0, -7.9, 1.7], [0.0, -10.5, 2.2]], column: { widthCm: 1.4 } },
  semispinalis_cervicis: { origin: [[3.5, -1.4, -2.4], [3.5, -4.0, -1.8], [3.5, -6.4, -1.3], [3.5, -8.8, -0.8], [3.5, -11.4, -0.4], [3.5, -14.3, -0.1]], insertion: [[0.0, 8.9, -3.0], [0.0, 7.1, -3.0], [0.0, 5.5, -2.6], [0.0, 3.8, -1.8]], column: { widthCm: 1.4 } },
  semispinalis_capitis: { origin: [[3.5, 0.7, -3.0], [3.5, -1.4, -2.4], [3.5, -4.0, -1.8], [3.5, -6.4, -1.3], [3.5, -8.8, -0.8], [3.5, -11.4, -0.4], [3.5, -14.3, -0.1], [3.0, 5.6, -5.1], [3.0, 3.9, -4.8], [3.0, 2.2, -4.2]], insertion: [[1.0, 12.0, -3.0], [3.0, 11.8, -3.6]], column: { widthCm: 2.0 } },
  multifidus_T3: { origin: [[3.5, -6.4, -1.3]], insertion: [[0.6, -2.6, -0.2], [0.6, 0.0, -0.8]] },
  multifidus_T4: { origin: [[3.5, -8.8, -0.8]], insertion: [[0.6, -5.2, 0.4], [0.6, -2.6, -0.2], [0.6, 0.0, -0.8]] },
  multifidus_T5: { origin: [[3.5, -11.4, -0.4]], insertion: [[0.6, -7.9, 0.9], [0.6, -5.2, 0.4], [0.6, -2.6, -0.2]] },
  multifidus_T6: { origin: [[3.5, -14.3, -0.1]], insertion: [[0.6, -10.5, 1.4], [0.6, -7.9, 0.9], [0.6, -5.2, 0.4]] },
  multifidus_T7: { origin: [[3.5, -17.3, 0.0]], insertion: [[0.6, -13.5, 1.8], [0.6, -10.5, 1.4], [0.6, -7.9, 0.9]] },
  multifidus_T8: { origin: [[3.5, -19.8, -0.1]], insertion: [[0.6, -16.5, 2.1], [0.6, -13.5, 1.8], [0.6, -10.5, 1.4]] },
  multifidus_T9: { origin: [[3.5, -22.4, -0.4]], insertion: [[0.6, -19.5, 2.2], [0.6, -16.5, 2.1], [0.6, -13.5, 1.8]] },
  multifidus_T10: { origin: [[3.5, -25.3, -0.9]], insertion: [[0.6, -22.0, 2.1], [0.6, -19.5, 2.2], [0.6, -16.5, 2.1]] },
  multifidus_T11: { origin: [[3.5, -28.6, -1.5]], insertion: [[0.6, -24.5, 1.8], [0.6, -22.0, 2.1], [0.6, -19.5, 2.2]] },
  multifidus_T12: { origin: [[3.5, -31.9, -2.1]], insertion: [[0.6, -27.0, 1.3], [0.6, -24.5, 1.8], [0.6, -22.0, 2.1]] },
  multifidus_L1: { origin: [[4.5, -35.3, -4.3]], insertion: [[0.6, -29.8, 0.7], [0.6, -27.0, 1.3], [0.6, -24.5, 1.8]] },
  multifidus_L2: { origin: [[4.5, -37.9, -5.1]], insertion: [[0.6, -32.6, 0.1], [0.6, -29.8, 0.7], [0.6, -27.0, 1.3]] },
  multifidus_L3: { origin: [[4.5, -40.4, -5.7]], insertion: [[0.6, -35.4, -0.6], [0.6, -32.6, 0.1], [0.6, -29.8, 0.7]] },
  multifidus_L4: { origin: [[4.5, -42.9, -5.7]], insertion: [[0.6, -37.9, -1.4], [0.6, -35.4, -0.6], [0.6, -32.6, 0.1]] },
  multifidus_L5: { origin: [[4.5, -45.3, -5.1]], insertion: [[0.6, -40.4, -2.0], [0.6, -37.9, -1.4], [0.6, -35.4, -0.6]] },
  rotatores_T2: { origin: [[3.5, -4.0, -1.8]], insertion: [[1.0, -2.6, -1.4], [1.0, 0.0, -2.0]] },
  rotatores_T3: { origin: [[3.5, -6.4, -1.3]], insertion: [[1.0, -5.2, -0.8], [1.0, -2.6, -1.4]] },
  rotatores_T4: { origin: [[3.5, -8.8, -0.8]], insertion: [[1.0, -7.9, -0.3], [1.0, -5.2, -0.8]] },
  rotatores_T5: { origin: [[3.5, -11.4, -0.4]], insertion: [[1.0, -10.5, 0.2], [1.0, -7.9, -0.3]] },
  rotatores_T6: { origin: [[3.5, -14.3, -0.1]], insertion: [[1.0, -13.5, 0.6], [1.0, -10.5, 0.2]] },
  rotatores_T7: { origin: [[3.5, -17.3, 0.0]], insertion: [[1.0, -16.5, 0.9], [1.0, -13.5, 0.6]] },
  rotatores_T8: { origin: [[3.5, -19.8, -0.1]], insertion: [[1.0, -19.5, 1.0], [1.0, -16.5, 0.9]] },
  rotatores_T9: { origin: [[3.5, -22.4, -0.4]], insertion: [[1.0, -22.0, 0.9], [1.0, -19.5, 1.0]] },
  rotatores_T10: { origin: [[3.5, -25.3, -0.9]], insertion: [[1.0, -24.5, 0.6], [1.0, -22.0, 0.9]] },
  rotatores_T11: { origin: [[3.5, -28.6, -1.5]], insertion: [[1.0, -27.0, 0.1], [1.0, -24.5, 0.6]] },
  rotatores_T12: { origin: [[3.5, -31.9, -2.1]], insertion: [[1.0, -29.8, -0.5], [1.0, -27.0, 0.1]] },
  levator_costae_C7: { origin: [[3.5, 0.7, -3.0]], insertion: [[4.0, -1.8, -2.1]] },
  levator_costae_T1: { origin: [[3.5, -1.4, -2.4]], insertion: [[4.5, -4.3, -1.6]] },
  levator_costae_T2: { origin: [[3.5, -4.0, -1.8]], insertion: [[4.8, -6.9, -1.1]] },
  levator_costae_T3: { origin: [[3.5, -6.4, -1.3]], insertion: [[5.0, -9.4, -0.6]] },
  levator_costae_T4: { origin: [[3.5, -8.8, -0.8]], insertion: [[5.2, -12.2, -0.2]] },
  levator_costae_T5: { origin: [[3.5, -11.4, -0.4]], insertion: [[5.5, -15.2, 0.2]] },
  levator_costae_T6: { origin: [[3.5, -14.3, -0.1]], insertion: [[5.8, -18.1, 0.2]] },
  levator_costae_T7: { origin: [[3.5, -17.3, 0.0]], insertion: [[6.0, -20.6, 0.2]] },
  levator_costae_T8: { origin: [[3.5, -19.8, -0.1]], insertion: [[6.0, -23.2, -0.2]] },
  levator_costae_T9: { origin: [[3.5, -22.4, -0.4]], insertion: [[6.0, -25.9, -0.7]] },
  levator_costae_T10: { origin: [[3.5, -25.3, -0.9]], insertion: [[5.8, -29.0, -1.2]] },
  levator_costae_T11: { origin: [[3.5, -28.6, -1.5]], insertion: [[5.0, -32.0, -1.9]] },
  interspinalis_C7_T1: { origin: [[0.0, -2.6, 0.6]], insertion: [[0.0, 0.0, 0.0]] },
  interspinalis_T1_T2: { origin: [[0.0, -5.2, 1.2]], insertion: [[0.0, -2.6, 0.6]] },
  interspinalis_T2_T3: { origin: [[0.0, -7.9, 1.7]], insertion: [[0.0, -5.2, 1.2]] },
  interspinalis_T11_T12: { origin: [[0.0, -32.6, 0.9]], insertion: [[0.0, -29.8, 1.5]] },
  interspinalis_T12_L1: { origin: [[0.0, -35.4, 0.2]], insertion: [[0.0, -32.6, 0.9]] },
  interspinalis_L1_L2: { origin: [[0.0, -37.9, -0.6]], insertion: [[0.0, -35.4, 0.2]] },
  interspinalis_L2_L3: { origin: [[0.0, -40.4, -1.2]], insertion: [[0.0, -37.9, -0.6]] },
  interspinalis_L3_L4: { origin: [[0.0, -42.9, -1.2]], insertion: [[0.0, -40.4, -1.2]] },
  interspinalis_L4_L5: { origin: [[0.0, -45.3, -0.6]], insertion: [[0.0, -42.9, -1.2]] },
  intertransversarius_T10_T11: { origin: [[3.5, -28.6, -1.5]], insertion: [[3.5, -25.3, -0.9]] },
  intertransversarius_T11_T12: { origin: [[3.5, -31.9, -2.1]], insertion: [[3.5, -28.6, -1.5]] },
  intertransversarius_T12_L1: { origin: [[4.5, -35.3, -4.3]], insertion: [[3.5, -31.9, -2.1]] },
  intertransversarius_L1_L2: { origin: [[4.5, -37.9, -5.1]], insertion: [[4.5, -35.3, -4.3]] },
  intertransversarius_L2_L3: { origin: [[4.5, -40.4, -5.7]], insertion: [[4.5, -37.9, -5.1]] },
  intertransversarius_L3_L4: { origin: [[4.5, -42.9, -5.7]], insertion: [[4.5, -40.4, -5.7]] },
  intertransversarius_L4_L5: { origin: [[4.5, -45.3, -5.1]], insertion: [[4.5, -42.9, -5.7]] },
};

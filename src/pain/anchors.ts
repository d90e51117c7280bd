// The landmarks pain zones are anchored to, in centimetres in the model frame (x: patient's left, y: up,
// origin at C7's spinous tip). They are measured from the model's own bones, so a zone follows the body
// the app draws; until a model is loaded (or without WebGL) the canonical values of our model apply.
import type { ZoneEdge, ZoneLevel } from '../../content/types';

export interface Anchors {
  /** Height (cm) of each vertical anchor. */
  levels: Record<ZoneLevel, number>;
  /** Distance from the midline (cm) of each horizontal anchor. */
  edges: Record<ZoneEdge, number>;
}

/** An axis-aligned box in metres, as three's Box3 gives it. */
export interface BoxLike {
  min: { x: number; y: number; z: number };
  max: { x: number; y: number; z: number };
}

/** Cervical spinous tips above C7 (cm above C7's), from the landmark tables: the model ends at C7. */
const CERVICAL_ABOVE_C7: Record<'C2' | 'C3' | 'C4' | 'C5' | 'C6', number> = { C6: 2.0, C5: 3.8, C4: 5.5, C3: 7.1, C2: 8.9 };
const SPINE_LEVELS = [
  'C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5',
] as const;

/**
 * A vertebra's spinous tip sits near the bottom of its box (the process slopes down); 15 % of the box's
 * height above its lowest point is within 2 cm of the tip for every level of our model.
 */
const TIP_FRACTION = 0.15;
/** The blade's lateral border lies at 70 % of the scapula's width; the rest is the acromion. */
const LATERAL_BORDER_FRACTION = 0.7;
/** The paraspinal gutter: a little under half-way from the midline to the blade's medial border. */
const PARASPINAL_FRACTION = 0.45;
/** Soft tissue outside the ribs at the side of the chest. */
const FLANK_SOFT_TISSUE_CM = 3;

/** Anchors from the model's bones; null when a bone they need is missing. */
export function anchorsFromBoxes(boxOf: (node: string) => BoxLike | null): Anchors | null {
  const cm = (m: number): number => Math.round(m * 1000) / 10;
  const levels: Partial<Record<ZoneLevel, number>> = {};
  for (const level of SPINE_LEVELS) {
    const box = boxOf(level.toLowerCase());
    if (!box) return null;
    levels[level] = cm(box.min.y + TIP_FRACTION * (box.max.y - box.min.y));
  }
  const sacrum = boxOf('sacrum');
  const scapula = boxOf('scapula.left');
  if (!sacrum || !scapula) return null;
  levels.S1 = cm(sacrum.min.y + 0.85 * (sacrum.max.y - sacrum.min.y));
  for (const [level, above] of Object.entries(CERVICAL_ABOVE_C7)) levels[level as ZoneLevel] = (levels.C7 ?? 0) + above;
  const top = cm(scapula.max.y);
  const bottom = cm(scapula.min.y);
  levels['scapula-top'] = top;
  levels['scapula-bottom'] = bottom;
  // The root of the spine lies a fifth of the way down the medial border.
  levels['scapula-spine'] = Math.round((top - 0.2 * (top - bottom)) * 10) / 10;

  const medial = cm(scapula.min.x);
  const lateral = cm(scapula.min.x + LATERAL_BORDER_FRACTION * (scapula.max.x - scapula.min.x));
  let ribs = 0;
  for (let n = 5; n <= 9; n++) {
    const rib = boxOf(`rib-${n}.left`);
    if (rib) ribs = Math.max(ribs, cm(rib.max.x));
  }
  if (ribs === 0) return null;
  const edges: Record<ZoneEdge, number> = {
    midline: 0,
    paraspinal: Math.round(medial * PARASPINAL_FRACTION * 10) / 10,
    'scapula-medial': medial,
    'scapula-middle': Math.round(((medial + lateral) / 2) * 10) / 10,
    'scapula-lateral': lateral,
    flank: Math.max(ribs + FLANK_SOFT_TISSUE_CM, lateral + 1),
  };
  return { levels: levels as Record<ZoneLevel, number>, edges };
}

/** Our model's anchors (tests/unit/pain-anchors.test.ts measures them from public/models/torso.glb). */
export const CANONICAL_ANCHORS: Anchors = {
  levels: {
    C2: 8.9, C3: 7.1, C4: 5.5, C5: 3.8, C6: 2.0, C7: 0.1,
    T1: -2.4, T2: -4.9, T3: -7.6, T4: -10.2, T5: -13.1, T6: -16.1, T7: -19.1, T8: -21.6, T9: -24.4,
    T10: -27.7, T11: -31.0, T12: -34.4, L1: -37.6, L2: -40.1, L3: -42.1, L4: -43.9, L5: -46.2, S1: -47.6,
    'scapula-top': -4.9, 'scapula-spine': -7.9, 'scapula-bottom': -19.8,
  },
  edges: { midline: 0, paraspinal: 3.1, 'scapula-medial': 6.9, 'scapula-middle': 11.7, 'scapula-lateral': 16.4, flank: 17.5 },
};

// How much of each fibre is tendon or aponeurosis, in cm at each end, so the app's pale tendon tint
// (which covers a fixed band of the texture's v at each end: TENDON_BAND) marks real tendinous parts:
// the trapezius's tendinous diamond round C7–T1 and the latissimus's broad lumbar aponeurosis, but only a
// narrow seam where the trapezius meets the thoracic spines. Lengths are estimates from standard
// descriptions (Gray's, the fact sheet §1), not measurements.
import { TENDON_BAND } from '../contract';
import { clamp, lerpN, smoothstep, type Vec3 } from './vec';

export interface TendonEnds {
  /** Tendinous length at the origin end, cm. */
  origin: number;
  /** Tendinous length at the insertion end, cm. */
  insertion: number;
}

/** Per structure: the tendinous lengths of the fibre that starts at `o` (origin) and ends at `e` (insertion). */
export const TENDONS: Readonly<Record<string, (o: Vec3, e: Vec3, length: number) => TendonEnds>> = {
  // Short tendinous origin along the spines, widening into the diamond (speculum rhomboideum) round C7–T1;
  // the lower fibres end in the triangular aponeurosis that glides over the trigonum spinae.
  trapezius: (o) => ({
    origin: o[0] > 0.5 ? 0.6 : lerpN(0.6, 3.4, Math.exp(-(((o[1] + 1.5) / 3.6) ** 2))),
    insertion: lerpN(0.6, 2.6, smoothstep(-8, -13, o[1])),
  }),
  // From T7 down, the origin is the thoracolumbar fascia: narrow at the thoracic spines, a broad sheet over
  // the lumbar and sacral spines (the fleshy fibres begin near the erector's lateral border), short on the
  // iliac crest and the ribs; a flat tendon to the humerus.
  'latissimus-dorsi': (o) => ({
    origin: o[0] > 3 ? (o[1] > -40 ? 0.5 : 2.0) : lerpN(1.2, 10, smoothstep(-30, -42, o[1])),
    insertion: 5.0,
  }),
  'rhomboid-major': () => ({ origin: 1.0, insertion: 0.4 }),
  'rhomboid-minor': () => ({ origin: 1.0, insertion: 0.4 }),
  'levator-scapulae': () => ({ origin: 2.0, insertion: 0.5 }),
  // Both serratus posterior muscles are aponeurotic over the medial part of their length.
  'serratus-posterior-superior': (_o, _e, length) => ({ origin: 0.45 * length, insertion: 0.5 }),
  'serratus-posterior-inferior': (_o, _e, length) => ({ origin: 0.5 * length, insertion: 0.5 }),
  'splenius-capitis': () => ({ origin: 1.0, insertion: 1.0 }),
  'splenius-cervicis': () => ({ origin: 1.0, insertion: 2.0 }),
};

/**
 * Texture v for a point at fraction `v` along a fibre of `length` cm: the tendinous ends map onto the
 * texture's tendon bands and the fleshy belly onto the rest, so each end's tint has its anatomical length.
 */
export function tendonV(v: number, length: number, ends: TendonEnds): number {
  const a = clamp(ends.origin, 0.05, 0.45 * length);
  const b = clamp(ends.insertion, 0.05, 0.45 * length);
  const s = v * length;
  if (s <= a) return (TENDON_BAND * s) / a;
  if (s >= length - b) return 1 - (TENDON_BAND * (length - s)) / b;
  return TENDON_BAND + ((1 - 2 * TENDON_BAND) * (s - a)) / (length - a - b);
}

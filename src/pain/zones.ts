// Pain zones as geometry: each back patch becomes a box on the back (cm, model frame) with soft edges, and
// a point's intensity is the strongest patch it lies in. Pure functions: the scene paints them, the 2D chart
// draws them, the pain map ranks causes with them.
import type { BackPatch, Felt } from '../../content/types';
import type { Anchors } from './anchors';

/** A patch resolved to the body: x0 < x1 and y0 < y1 in cm; `weight` 1 for main, SPILL_WEIGHT for spill. */
export interface ZoneRect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  weight: number;
}

/** A point on the back, in cm in the model frame (x: patient's left, y: up, origin at C7's tip). */
export interface BackPoint {
  x: number;
  y: number;
}

export const SPILL_WEIGHT = 0.55;
/** Width (cm) of a zone's soft edge: pain areas are drawn by hand in the sources, not to the millimetre. */
export const ZONE_FALLOFF_CM = 2;

export function patchRects(patch: BackPatch, anchors: Anchors): ZoneRect[] {
  const a = anchors.levels[patch.top];
  const b = anchors.levels[patch.bottom];
  const inner = anchors.edges[patch.inner];
  const outer = anchors.edges[patch.outer];
  const y0 = Math.min(a, b);
  const y1 = Math.max(a, b);
  const near = Math.min(inner, outer);
  const far = Math.max(inner, outer);
  const weight = patch.weight === 'spill' ? SPILL_WEIGHT : 1;
  const left: ZoneRect = { x0: near, x1: far, y0, y1, weight };
  const right: ZoneRect = { x0: -far, x1: -near, y0, y1, weight };
  return patch.side === 'left' ? [left] : patch.side === 'right' ? [right] : [left, right];
}

export function zoneRects(felt: Felt | undefined, anchors: Anchors): ZoneRect[] {
  return felt ? felt.back.flatMap((p) => patchRects(p, anchors)) : [];
}

const smooth = (t: number): number => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/** 0..1: how strongly the zone covers a point (1 inside a main patch, fading to 0 over the soft edge). */
export function intensityAt(rects: readonly ZoneRect[], p: BackPoint): number {
  let best = 0;
  for (const r of rects) {
    const dx = Math.max(r.x0 - p.x, 0, p.x - r.x1);
    const dy = Math.max(r.y0 - p.y, 0, p.y - r.y1);
    const v = r.weight * (1 - smooth(Math.hypot(dx, dy) / ZONE_FALLOFF_CM));
    if (v > best) best = v;
  }
  return best;
}

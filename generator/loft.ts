// Fibre pairing for sheet muscles: origin point at fraction f of its line ↔ insertion point at the same f
// (arc-length pairing, model-notes). A muscle may have several parts (the trapezius has three); consecutive
// parts are joined by a bridge so the sheet stays one continuous surface without gaps.
import { alongPolyline, arcLengths, at, dist, lerp, lerpN, type Vec3 } from './vec';

export interface LoftPart {
  origin: readonly Vec3[];
  insertion: readonly Vec3[];
}

interface Segment extends LoftPart {
  weight: number;
}

const polyLen = (p: readonly Vec3[]): number => {
  const s = arcLengths(p);
  return at(s, s.length - 1);
};

/** Point at arc distance d from the start of a polyline (clamped). */
function pointAt(p: readonly Vec3[], d: number): Vec3 {
  return alongPolyline(p, polyLen(p) > 1e-9 ? d / polyLen(p) : 0);
}

/** The polyline without its first `d` cm (`fromEnd`: without its last `d` cm). */
function trim(p: readonly Vec3[], d: number, fromEnd: boolean): Vec3[] {
  const total = polyLen(p);
  if (d <= 0 || total <= 1e-9) return [...p];
  const s = arcLengths(p);
  if (fromEnd) {
    const cut = total - Math.min(d, total / 2);
    return [...p.filter((_, i) => at(s, i) < cut - 1e-9), pointAt(p, cut)];
  }
  const cut = Math.min(d, total / 2);
  return [pointAt(p, cut), ...p.filter((_, i) => at(s, i) > cut + 1e-9)];
}

/**
 * How far (cm) a bridge whose two parts share their origin point (trapezius middle and lower parts at T4)
 * reaches along each part's origin line: a bridge with a zero-length origin would be a fan of fibres from
 * one point, a narrow wedge that folds over itself wherever what lies beneath it is steep.
 */
const SHARED_ORIGIN_SPREAD = 1.2;

function segments(parts: readonly LoftPart[]): Segment[] {
  const out: Segment[] = [];
  // Parts whose origin meets the next part's origin in one point give the bridge between them some length.
  const spread = parts.map((part, k) => {
    const next = parts[k + 1];
    if (!next) return 0;
    return dist(at(part.origin, part.origin.length - 1), at(next.origin, 0)) < 1e-6 &&
      dist(at(part.insertion, part.insertion.length - 1), at(next.insertion, 0)) > 1e-6
      ? SHARED_ORIGIN_SPREAD
      : 0;
  });
  const trimmed = parts.map((part, k) => ({
    insertion: part.insertion,
    origin: trim(trim(part.origin, k > 0 ? (spread[k - 1] ?? 0) : 0, false), spread[k] ?? 0, true),
  }));
  trimmed.forEach((part, k) => {
    if (k > 0) {
      const prev = at(trimmed, k - 1);
      const o: Vec3[] = [at(prev.origin, prev.origin.length - 1), at(part.origin, 0)];
      const i: Vec3[] = [at(prev.insertion, prev.insertion.length - 1), at(part.insertion, 0)];
      // A bridge between trimmed origins passes through the shared point itself.
      const shared = at(parts, k - 1).origin;
      if ((spread[k - 1] ?? 0) > 0) o.splice(1, 0, at(shared, shared.length - 1));
      const w = Math.max(polyLen(o), polyLen(i));
      if (w > 1e-6) out.push({ origin: o, insertion: i, weight: w });
    }
    out.push({ ...part, weight: Math.max(polyLen(part.origin), polyLen(part.insertion), 0.3) });
  });
  return out;
}

/** The origin and insertion ends of the fibre at global fraction u across the sheet. */
export function fibreAt(parts: readonly LoftPart[], u: number): [Vec3, Vec3] {
  const segs = segments(parts);
  const total = segs.reduce((s, g) => s + g.weight, 0);
  let acc = 0;
  for (let k = 0; k < segs.length; k++) {
    const g = at(segs, k);
    const next = acc + g.weight / total;
    if (u <= next + 1e-12 || k === segs.length - 1) {
      const f = g.weight > 0 ? (u - acc) / (g.weight / total) : 0;
      return [alongPolyline(g.origin, f), alongPolyline(g.insertion, f)];
    }
    acc = next;
  }
  const last = at(segs, segs.length - 1);
  return [at(last.origin, last.origin.length - 1), at(last.insertion, last.insertion.length - 1)];
}

/** Rows round a capped end (DrapeGrid.insertionCap), besides the end row itself. */
export const CAP_ROWS = 3;

/**
 * Fraction along a fibre of row j of nv: evenly spaced, except that a capped end, taking the share c0
 * (origin) or c1 (insertion) of the length, gets its CAP_ROWS rows on a quarter circle round it, so a
 * rounded end is resolved.
 */
export function rowFraction(j: number, nv: number, c0 = 0, c1 = 0): number {
  const r0 = c0 > 0 ? CAP_ROWS : 0;
  const r1 = c1 > 0 ? CAP_ROWS : 0;
  if (j < r0) return c0 * (1 - Math.cos((Math.PI / 2) * (j / r0)));
  if (j > nv - 1 - r1) return 1 - c1 * (1 - Math.cos((Math.PI / 2) * ((nv - 1 - j) / r1)));
  return lerpN(c0, 1 - c1, (j - r0) / (nv - 1 - r0 - r1));
}

/**
 * Grid of chord points: rows along the fibre (v), columns across the sheet (u); `frac` is each point's
 * fraction of the way along its fibre. With a `cap` (cm), the last CAP_ROWS rows lie on a quarter circle
 * of that radius round the insertion end (so a rounded fleshy end is resolved), the rest evenly below it.
 */
export function chordGrid(
  parts: readonly LoftPart[],
  nu: number,
  nv: number,
  cap = 0,
): { pts: Vec3[]; fibreLen: number[]; frac: number[] } {
  const pts: Vec3[] = [];
  const frac: number[] = [];
  const fibres = Array.from({ length: nu }, (_, i) => fibreAt(parts, i / (nu - 1)));
  const fibreLen = fibres.map(([o, ins]) => dist(o, ins));
  for (let j = 0; j < nv; j++) {
    fibres.forEach(([o, ins], i) => {
      const c = cap > 0 ? Math.min(cap, at(fibreLen, i) / 3) / Math.max(1e-9, at(fibreLen, i)) : 0;
      const f = rowFraction(j, nv, 0, c);
      pts.push(lerp(o, ins, f));
      frac.push(f);
    });
  }
  return { pts, fibreLen, frac };
}

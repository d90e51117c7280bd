// Fibre pairing for sheet muscles: origin point at fraction f of its line ↔ insertion point at the same f
// (arc-length pairing, model-notes). A muscle may have several parts (the trapezius has three); consecutive
// parts are joined by a bridge so the sheet stays one continuous surface without gaps.
import { alongPolyline, arcLengths, at, dist, lerp, type Vec3 } from './vec';

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

function segments(parts: readonly LoftPart[]): Segment[] {
  const out: Segment[] = [];
  parts.forEach((part, k) => {
    if (k > 0) {
      const prev = at(parts, k - 1);
      const o: Vec3[] = [at(prev.origin, prev.origin.length - 1), at(part.origin, 0)];
      const i: Vec3[] = [at(prev.insertion, prev.insertion.length - 1), at(part.insertion, 0)];
      const w = Math.max(dist(at(o, 0), at(o, 1)), dist(at(i, 0), at(i, 1)));
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

/** Grid of chord points: rows along the fibre (v), columns across the sheet (u). */
export function chordGrid(parts: readonly LoftPart[], nu: number, nv: number): { pts: Vec3[]; fibreLen: number[] } {
  const pts: Vec3[] = [];
  const fibres = Array.from({ length: nu }, (_, i) => fibreAt(parts, i / (nu - 1)));
  for (let j = 0; j < nv; j++) {
    for (const [o, ins] of fibres) pts.push(lerp(o, ins, j / (nv - 1)));
  }
  return { pts, fibreLen: fibres.map(([o, ins]) => dist(o, ins)) };
}

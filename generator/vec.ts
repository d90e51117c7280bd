// Minimal immutable 3-vector helpers on tuples: the generator works in plain numbers so that every
// step is deterministic and easy to test (no hidden state, no object identity).
import type { Vec3 } from './landmarks';

export type { Vec3 };

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b));
export const norm = (a: Vec3): Vec3 => {
  const l = len(a);
  return l > 1e-12 ? scale(a, 1 / l) : [0, 0, 1];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const lerpN = (a: number, b: number, t: number): number => a + (b - a) * t;
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
};

/** Element access that satisfies noUncheckedIndexedAccess where the index is known to be valid. */
export function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new Error(`index ${i} out of range (${arr.length})`);
  return v;
}

/** Cumulative arc lengths of a polyline (first = 0). */
export function arcLengths(pts: readonly Vec3[]): number[] {
  const out = [0];
  for (let i = 1; i < pts.length; i++) out.push(at(out, i - 1) + dist(at(pts, i - 1), at(pts, i)));
  return out;
}

/** Point at fraction f (0..1) of a polyline's arc length; a single point is returned as is. */
export function alongPolyline(pts: readonly Vec3[], f: number): Vec3 {
  if (pts.length === 1) return at(pts, 0);
  const s = arcLengths(pts);
  const total = at(s, s.length - 1);
  const target = clamp(f, 0, 1) * total;
  for (let i = 1; i < pts.length; i++) {
    if (target <= at(s, i) || i === pts.length - 1) {
      const seg = at(s, i) - at(s, i - 1);
      const t = seg > 1e-9 ? (target - at(s, i - 1)) / seg : 0;
      return lerp(at(pts, i - 1), at(pts, i), clamp(t, 0, 1));
    }
  }
  return at(pts, pts.length - 1);
}

/** Centripetal-free uniform Catmull-Rom through the points, `perSeg` samples per segment. */
export function catmullRom(pts: readonly Vec3[], perSeg: number): Vec3[] {
  const out: Vec3[] = [];
  const n = pts.length;
  for (let i = 0; i < n - 1; i++) {
    const p0 = at(pts, Math.max(0, i - 1));
    const p1 = at(pts, i);
    const p2 = at(pts, i + 1);
    const p3 = at(pts, Math.min(n - 1, i + 2));
    for (let k = 0; k < perSeg; k++) {
      const t = k / perSeg;
      const t2 = t * t;
      const t3 = t2 * t;
      const c = (a: number, b: number, cc: number, d: number): number =>
        0.5 * (2 * b + (-a + cc) * t + (2 * a - 5 * b + 4 * cc - d) * t2 + (-a + 3 * b - 3 * cc + d) * t3);
      out.push([c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1]), c(p0[2], p1[2], p2[2], p3[2])]);
    }
  }
  out.push(at(pts, n - 1));
  return out;
}

/** Resample a polyline to n points evenly spaced by arc length. */
export function resample(pts: readonly Vec3[], n: number): Vec3[] {
  return Array.from({ length: n }, (_, i) => alongPolyline(pts, n === 1 ? 0 : i / (n - 1)));
}

// Signed distance fields for bones that are one solid with smooth fillets (hip bone, sacrum), and their
// polygonisation: surface nets on a regular grid, each vertex projected onto the surface, then
// meshoptimizer's simplifier down to a triangle budget. Negative inside. Deterministic: the grid, the
// projection and the simplifier depend on nothing but the field.
import { MeshoptSimplifier } from 'meshoptimizer';
import { emptyMesh, orientOutward, type MeshData } from './mesh';
import { add, at, clamp, dot, len, lerpN, scale, sub, type Vec3 } from './vec';

await MeshoptSimplifier.ready;

export type Sdf = (p: Vec3) => number;

export const sphere =
  (c: Vec3, r: number): Sdf =>
  (p) =>
    len(sub(p, c)) - r;

/** A cone with rounded ends between two spheres (radii ra at a, rb at b): exact distance (after I. Quilez). */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Sdf {
  const ba = sub(b, a);
  const l2 = dot(ba, ba);
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  return (p) => {
    const pa = sub(p, a);
    const y = dot(pa, ba);
    const z = y - l2;
    const xv = sub(scale(pa, l2), scale(ba, y));
    const x2 = dot(xv, xv);
    const y2 = y * y * l2;
    const z2 = z * z * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(z) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(y) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
  };
}

/**
 * A part evaluated only within `margin` of the ball (c, r) that holds it; farther away the distance to that
 * ball stands in (a lower bound, positive, so it changes neither the sign nor any fillet within `margin`).
 */
export const bounded =
  (f: Sdf, c: Vec3, r: number, margin = 1.0): Sdf =>
  (p) => {
    const e = Math.sqrt((p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2) - r;
    return e > margin ? e : f(p);
  };

/** Round cones through a chain of points with a radius at each. */
export const chain = (pts: readonly Vec3[], radii: readonly number[], k: number): Sdf =>
  union(
    pts.slice(1).map((p, i) => {
      const a = at(pts, i);
      const ra = at(radii, i);
      const rb = at(radii, i + 1);
      return bounded(roundCone(a, p, ra, rb), scale(add(a, p), 0.5), len(sub(p, a)) / 2 + Math.max(ra, rb));
    }),
    k,
  );

/** Ellipsoid with semi-axes r along orthonormal axes (a bound good near the surface, as usual). */
export function ellipsoidSdf(c: Vec3, r: Vec3, axes: readonly [Vec3, Vec3, Vec3]): Sdf {
  return (p) => {
    const d = sub(p, c);
    const q: Vec3 = [dot(d, axes[0]) / r[0], dot(d, axes[1]) / r[1], dot(d, axes[2]) / r[2]];
    const k0 = len(q);
    const k1 = len([q[0] / r[0], q[1] / r[1], q[2] / r[2]]);
    return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(r[0], r[1], r[2]);
  };
}

/** Box with half-sizes h along orthonormal axes, its edges rounded by `round`. */
export function roundBox(c: Vec3, h: Vec3, axes: readonly [Vec3, Vec3, Vec3], round: number): Sdf {
  return (p) => {
    const d = sub(p, c);
    const q: Vec3 = [Math.abs(dot(d, axes[0])) - h[0] + round, Math.abs(dot(d, axes[1])) - h[1] + round, Math.abs(dot(d, axes[2])) - h[2] + round];
    const o: Vec3 = [Math.max(q[0], 0), Math.max(q[1], 0), Math.max(q[2], 0)];
    return len(o) + Math.min(Math.max(q[0], q[1], q[2]), 0) - round;
  };
}

/** Polynomial smooth minimum: a fillet of about k where two surfaces meet. */
export const smin = (a: number, b: number, k: number): number => {
  const h = clamp(0.5 + (0.5 * (b - a)) / k, 0, 1);
  return lerpN(b, a, h) - k * h * (1 - h);
};

/** Smooth maximum: the intersection of two fields, its edge rounded by about k. */
export const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k);

export const union =
  (parts: readonly Sdf[], k: number): Sdf =>
  (p) => {
    let d = at(parts, 0)(p);
    for (let i = 1; i < parts.length; i++) d = smin(d, at(parts, i)(p), k);
    return d;
  };

/** Where a and b overlap, the edge rounded by k. */
export const intersect =
  (parts: readonly Sdf[], k: number): Sdf =>
  (p) => {
    let d = at(parts, 0)(p);
    for (let i = 1; i < parts.length; i++) d = -smin(-d, -at(parts, i)(p), k);
    return d;
  };

/** a with b cut away, the cut's edge rounded by k. */
export const subtract =
  (a: Sdf, b: Sdf, k: number): Sdf =>
  (p) =>
    -smin(-a(p), b(p), k);

/**
 * Surface nets: one vertex per grid cell the surface passes through (the mean of its edge crossings,
 * projected onto the surface along the gradient), one quad per crossed grid edge. The field must be
 * positive on the box's faces, so the result is closed.
 */
export function polygonise(f: Sdf, lo: Vec3, hi: Vec3, h: number): MeshData {
  const count = (a: 0 | 1 | 2): number => Math.ceil((hi[a] - lo[a]) / h) + 1;
  const [nx, ny, nz] = [count(0), count(1), count(2)];
  const idx = (i: number, j: number, k: number): number => (k * ny + j) * nx + i;
  // The field is sampled coarsely first (every 4th point); a fine point is evaluated only where the
  // nearest coarse sample does not already prove the surface far away (the field changes by at most
  // about its distance: a safety factor of 1.5 for the non-Euclidean parts).
  const val = new Float64Array(nx * ny * nz);
  const C = 4;
  const coarse = new Float64Array(nx * ny * nz).fill(NaN);
  const sampleCoarse = (i: number, j: number, k: number): number => {
    const key = idx(i, j, k);
    let d = coarse[key] ?? NaN;
    if (Number.isNaN(d)) {
      d = f([lo[0] + i * h, lo[1] + j * h, lo[2] + k * h]);
      coarse[key] = d;
    }
    return d;
  };
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const ci = Math.min(nx - 1, Math.round(i / C) * C);
        const cj = Math.min(ny - 1, Math.round(j / C) * C);
        const ck = Math.min(nz - 1, Math.round(k / C) * C);
        const dc = sampleCoarse(ci, cj, ck);
        const gap = h * Math.hypot(i - ci, j - cj, k - ck);
        val[idx(i, j, k)] = Math.abs(dc) > 1.5 * gap + 2 * h ? dc : f([lo[0] + i * h, lo[1] + j * h, lo[2] + k * h]);
      }
    }
  }
  const v = (i: number, j: number, k: number): number => val[idx(i, j, k)] ?? 1;
  const m = emptyMesh(false);
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const corners: [number, number, number][] = [];
  for (let c = 0; c < 8; c++) corners.push([c & 1, (c >> 1) & 1, (c >> 2) & 1]);
  const edges: [number, number][] = [];
  for (let a = 0; a < 8; a++) for (let b = a + 1; b < 8; b++) if ([1, 2, 4].includes(a ^ b)) edges.push([a, b]);
  const gradient = (p: Vec3): Vec3 => {
    const e = h * 0.1;
    return [
      f(add(p, [e, 0, 0])) - f(sub(p, [e, 0, 0])),
      f(add(p, [0, e, 0])) - f(sub(p, [0, e, 0])),
      f(add(p, [0, 0, e])) - f(sub(p, [0, 0, e])),
    ].map((g) => g / (2 * e)) as unknown as Vec3;
  };
  const cv = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let neg = 0;
        for (let c = 0; c < 8; c++) {
          const val = v(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
          cv[c] = val;
          if (val < 0) neg++;
        }
        if (neg === 0 || neg === 8) continue;
        let sum: Vec3 = [0, 0, 0];
        let cnt = 0;
        for (const [a, b] of edges) {
          const va = cv[a] ?? 0;
          const vb = cv[b] ?? 0;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const pa = at(corners, a);
          const pb = at(corners, b);
          sum = add(sum, [lerpN(pa[0], pb[0], t), lerpN(pa[1], pb[1], t), lerpN(pa[2], pb[2], t)]);
          cnt++;
        }
        let p: Vec3 = add(lo, scale(add([i, j, k], scale(sum, 1 / cnt)), h));
        // A Newton step onto the zero set, kept inside the cell's neighbourhood.
        const g = gradient(p);
        const g2 = dot(g, g);
        if (g2 > 1e-12) {
          const step = scale(g, -f(p) / g2);
          p = add(p, len(step) > h ? scale(step, h / len(step)) : step);
        }
        cellVertex[idx(i, j, k)] = m.positions.length / 3;
        m.positions.push(p[0], p[1], p[2]);
      }
    }
  }
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    const q = flip ? [d, c, b, a] : [a, b, c, d];
    m.indices.push(at(q, 0), at(q, 1), at(q, 2), at(q, 0), at(q, 2), at(q, 3));
  };
  const cell = (i: number, j: number, k: number): number => cellVertex[idx(i, j, k)] ?? -1;
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const inside = v(i, j, k) < 0;
        // Each crossed edge from this grid point in +x, +y, +z, with the four cells round it wound so that
        // the quad faces from inside to outside.
        if (inside !== v(i + 1, j, k) < 0) quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !inside);
        if (inside !== v(i, j + 1, k) < 0) quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !inside);
        if (inside !== v(i, j, k + 1) < 0) quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !inside);
      }
    }
  }
  return orientOutward(m);
}

/** Reduces a closed mesh to at most `triangles` with meshoptimizer's error-driven edge collapse. */
export function simplify(m: MeshData, triangles: number): MeshData {
  const positions = Float32Array.from(m.positions);
  const [indices] = MeshoptSimplifier.simplify(Uint32Array.from(m.indices), positions, 3, triangles * 3, 0.05, []);
  // Keep only the vertices still used, in first-use order.
  const remap = new Map<number, number>();
  const out = emptyMesh(false);
  for (const i of indices) {
    let r = remap.get(i);
    if (r === undefined) {
      r = remap.size;
      remap.set(i, r);
      out.positions.push(at(m.positions, 3 * i), at(m.positions, 3 * i + 1), at(m.positions, 3 * i + 2));
    }
    out.indices.push(r);
  }
  return orientOutward(out);
}

// Closed primitive shapes for bones: swept tubes (ribs, processes, clavicle, humerus) and ellipsoids
// (vertebral bodies, humeral head). Closed so that rays from behind always enter and leave them.
import { emptyMesh, gridIndices, type MeshData } from './mesh';
import { add, at, cross, dot, norm, scale, sub, type Vec3 } from './vec';

export interface TubeSection {
  /** Centre of the cross-section. */
  p: Vec3;
  /** Half-width along the section's side axis. */
  a: number;
  /** Half-height along the section's up axis. */
  b: number;
}

/**
 * Sweeps an elliptical cross-section along a path. `upHint` fixes the orientation of the ellipse's b axis
 * (projected off the tangent); both ends are closed with a fan so the tube is watertight.
 */
export function tube(sections: readonly TubeSection[], segments: number, upHint: Vec3): MeshData {
  const m = emptyMesh(false);
  const n = sections.length;
  for (let i = 0; i < n; i++) {
    const s = at(sections, i);
    const prev = at(sections, Math.max(0, i - 1)).p;
    const next = at(sections, Math.min(n - 1, i + 1)).p;
    const t = norm(sub(next, prev));
    let up = sub(upHint, scale(t, dot(upHint, t)));
    if (Math.hypot(up[0], up[1], up[2]) < 1e-6) up = Math.abs(t[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
    up = norm(up);
    const side = norm(cross(t, up));
    for (let k = 0; k < segments; k++) {
      const th = (2 * Math.PI * k) / segments;
      const q = add(s.p, add(scale(side, Math.cos(th) * s.a), scale(up, Math.sin(th) * s.b)));
      m.positions.push(q[0], q[1], q[2]);
    }
  }
  m.indices.push(...gridIndices(n, segments, 0, true, true));
  // End caps: a centre vertex fanned to the first and last rings.
  const first = at(sections, 0).p;
  const last = at(sections, n - 1).p;
  const c0 = n * segments;
  m.positions.push(first[0], first[1], first[2], last[0], last[1], last[2]);
  for (let k = 0; k < segments; k++) {
    const k1 = (k + 1) % segments;
    m.indices.push(c0, k, k1);
    m.indices.push(c0 + 1, (n - 1) * segments + k1, (n - 1) * segments + k);
  }
  return m;
}

/** Tube through points with a radius profile r(f) (f = 0..1 along the path) and an aspect b/a. */
export function tubeAlong(
  pts: readonly Vec3[],
  radius: (f: number) => number,
  aspect: number,
  segments: number,
  upHint: Vec3,
): MeshData {
  const n = pts.length;
  return tube(
    pts.map((p, i) => {
      const r = radius(n === 1 ? 0 : i / (n - 1));
      return { p, a: r, b: r * aspect };
    }),
    segments,
    upHint,
  );
}

/** Ellipsoid with semi-axes (rx, ry, rz) along the given orthonormal axes (default world axes). */
export function ellipsoid(
  centre: Vec3,
  radii: Vec3,
  lat: number,
  lon: number,
  axes: readonly [Vec3, Vec3, Vec3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  squareness = 1,
): MeshData {
  const m = emptyMesh(false);
  // Superellipsoid exponent < 1 squares the shape off (vertebral bodies are drums, not eggs).
  const sp = (c: number): number => Math.sign(c) * Math.pow(Math.abs(c), squareness);
  for (let i = 0; i <= lat; i++) {
    const phi = -Math.PI / 2 + (Math.PI * i) / lat;
    for (let k = 0; k < lon; k++) {
      const th = (2 * Math.PI * k) / lon;
      const x = sp(Math.cos(phi)) * sp(Math.cos(th)) * radii[0];
      const y = sp(Math.sin(phi)) * radii[1];
      const z = sp(Math.cos(phi)) * sp(Math.sin(th)) * radii[2];
      const q = add(centre, add(scale(axes[0], x), add(scale(axes[1], y), scale(axes[2], z))));
      m.positions.push(q[0], q[1], q[2]);
    }
  }
  m.indices.push(...gridIndices(lat + 1, lon, 0, true, true));
  return m;
}

/**
 * A closed plate round a mid surface: grid mid[i][j] (i along rings, j across), each ring running from the
 * j = 0 rim over the outer face (offset `outer` along the normal) to the j = last rim and back over the
 * inner face (offset `inner` against it). The offsets are eased by √sin toward the j rims, so those rims are
 * rounded, not knife edges; the first and last rings are closed by a fan to their centroid, each with its
 * own vertices (a crisp edge, its shading its own). `hint(p)` picks which way the outer face points.
 */
export function plate(
  mid: readonly (readonly Vec3[])[],
  outer: readonly (readonly number[])[],
  inner: readonly (readonly number[])[],
  hint: (p: Vec3) => Vec3,
): MeshData {
  const nu = mid.length;
  const nv = at(mid, 0).length;
  const P = (i: number, j: number): Vec3 => at(at(mid, Math.min(nu - 1, Math.max(0, i))), Math.min(nv - 1, Math.max(0, j)));
  const m = emptyMesh(false);
  const rings: Vec3[][] = [];
  for (let i = 0; i < nu; i++) {
    const ring: Vec3[] = [];
    const normals: Vec3[] = [];
    for (let j = 0; j < nv; j++) {
      let nrm = norm(cross(sub(P(i + 1, j), P(i - 1, j)), sub(P(i, j + 1), P(i, j - 1))));
      if (dot(nrm, hint(P(i, j))) < 0) nrm = scale(nrm, -1);
      normals.push(nrm);
    }
    const ease = (j: number): number => Math.sqrt(Math.max(0, Math.sin((Math.PI * j) / (nv - 1))));
    for (let j = 0; j < nv; j++) ring.push(add(P(i, j), scale(at(normals, j), at(at(outer, i), j) * ease(j))));
    for (let j = nv - 2; j >= 1; j--) ring.push(sub(P(i, j), scale(at(normals, j), at(at(inner, i), j) * ease(j))));
    rings.push(ring);
  }
  const k = at(rings, 0).length;
  for (const r of rings) for (const p of r) m.positions.push(p[0], p[1], p[2]);
  m.indices.push(...gridIndices(nu, k, 0, true, true));
  for (const [ri, flip] of [[0, false], [nu - 1, true]] as const) {
    const r = at(rings, ri);
    const base = m.positions.length / 3;
    const c = scale(r.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]), 1 / k);
    for (const p of r) m.positions.push(p[0], p[1], p[2]);
    m.positions.push(c[0], c[1], c[2]);
    for (let q = 0; q < k; q++) {
      const q1 = (q + 1) % k;
      if (flip) m.indices.push(base + k, base + q1, base + q);
      else m.indices.push(base + k, base + q, base + q1);
    }
  }
  return m;
}

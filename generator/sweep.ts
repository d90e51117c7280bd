// Closed sweeps of arbitrary cross-sections, for bone parts whose section is not an ellipse (tube in prim.ts):
// a kidney-shaped vertebral body, a triangular spinous process, a curved articular facet. Each section is a
// 2D outline placed in its own plane; consecutive outlines have the same number of points.
import { emptyMesh, gridIndices, type MeshData } from './mesh';
import { add, at, cross, dot, norm, scale, sub, type Vec3 } from './vec';

/** Outline points (u, v): u along the section's side axis, v along its up axis, going round once. */
export type Outline = readonly (readonly [number, number])[];

export interface Section {
  c: Vec3;
  side: Vec3;
  up: Vec3;
  outline: Outline;
}

/**
 * Closed surface through rings of equal size (consecutive rings joined), each end closed by a fan to a
 * centre point (by default the ring's centroid). `crisp` caps have their own vertices, so their shading is
 * their own (a flat end plate); otherwise they share the rings' vertices and the smooth normals round the
 * ends off (a process's tip).
 */
export function ringSurface(rings: readonly (readonly Vec3[])[], capStart?: Vec3, capEnd?: Vec3, crisp = false): MeshData {
  const n = rings.length;
  const k = at(rings, 0).length;
  const m = emptyMesh(false);
  for (const r of rings) {
    if (r.length !== k) throw new Error('ringSurface: rings differ in size');
    for (const p of r) m.positions.push(p[0], p[1], p[2]);
  }
  m.indices.push(...gridIndices(n, k, 0, true, true));
  for (const [ri, last, centre] of [[0, false, capStart], [n - 1, true, capEnd]] as const) {
    const r = at(rings, ri);
    const c = centre ?? scale(r.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]), 1 / k);
    let base = ri * k;
    if (crisp) {
      base = m.positions.length / 3;
      for (const p of r) m.positions.push(p[0], p[1], p[2]);
    }
    const centreIdx = m.positions.length / 3;
    m.positions.push(c[0], c[1], c[2]);
    for (let q = 0; q < k; q++) {
      const q1 = (q + 1) % k;
      if (last) m.indices.push(centreIdx, base + q1, base + q);
      else m.indices.push(centreIdx, base + q, base + q1);
    }
  }
  return m;
}

/** The ring surface through the sections' outlines, capped at their centroids. */
export function sweep(sections: readonly Section[], crisp = false): MeshData {
  const rings = sections.map((s) => s.outline.map(([u, v]) => add(s.c, add(scale(s.side, u), scale(s.up, v)))));
  return ringSurface(rings, undefined, undefined, crisp);
}

/**
 * Sections along a path: each plane is normal to the path (central differences), its up axis the hint
 * projected off the tangent, its side axis tangent × up.
 */
export function sectionsAlong(
  pts: readonly Vec3[],
  upHint: (i: number) => Vec3,
  outline: (i: number) => Outline,
): Section[] {
  return pts.map((c, i) => {
    const t = norm(sub(at(pts, Math.min(pts.length - 1, i + 1)), at(pts, Math.max(0, i - 1))));
    const h = upHint(i);
    const up = norm(sub(h, scale(t, dot(h, t))));
    return { c, side: norm(cross(t, up)), up, outline: outline(i) };
  });
}

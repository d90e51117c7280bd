// The generator's mesh representation: flat arrays in the landmark frame (cm, +z posterior, left side).
// Converted to glTF metres and mirrored only when written, so all anatomy code thinks in the reference's terms.
import { at, cross, norm, sub, type Vec3 } from './vec';

export interface MeshData {
  positions: number[];
  /** Filled by computeNormals (smooth, area-weighted) unless a builder sets them. */
  normals: number[];
  /** u across the fibres, v along them (0 at origin, 1 at insertion); null for bones and skin. */
  uvs: number[] | null;
  indices: number[];
}

export const emptyMesh = (withUv: boolean): MeshData => ({
  positions: [],
  normals: [],
  uvs: withUv ? [] : null,
  indices: [],
});

export function vertexCount(m: MeshData): number {
  return m.positions.length / 3;
}

export function getVertex(m: MeshData, i: number): Vec3 {
  return [at(m.positions, 3 * i), at(m.positions, 3 * i + 1), at(m.positions, 3 * i + 2)];
}

/** Appends b to a (in place). UVs are kept only when both have them. */
export function appendMesh(a: MeshData, b: MeshData): MeshData {
  const base = vertexCount(a);
  a.positions.push(...b.positions);
  a.normals.push(...b.normals);
  if (a.uvs && b.uvs) a.uvs.push(...b.uvs);
  else a.uvs = null;
  for (const i of b.indices) a.indices.push(i + base);
  return a;
}

/** Joins closed parts into one mesh, orienting each part outward first. */
export function mergeMeshes(parts: readonly MeshData[]): MeshData {
  const withUv = parts.every((p) => p.uvs !== null);
  const out = emptyMesh(withUv);
  for (const p of parts) appendMesh(out, orientOutward(p));
  return out;
}

/** Smooth vertex normals: area-weighted face normals summed at each vertex. */
export function computeNormals(m: MeshData): MeshData {
  const n = vertexCount(m);
  const acc = new Float64Array(n * 3);
  for (let t = 0; t < m.indices.length; t += 3) {
    const ia = at(m.indices, t);
    const ib = at(m.indices, t + 1);
    const ic = at(m.indices, t + 2);
    const fn = cross(sub(getVertex(m, ib), getVertex(m, ia)), sub(getVertex(m, ic), getVertex(m, ia)));
    for (const i of [ia, ib, ic]) {
      acc[3 * i] = (acc[3 * i] ?? 0) + fn[0];
      acc[3 * i + 1] = (acc[3 * i + 1] ?? 0) + fn[1];
      acc[3 * i + 2] = (acc[3 * i + 2] ?? 0) + fn[2];
    }
  }
  m.normals = [];
  for (let i = 0; i < n; i++) {
    const v = norm([acc[3 * i] ?? 0, acc[3 * i + 1] ?? 0, acc[3 * i + 2] ?? 0]);
    m.normals.push(v[0], v[1], v[2]);
  }
  return m;
}

/** Mirror across the midsagittal plane (x -> -x), flipping winding so faces still point outward. */
export function mirrorX(m: MeshData): MeshData {
  const positions = m.positions.map((v, i) => (i % 3 === 0 ? -v : v));
  const normals = m.normals.map((v, i) => (i % 3 === 0 ? -v : v));
  const indices: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    indices.push(at(m.indices, t), at(m.indices, t + 2), at(m.indices, t + 1));
  }
  return { positions, normals, uvs: m.uvs ? [...m.uvs] : null, indices };
}

/**
 * Triangulates a (rows x cols) vertex grid laid out row-major starting at `base`.
 * `flip` reverses the winding; `wrapCols` closes the grid round its columns (tubes).
 */
export function gridIndices(
  rows: number,
  cols: number,
  base: number,
  flip: boolean,
  wrapCols = false,
): number[] {
  const out: number[] = [];
  const cEnd = wrapCols ? cols : cols - 1;
  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cEnd; c++) {
      const c1 = (c + 1) % cols;
      const a = base + r * cols + c;
      const b = base + r * cols + c1;
      const d = base + (r + 1) * cols + c;
      const e = base + (r + 1) * cols + c1;
      if (flip) out.push(a, d, b, b, d, e);
      else out.push(a, b, d, b, e, d);
    }
  }
  return out;
}

/** Signed volume (divergence theorem); positive when a closed mesh's faces point outward. */
export function signedVolume(m: MeshData): number {
  let v = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = getVertex(m, at(m.indices, t));
    const b = getVertex(m, at(m.indices, t + 1));
    const c = getVertex(m, at(m.indices, t + 2));
    v += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6;
  }
  return v;
}

/** Makes a closed part's faces point outward, whatever winding its builder produced. */
export function orientOutward(m: MeshData): MeshData {
  if (signedVolume(m) >= 0) return m;
  for (let t = 0; t < m.indices.length; t += 3) {
    const b = at(m.indices, t + 1);
    m.indices[t + 1] = at(m.indices, t + 2);
    m.indices[t + 2] = b;
  }
  return m;
}

// The skin: a smooth star-shaped tube round everything, neck to the buttocks. Each horizontal ring takes
// the outermost point of all built structures in each direction from the trunk axis, adds subcutaneous fat
// (§4.7: 0.8–2.5 cm), never goes inside an anthropometric minimum (ANSUR II breadths/depths), and is
// smoothed in both directions. Built from both sides at once, so it is exactly symmetric. Both ends are
// closed by caps that roll over the rim, so the skin reads as a closed torso surface, not an open sleeve.
// The radius field is computed on a fine grid (1 cm rings, 64 directions) and the surface is written at
// fewer vertices, sampled from it smoothly: rings close together where the outline turns (neck,
// shoulders, armpits, waist, hips), farther apart where it runs straight.
import { emptyMesh, getVertex, gridIndices, vertexCount, type MeshData } from './mesh';
import { at, clamp, lerpN } from './vec';

/**
 * The lower end: just below the ischial tuberosities (the lowest bone, 6–7 cm below the hip centre), at
 * the gluteal folds, where a torso ends and the thighs begin.
 */
const Y_BOTTOM = -67;
const Y_TOP = 12.5;
const RINGS = 80;
const SEGMENTS = 64;
/** Directions round each written ring (a multiple of 4, so the outline seen from behind or the side is a vertex). */
const OUT_SEGMENTS = 52;
/** Written rings (with the caps' 8 and 52 directions: 7,488 triangles). */
const OUT_RINGS = 64;

/** Minimum trunk section by height: [y, half-width, back z, front z] (cm, estimates from ANSUR II). */
const PROFILE: readonly (readonly [number, number, number, number])[] = [
  [13, 5.0, -2.5, -10.0],
  [6, 5.5, -1.5, -11.0],
  [0, 7.0, 0.0, -12.5],
  [-6, 13.0, 1.0, -14.5],
  [-12, 15.0, 2.0, -17.0],
  [-22, 15.0, 3.0, -20.5],
  [-32, 14.5, 1.8, -21.0],
  [-40, 13.5, 0.5, -20.0],
  [-46, 14.5, 1.0, -19.0],
  // Hips and buttocks: the hip breadth (ANSUR II, men ≈ 36 cm) over the greater trochanters just below the
  // hip-joint centre, the buttocks' fullest point behind them (buttock depth ≈ 24.5 cm).
  [-52, 16.3, 3.0, -18.6],
  [-58, 17.6, 5.0, -18.4],
  [-62, 18.0, 5.5, -18.0],
  [-67, 17.0, 4.0, -16.5],
];

function profileAt(y: number): { a: number; zBack: number; zFront: number } {
  for (let i = 0; i < PROFILE.length - 1; i++) {
    const p = at(PROFILE, i);
    const q = at(PROFILE, i + 1);
    if (y <= p[0] && y >= q[0]) {
      const t = (p[0] - y) / (p[0] - q[0]);
      return { a: lerpN(p[1], q[1], t), zBack: lerpN(p[2], q[2], t), zFront: lerpN(p[3], q[3], t) };
    }
  }
  const e = y > 0 ? at(PROFILE, 0) : at(PROFILE, PROFILE.length - 1);
  return { a: e[1], zBack: e[2], zFront: e[3] };
}

export const ringY = (j: number): number => lerpN(Y_BOTTOM, Y_TOP, j / (RINGS - 1));

export function buildSkin(structures: readonly MeshData[]): MeshData {
  const centres = Array.from({ length: RINGS }, (_, j) => {
    const p = profileAt(ringY(j));
    return (p.zBack + p.zFront) / 2;
  });
  const hull = new Float64Array(RINGS * SEGMENTS);
  const dy = (Y_TOP - Y_BOTTOM) / (RINGS - 1);
  for (const m of structures) {
    const n = vertexCount(m);
    for (let i = 0; i < n; i++) {
      const v = getVertex(m, i);
      const jc = (v[1] - Y_BOTTOM) / dy;
      for (let j = Math.max(0, Math.ceil(jc - 1.2)); j <= Math.min(RINGS - 1, Math.floor(jc + 1.2)); j++) {
        const zc = at(centres, j);
        for (const x of [v[0], -v[0]]) {
          const phi = Math.atan2(x, v[2] - zc);
          const k = ((Math.round((phi / (2 * Math.PI)) * SEGMENTS) % SEGMENTS) + SEGMENTS) % SEGMENTS;
          const r = Math.hypot(x, v[2] - zc);
          const idx = j * SEGMENTS + k;
          if (r > (hull[idx] ?? 0)) hull[idx] = r;
        }
      }
    }
  }
  const req = new Float64Array(RINGS * SEGMENTS);
  for (let j = 0; j < RINGS; j++) {
    const p = profileAt(ringY(j));
    const zc = at(centres, j);
    const b = p.zBack - zc;
    for (let k = 0; k < SEGMENTS; k++) {
      const phi = (2 * Math.PI * k) / SEGMENTS;
      const s = Math.sin(phi);
      const c = Math.cos(phi);
      const rDef = 1 / Math.hypot(s / p.a, c / b);
      const fat = lerpN(1.0, 1.6, Math.abs(s)); // thinner over the spine, fuller at the flanks
      req[j * SEGMENTS + k] = Math.max(rDef, (hull[j * SEGMENTS + k] ?? 0) + fat);
    }
  }
  const get = (a: Float64Array, j: number, k: number): number =>
    a[clamp(j, 0, RINGS - 1) * SEGMENTS + (((k % SEGMENTS) + SEGMENTS) % SEGMENTS)] ?? 0;
  // Max over neighbours (so no bump is lost), then blur for a smooth surface, then keep the requirement.
  let r = new Float64Array(RINGS * SEGMENTS);
  for (let j = 0; j < RINGS; j++) {
    for (let k = 0; k < SEGMENTS; k++) {
      let best = 0;
      for (let dj = -1; dj <= 1; dj++) for (let dk = -1; dk <= 1; dk++) best = Math.max(best, get(req, j + dj, k + dk));
      r[j * SEGMENTS + k] = best;
    }
  }
  for (let pass = 0; pass < 4; pass++) {
    const src = r;
    r = new Float64Array(RINGS * SEGMENTS);
    for (let j = 0; j < RINGS; j++) {
      for (let k = 0; k < SEGMENTS; k++) {
        let s = 0;
        let w = 0;
        for (let dj = -2; dj <= 2; dj++) {
          for (let dk = -2; dk <= 2; dk++) {
            const ww = Math.exp(-(dj * dj + dk * dk) / 2);
            s += ww * get(src, j + dj, k + dk);
            w += ww;
          }
        }
        r[j * SEGMENTS + k] = Math.max(s / w, get(req, j, k) - 0.35);
      }
    }
  }
  // Written rings: as many as the budget allows, placed where the surface turns most along its height.
  // Chord error goes as curvature × spacing², so spacing ∝ 1 / √curvature: rings at equal shares of
  // ∫ √(κ + κ₀) dy, κ the largest second difference of the radius over all directions at that height.
  const density = Array.from({ length: RINGS }, (_, j) => {
    let k = 0;
    for (let q = 0; q < SEGMENTS; q++) k = Math.max(k, Math.abs(get(r, j + 1, q) - 2 * get(r, j, q) + get(r, j - 1, q)) / (dy * dy));
    return Math.sqrt(k + 0.02);
  });
  const cum = [0];
  for (let j = 1; j < RINGS; j++) cum.push(at(cum, j - 1) + 0.5 * (at(density, j - 1) + at(density, j)) * dy);
  const total = at(cum, RINGS - 1);
  const rings = Array.from({ length: OUT_RINGS }, (_, i) => {
    const target = (total * i) / (OUT_RINGS - 1);
    let j = 1;
    while (j < RINGS - 1 && at(cum, j) < target) j++;
    const t = (target - at(cum, j - 1)) / (at(cum, j) - at(cum, j - 1) || 1);
    return Y_BOTTOM + (j - 1 + clamp(t, 0, 1)) * dy;
  });
  // The smoothed radius at any height and direction: Catmull-Rom across rings and round each ring.
  const cr = (a: number, b: number, c: number, d: number, t: number): number =>
    0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (-a + 3 * b - 3 * c + d) * t * t * t);
  const radius = (y: number, phi: number): number => {
    const fj = (y - Y_BOTTOM) / dy;
    const fk = (phi / (2 * Math.PI)) * SEGMENTS;
    const j = Math.floor(fj);
    const k = Math.floor(fk);
    const row = (jj: number): number =>
      cr(get(r, jj, k - 1), get(r, jj, k), get(r, jj, k + 1), get(r, jj, k + 2), fk - k);
    return cr(row(j - 1), row(j), row(j + 1), row(j + 2), fj - j);
  };
  const centre = (y: number): number => {
    const p = profileAt(y);
    return (p.zBack + p.zFront) / 2;
  };
  // Rows of rings: the bottom cap (centre outward), the tube, then the top cap (rim inward). Each cap rolls
  // over the rim (a quarter round of ~0.6 cm) and closes flat, like a section through the neck / buttocks.
  const CAP: readonly (readonly [number, number])[] = [
    [0.97, 0.3],
    [0.88, 0.52],
    [0.62, 0.6],
    [0.3, 0.6],
  ];
  const rows: { y: number; scale: number; dy: number }[] = [
    ...[...CAP].reverse().map(([sc, d]) => ({ y: Y_BOTTOM, scale: sc, dy: -d })),
    ...rings.map((y) => ({ y, scale: 1, dy: 0 })),
    ...CAP.map(([sc, d]) => ({ y: Y_TOP, scale: sc, dy: d })),
  ];
  const m = emptyMesh(false);
  for (const row of rows) {
    const zc = centre(row.y);
    for (let k = 0; k < OUT_SEGMENTS; k++) {
      const phi = (2 * Math.PI * k) / OUT_SEGMENTS;
      const rr = radius(row.y, phi) * row.scale;
      m.positions.push(rr * Math.sin(phi), row.y + row.dy, zc + rr * Math.cos(phi));
    }
  }
  m.indices.push(...gridIndices(rows.length, OUT_SEGMENTS, 0, false, true));
  // Centre points close the caps (fans with the grid's winding).
  const bottom = rows.length * OUT_SEGMENTS;
  const top = bottom + 1;
  const first = at(rows, 0);
  const last = at(rows, rows.length - 1);
  m.positions.push(0, first.y + first.dy, centre(first.y));
  m.positions.push(0, last.y + last.dy, centre(last.y));
  const lastRow = (rows.length - 1) * OUT_SEGMENTS;
  for (let k = 0; k < OUT_SEGMENTS; k++) {
    const k1 = (k + 1) % OUT_SEGMENTS;
    m.indices.push(bottom, k1, k);
    m.indices.push(lastRow + k, lastRow + k1, top);
  }
  return m;
}

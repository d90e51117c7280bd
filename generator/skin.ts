// The skin: a smooth star-shaped tube round everything, neck to pelvis. Each horizontal ring takes the
// outermost point of all built structures in each direction from the trunk axis, adds subcutaneous fat
// (§4.7: 0.8–2.5 cm), never goes inside an anthropometric minimum (ANSUR II breadths/depths), and is
// smoothed in both directions. Built from both sides at once, so it is exactly symmetric. Both ends are
// closed by caps that roll over the rim, so the skin reads as a closed torso surface, not an open sleeve.
import { emptyMesh, getVertex, gridIndices, vertexCount, type MeshData } from './mesh';
import { at, clamp, lerpN } from './vec';

const Y_BOTTOM = -60;
const Y_TOP = 12.5;
const RINGS = 74;
const SEGMENTS = 64;

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
  [-57, 15.5, 1.5, -18.0],
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
  // Rows of rings: the bottom cap (centre outward), the tube, then the top cap (rim inward). Each cap rolls
  // over the rim (a quarter round of ~0.6 cm) and closes flat, like a section through the neck / pelvis.
  const CAP: readonly (readonly [number, number])[] = [
    [0.985, 0.25],
    [0.95, 0.45],
    [0.9, 0.55],
    [0.72, 0.6],
    [0.45, 0.6],
    [0.2, 0.6],
  ];
  const rows: { j: number; scale: number; dy: number }[] = [
    ...[...CAP].reverse().map(([sc, dy]) => ({ j: 0, scale: sc, dy: -dy })),
    ...Array.from({ length: RINGS }, (_, j) => ({ j, scale: 1, dy: 0 })),
    ...CAP.map(([sc, dy]) => ({ j: RINGS - 1, scale: sc, dy })),
  ];
  const m = emptyMesh(false);
  for (const row of rows) {
    const y = ringY(row.j) + row.dy;
    const zc = at(centres, row.j);
    for (let k = 0; k < SEGMENTS; k++) {
      const phi = (2 * Math.PI * k) / SEGMENTS;
      const rr = get(r, row.j, k) * row.scale;
      m.positions.push(rr * Math.sin(phi), y, zc + rr * Math.cos(phi));
    }
  }
  m.indices.push(...gridIndices(rows.length, SEGMENTS, 0, false, true));
  // Centre points close the caps (fans with the grid's winding).
  const bottom = rows.length * SEGMENTS;
  const top = bottom + 1;
  const first = at(rows, 0);
  const last = at(rows, rows.length - 1);
  m.positions.push(0, ringY(first.j) + first.dy, at(centres, first.j));
  m.positions.push(0, ringY(last.j) + last.dy, at(centres, last.j));
  const lastRow = (rows.length - 1) * SEGMENTS;
  for (let k = 0; k < SEGMENTS; k++) {
    const k1 = (k + 1) % SEGMENTS;
    m.indices.push(bottom, k1, k);
    m.indices.push(lastRow + k, lastRow + k1, top);
  }
  return m;
}

// Sacrum (midline) and the hip bone's iliac wing and crest (left): PSIS and crest top from Table G4.
import { POINTS, SPINOUS_TIPS, type Vec3 } from './landmarks';
import { emptyMesh, gridIndices, mergeMeshes, type MeshData } from './mesh';
import { tube, tubeAlong } from './prim';
import { add, alongPolyline, catmullRom, cross, lerp, norm, scale, sub } from './vec';

/** Iliac crest, PSIS → crest top → ASIS; passes the latissimus origin points on the posterior crest. */
export const ILIAC_CREST: readonly Vec3[] = [
  POINTS.psis,
  [7.5, -47.5, -1.0],
  [10.5, -45.5, -3.5],
  POINTS.iliacCrestHighest,
  [13.8, -46.6, -12.0],
  [12.2, -50.5, -15.8],
];

export function buildHipBone(): MeshData {
  const crest = catmullRom(ILIAC_CREST, 4);
  const base = catmullRom(
    [[3.8, -53.5, -1.4], [6.8, -55.5, -4.2], [9.4, -56.5, -8.4], [10.8, -55.8, -11.8], [11.4, -53.2, -15.0]],
    4,
  );
  const nu = 22;
  const nv = 8;
  const mid: Vec3[] = [];
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = alongPolyline(crest, i / (nu - 1));
      const b = alongPolyline(base, i / (nu - 1));
      // The wing bulges outward (laterally/back) between crest and base.
      const bulge = Math.sin((Math.PI * j) / (nv - 1)) * 0.9;
      mid.push(add(lerp(a, b, j / (nv - 1)), [bulge * 0.8, 0, bulge * 0.3]));
    }
  }
  const m = emptyMesh(false);
  for (const side of [1, -1]) {
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const p = mid[j * nu + i] ?? [0, 0, 0];
        const pu = mid[j * nu + Math.min(nu - 1, i + 1)] ?? p;
        const pl = mid[j * nu + Math.max(0, i - 1)] ?? p;
        const pv = mid[Math.min(nv - 1, j + 1) * nu + i] ?? p;
        const pw = mid[Math.max(0, j - 1) * nu + i] ?? p;
        const n = norm(cross(sub(pu, pl), sub(pv, pw)));
        const e = Math.sqrt(Math.max(0, Math.sin((Math.PI * i) / (nu - 1)) * Math.sin((Math.PI * j) / (nv - 1))));
        const q = add(p, scale(n, side * 0.45 * e));
        m.positions.push(q[0], q[1], q[2]);
      }
    }
  }
  m.indices.push(...gridIndices(nv, nu, 0, true), ...gridIndices(nv, nu, nu * nv, false));
  return mergeMeshes([m, tubeAlong(crest, () => 0.62, 0.9, 8, [0, 1, 0])]);
}

export function buildSacrum(): MeshData {
  const s1 = SPINOUS_TIPS.S1 ?? [0, -47.6, 0.4];
  const s2 = SPINOUS_TIPS.S2 ?? [0, -49.9, 1.5];
  const body = tube(
    [
      { p: [0, -46.0, -4.2], a: 5.0, b: 3.6 },
      { p: [0, -49.2, -2.4], a: 4.6, b: 2.7 },
      { p: [0, -53.0, -1.6], a: 3.4, b: 1.8 },
      { p: [0, -56.5, -2.0], a: 1.9, b: 1.1 },
      { p: [0, -59.0, -3.2], a: 0.8, b: 0.5 },
    ],
    14,
    [0, 0, 1],
  );
  // Median sacral crest: the palpable ridge through the S1 and S2 "spinous" tubercles.
  const crest = tubeAlong(catmullRom([s1, s2, [0, -52.5, 0.9], [0, -55.0, 0.0]], 3), () => 0.4, 1.6, 6, [0, 0, 1]);
  return mergeMeshes([body, crest]);
}

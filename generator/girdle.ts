// Shoulder girdle and arm (left): scapula in its Table G3 resting pose (30° internal rotation, 10° anterior
// tilt), clavicle as an S-curve from the SC to the AC joint, and the upper humerus down past the latissimus
// insertion.
import { POINTS, SCAPULA, type Vec3 } from './landmarks';
import { emptyMesh, gridIndices, mergeMeshes, type MeshData } from './mesh';
import { ellipsoid, tube, tubeAlong } from './prim';
import { add, alongPolyline, catmullRom, cross, lerp, lerpN, norm, scale, sub } from './vec';

/** Posterior-facing normal of the scapular plane from the landmarks. */
export function scapularNormal(): Vec3 {
  const e1 = sub(SCAPULA.glenoid_centre, SCAPULA.root_of_spine_TS);
  const e2 = sub(SCAPULA.inferior_angle, SCAPULA.superior_angle);
  const n = norm(cross(e1, e2));
  return n[2] < 0 ? scale(n, -1) : n;
}

/** Medial border (superior angle → inferior angle) exactly through the landmarks. */
export const MEDIAL_BORDER: readonly Vec3[] = [
  SCAPULA.superior_angle,
  SCAPULA.root_of_spine_TS,
  SCAPULA.medial_border_T5,
  SCAPULA.inferior_angle,
];

/** Superior border → glenoid neck → lateral border → inferior angle (derived, estimate). */
function lateralBorder(): Vec3[] {
  const g = SCAPULA.glenoid_centre;
  const ig = SCAPULA.infraglenoid_tubercle;
  const ia = SCAPULA.inferior_angle;
  return [
    [12.8, -5.6, -2.9],
    [15.3, -7.6, -4.6],
    [g[0] - 1.0, g[1], g[2] + 0.6],
    ig,
    lerp(ig, ia, 0.35),
    lerp(ig, ia, 0.7),
    ia,
  ];
}

export function buildScapula(): MeshData {
  const n = scapularNormal();
  const medial = catmullRom(MEDIAL_BORDER, 4);
  const lateral = catmullRom(lateralBorder(), 3);
  const nu = 14;
  const nv = 18;
  // Blade: lofted medial → lateral border by arc length; the fossa sags anteriorly under the spine.
  const mid: Vec3[] = [];
  const thick: number[] = [];
  for (let j = 0; j < nv; j++) {
    const f = j / (nv - 1);
    const a = alongPolyline(medial, f);
    const b = alongPolyline(lateral, f);
    for (let i = 0; i < nu; i++) {
      const u = i / (nu - 1);
      const sag = -1.1 * Math.sin(Math.PI * u) * Math.sin(Math.PI * Math.min(1, f * 1.3));
      mid.push(add(lerp(a, b, u), scale(n, sag)));
      thick.push(0.18 + 0.25 * u * u);
    }
  }
  const blade = emptyMesh(false);
  const edge = (i: number, j: number): number =>
    Math.sqrt(Math.sin((Math.PI * i) / (nu - 1))) * Math.sqrt(Math.sin((Math.PI * j) / (nv - 1)));
  for (const side of [1, -1]) {
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const k = j * nu + i;
        const p = mid[k] ?? [0, 0, 0];
        const q = add(p, scale(n, side * (thick[k] ?? 0.2) * edge(i, j)));
        blade.positions.push(q[0], q[1], q[2]);
      }
    }
  }
  blade.indices.push(...gridIndices(nv, nu, 0, false), ...gridIndices(nv, nu, nu * nv, true));
  const parts: MeshData[] = [blade];
  // Thick rims: lateral border pillar and a slimmer medial border.
  parts.push(tubeAlong(lateral.slice(2), (f) => lerpN(0.55, 0.35, f), 1.0, 6, n));
  parts.push(tubeAlong(medial, () => 0.28, 1.0, 6, n));
  // Spine of the scapula: a ridge whose crest follows TS → tubercle → mid-crest → acromial angle.
  const crest = [SCAPULA.root_of_spine_TS, SCAPULA.spine_tubercle_lower_trap, SCAPULA.spine_mid, SCAPULA.acromial_angle];
  const spinePts = catmullRom(crest, 4);
  parts.push(
    tube(
      spinePts.map((p, i) => {
        const f = i / (spinePts.length - 1);
        const depth = lerpN(0.45, 1.1, Math.sin(Math.PI * Math.min(1, f * 1.2)));
        return { p: add(p, scale(n, -depth + 0.2)), a: 0.35, b: depth };
      }),
      7,
      n,
    ),
  );
  // Acromion: a flat process from the acromial angle round its lateral edge toward the AC joint.
  const acro = catmullRom(
    [SCAPULA.acromial_angle, POINTS.acromionLateralEdge, [18.6, -7.2, -8.6], POINTS.acJoint],
    4,
  );
  parts.push(tube(acro.map((p) => ({ p, a: 0.9, b: 0.38 })), 8, [0, 1, 0]));
  // Glenoid and neck; coracoid hooking forward.
  parts.push(ellipsoid(SCAPULA.glenoid_centre, [0.7, 1.8, 1.4], 6, 10));
  parts.push(tubeAlong([[14.6, -6.4, -4.8], [16.0, -6.9, -7.5], [15.6, -7.8, -9.2]], (f) => lerpN(0.55, 0.4, f), 1, 6, [0, 1, 0]));
  return mergeMeshes(parts);
}

export function buildClavicle(): MeshData {
  const pts = catmullRom(
    [POINTS.scJoint, [6.5, -7.3, -12.8], [10.5, -7.1, -10.6], [13.7, -6.9, -8.0], POINTS.acJoint],
    5,
  );
  return tubeAlong(pts, (f) => lerpN(0.75, 0.62, Math.sin(Math.PI * f)) * (f > 0.7 ? lerpN(1, 1.3, (f - 0.7) / 0.3) : 1), 0.75, 8, [0, 1, 0]);
}

export function buildHumerus(): MeshData {
  const head = POINTS.humeralHeadCentre;
  const parts: MeshData[] = [];
  parts.push(ellipsoid(head, [2.3, 2.35, 2.3], 10, 14));
  parts.push(ellipsoid([head[0] + 1.3, head[1] - 0.6, head[2] - 0.4], [1.2, 1.5, 1.2], 6, 10));
  const shaft: Vec3[] = [
    [head[0] + 0.3, head[1] - 1.2, head[2] - 0.6],
    [19.7, -14.0, -7.8],
    [19.6, -18.0, -8.0],
    [19.5, -24.0, -8.1],
  ];
  parts.push(tubeAlong(catmullRom(shaft, 3), (f) => lerpN(1.55, 1.1, Math.min(1, f * 2)) * (f > 0.95 ? 0.7 : 1), 1, 10, [0, 0, 1]));
  return mergeMeshes(parts);
}

// Shoulder girdle and arm (left): scapula in its Table G3 resting pose (30° internal rotation, 10° anterior
// tilt), clavicle as an S-curve from the SC to the AC joint, and the upper humerus down past the latissimus
// insertion.
import { POINTS, SCAPULA, type Vec3 } from './landmarks';
import { emptyMesh, gridIndices, mergeMeshes, type MeshData } from './mesh';
import { ellipsoid, tubeAlong } from './prim';
import { add, alongPolyline, at, catmullRom, cross, dist, dot, lerp, lerpN, norm, scale, smoothstep, sub } from './vec';

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

/** Orthonormal scapular frame at the root of the spine: e1 toward the glenoid, e2 up, n posterior. */
function scapularFrame(): { o: Vec3; e1: Vec3; e2: Vec3; n: Vec3 } {
  const n = scapularNormal();
  const o = SCAPULA.root_of_spine_TS;
  const g = sub(SCAPULA.glenoid_centre, o);
  const e1 = norm(sub(g, scale(n, dot(g, n))));
  let e2 = cross(n, e1);
  if (e2[1] < 0) e2 = scale(e2, -1);
  return { o, e1, e2, n };
}

/**
 * Closed surface through rings of equal size (consecutive rings joined), each end closed by a fan to a
 * centre point: the generator's general sweep for bony processes with non-elliptical sections.
 */
function ringSurface(rings: readonly (readonly Vec3[])[], capStart: Vec3, capEnd: Vec3): MeshData {
  const m = emptyMesh(false);
  const k = at(rings, 0).length;
  for (const r of rings) for (const p of r) m.positions.push(p[0], p[1], p[2]);
  m.indices.push(...gridIndices(rings.length, k, 0, true, true));
  const c0 = rings.length * k;
  m.positions.push(capStart[0], capStart[1], capStart[2], capEnd[0], capEnd[1], capEnd[2]);
  const last = (rings.length - 1) * k;
  for (let i = 0; i < k; i++) {
    const i1 = (i + 1) % k;
    m.indices.push(c0, i, i1, c0 + 1, last + i1, last + i);
  }
  return m;
}

/**
 * The scapula (left), built in its own frame (a along e1 toward the glenoid, b up, c posterior; all Table
 * G3 landmarks lie within 5 mm of the plane c = 0):
 * - the blade, a thin plate lofted between the medial (vertebral) border, through the superior angle, the
 *   root of the spine and the inferior angle, and the outline superior border → suprascapular notch →
 *   glenoid neck → infraglenoid tubercle → lateral border → inferior angle. Its borders are rounded rims
 *   (a slim medial rim, the thick lateral pillar, a thin superior border); the blade curves forward
 *   toward its lateral border as the ribs fall away from the scapular plane toward the armpit, so its
 *   costal face is gently concave (subscapular fossa) and follows them;
 * - the spine, a plate standing on the blade from the trigonum at the medial border (barely raised) to a
 *   thick crest ~1.5 cm proud at the acromion, whose crest runs through the spinal landmarks (root,
 *   lower-trapezius tubercle, mid-crest, acromial angle) and, turning forward round the acromial angle,
 *   becomes the flat acromion past its lateral edge toward the clavicle;
 * - the glenoid: a pear-shaped, shallow socket on a short neck, facing the humeral head; and the coracoid
 *   hooking forward from the superior border under the clavicle.
 */
export function buildScapula(): MeshData {
  const { o, e1, e2, n } = scapularFrame();
  const W = (a: number, b: number, c: number): Vec3 => add(o, add(scale(e1, a), add(scale(e2, b), scale(n, c))));
  const L = (p: Vec3): [number, number] => [dot(sub(p, o), e1), dot(sub(p, o), e2)];
  const ia = L(SCAPULA.inferior_angle);
  const ig = L(SCAPULA.infraglenoid_tubercle);
  // Borders in the plane (a, b), both from the top down to the inferior angle.
  const medial = catmullRom(MEDIAL_BORDER.map((p) => { const q = L(p); return [q[0], q[1], 0] as Vec3; }), 6);
  const lateral = catmullRom(
    [[5.0, 2.95, 0], [7.6, 2.45, 0], [9.5, 1.7, 0], [10.2, -1.1, 0], [ig[0] - 0.5, ig[1] - 0.1, 0], [8.9, -5.4, 0], [5.7, -9.0, 0], [ia[0], ia[1], 0]],
    5,
  );
  const nu = 21;
  const nv = 27;
  const cl = (x: number): number => (1 - Math.cos(Math.PI * x)) / 2;
  const plane: Vec3[] = [];
  const uf: [number, number][] = [];
  for (let j = 0; j < nv; j++) {
    const f = cl(j / (nv - 1));
    const a = alongPolyline(medial, f);
    const b = alongPolyline(lateral, f);
    for (let i = 0; i < nu; i++) {
      const u = cl(i / (nu - 1));
      plane.push(lerp(a, b, u));
      uf.push([u, f]);
    }
  }
  // Distances (cm, in the plane) from each vertex to the medial, lateral and superior borders.
  const dMed: number[] = new Array<number>(nu * nv).fill(0);
  const dLat: number[] = new Array<number>(nu * nv).fill(0);
  const dSup: number[] = new Array<number>(nu * nv).fill(0);
  const pl = (i: number, j: number): Vec3 => at(plane, j * nu + i);
  for (let j = 0; j < nv; j++) {
    for (let i = 1; i < nu; i++) dMed[j * nu + i] = at(dMed, j * nu + i - 1) + dist(pl(i, j), pl(i - 1, j));
    for (let i = nu - 2; i >= 0; i--) dLat[j * nu + i] = at(dLat, j * nu + i + 1) + dist(pl(i, j), pl(i + 1, j));
  }
  for (let i = 0; i < nu; i++) {
    for (let j = 1; j < nv; j++) dSup[j * nu + i] = at(dSup, (j - 1) * nu + i) + dist(pl(i, j), pl(i, j - 1));
  }
  /** Rounded rim of radius r at a border, easing into the plate over the next `w` cm. */
  const rim = (d: number, r: number, w: number): number =>
    d < r ? Math.sqrt(Math.max(0, r * r - (r - d) * (r - d))) : r * (1 - smoothstep(r, r + w, d));
  const PLATE = 0.1;
  /** How far (cm) the lateral border curves forward of the scapular plane, following the ribs. */
  const FOLLOW = 1.9;
  const post: number[] = [];
  const ant: number[] = [];
  const mid: number[] = [];
  for (let k = 0; k < nu * nv; k++) {
    const [u, f] = at(uf, k);
    // The blade curves forward toward its lateral border as the ribs fall away toward the armpit, more and
    // more steeply (quadratic in u): convex seen from behind, so the costal face is gently concave (the
    // subscapular fossa) and follows the ribs. Near the medial border it stays on the ribs' angles (the
    // intrinsic muscles and the serratus posterior superior's slips pass just in front of it there); the
    // glenoid neck and the inferior angle stay on the scapular plane with their landmarks.
    const follow = FOLLOW * (0.35 * u + 0.65 * u * u) * smoothstep(0.04, 0.3, f) * (1 - smoothstep(0.55, 0.9, f));
    mid.push(-follow);
    const dm = at(dMed, k);
    const dl = at(dLat, k);
    const ds = at(dSup, k);
    // The lateral border is a thick pillar (thickest at the glenoid neck) that stands forward of the plate.
    const rl = lerpN(0.62, 0.34, smoothstep(0.25, 1, f));
    const tm = rim(dm, 0.26, 0.8);
    const tl = rim(dl, rl, 1.4);
    const ts = rim(ds, 0.14, 0.5);
    const plate = PLATE * smoothstep(0, 0.12, Math.min(dm, dl, ds));
    // On the outline itself the two faces meet, so the blade is a closed solid: where two borders' rims
    // overlap (near the angles) one border's rim would otherwise hold the other border open.
    const onOutline = Math.min(dm, dl, ds) === 0;
    const t = onOutline ? 0 : Math.max(plate, tm, tl, ts);
    post.push(t);
    ant.push(onOutline ? 0 : t + 0.35 * tl);
  }
  const blade = emptyMesh(false);
  for (const side of [1, -1]) {
    for (let k = 0; k < nu * nv; k++) {
      const p = at(plane, k);
      const c = at(mid, k) + (side > 0 ? at(post, k) : -at(ant, k));
      const q = W(p[0], p[1], c);
      blade.positions.push(q[0], q[1], q[2]);
    }
  }
  blade.indices.push(...gridIndices(nv, nu, 0, false), ...gridIndices(nv, nu, nu * nv, true));
  /** Posterior surface of the blade (c) nearest to (a, b), or null off the blade. */
  const bladeBack = (a: number, b: number): number | null => {
    let best = Infinity;
    let c: number | null = null;
    for (let k = 0; k < nu * nv; k++) {
      const p = at(plane, k);
      const d = Math.hypot(p[0] - a, p[1] - b);
      if (d < best) {
        best = d;
        c = at(mid, k) + at(post, k);
      }
    }
    return best < 0.6 ? c : null;
  };

  // Spine and acromion: one sweep along the crest (posterior border of the spine, then the lateral border of
  // the acromion). Each section is a plate from the crest's rounded lip inward: down to the blade along the
  // spine, medially across the acromion past the acromial angle.
  const toL3 = (p: Vec3): Vec3 => [dot(sub(p, o), e1), dot(sub(p, o), e2), dot(sub(p, o), n)];
  const crestPts: Vec3[] = [
    toL3(SCAPULA.root_of_spine_TS),
    toL3(SCAPULA.spine_tubercle_lower_trap),
    add(toL3(SCAPULA.spine_mid), [0, 0, 0.35]),
    [10.2, 2.3, 0.6],
    toL3(SCAPULA.acromial_angle),
    toL3(POINTS.acromionLateralEdge),
    add(toL3(POINTS.acromionLateralEdge), [-1.0, 0.15, -2.0]),
  ];
  const crest = catmullRom(crestPts, 4);
  const rings: Vec3[][] = [];
  const K = 14;
  const nc = crest.length;
  for (let s = 0; s < nc; s++) {
    const p = at(crest, s);
    const t = norm(sub(at(crest, Math.min(nc - 1, s + 1)), at(crest, Math.max(0, s - 1))));
    let up: Vec3 = [0, 1, 0];
    up = norm(sub(up, scale(t, dot(up, t))));
    const side = norm(cross(t, up));
    const f = s / (nc - 1);
    // Along the spine: from the crest down into the blade; past the blade: the acromion's width.
    const back = bladeBack(p[0], p[1]);
    const depth = back !== null ? Math.max(0.3, p[2] - back + 0.25) : 2.0;
    const len = lerpN(depth, 2.0, smoothstep(0.55, 0.7, f)) * (f > 0.92 ? lerpN(1, 0.55, (f - 0.92) / 0.08) : 1);
    // The crest is a broad bar with upper and lower lips (widest where the trapezius and deltoid attach,
    // and at the lower-trapezius tubercle); the plate under it is thin.
    const lip = lerpN(0.3, 0.62, smoothstep(0.05, 0.5, f)) + 0.12 * Math.exp(-(((f - 0.12) / 0.06) ** 2));
    const body = lerpN(0.17, 0.4, smoothstep(0.45, 0.7, f));
    // Along the spine the plate leans: its crest stands above its root (it overhangs the supraspinous
    // fossa), so from behind its upper face catches the light and its lower face is in shade.
    const lean = lerpN(0.15, 0.8, smoothstep(0.05, 0.4, f)) * (1 - smoothstep(0.55, 0.7, f));
    const centre = sub(p, scale(side, 0.18));
    const ring: Vec3[] = [];
    for (let q = 0; q < K; q++) {
      const th = (2 * Math.PI * q) / K;
      // x from −len (inner end) to +lip (the crest's rounded lip), thickness easing from body to lip.
      const x = lerpN(-len, lip * 0.6, (1 + Math.cos(th)) / 2);
      const w = smoothstep(-len, lip * 0.6, x);
      const th2 = lerpN(body, lip, w * w);
      const y = th2 * Math.sin(th) - lean * (1 - w);
      const lp = add(centre, add(scale(side, x), scale(up, y)));
      ring.push(W(lp[0], lp[1], lp[2]));
    }
    rings.push(ring);
  }
  const c0 = at(crest, 0);
  const c1 = at(crest, nc - 1);
  const spine = ringSurface(rings, W(c0[0], c0[1], c0[2] - 0.2), W(c1[0] - 0.3, c1[1], c1[2]));

  // Glenoid: pear-shaped rim on a short neck, with a shallow socket facing the humeral head.
  const gl = toL3(SCAPULA.glenoid_centre);
  const ringAt = (a: number, hb: number, hc: number, cOff: number): Vec3[] => {
    const out: Vec3[] = [];
    for (let q = 0; q < 16; q++) {
      const th = (2 * Math.PI * q) / 16;
      const b = hb * Math.sin(th);
      const w = hc * (b > 0 ? lerpN(1, 0.7, b / hb) : 1);
      out.push(W(a, gl[1] + b - 0.1, gl[2] + cOff + w * Math.cos(th)));
    }
    return out;
  };
  const glenoid = ringSurface(
    [ringAt(9.0, 1.9, 0.45, -0.3), ringAt(10.3, 1.35, 0.62, -0.2), ringAt(11.2, 1.55, 1.0, -0.05), ringAt(11.75, 1.85, 1.38, 0), ringAt(12.15, 1.75, 1.3, 0), ringAt(12.0, 1.3, 0.95, 0)],
    W(9.3, gl[1], gl[2] - 0.25),
    W(11.75, gl[1] - 0.1, gl[2]),
  );
  // Coracoid: from the superior border beside the notch, up and forward under the clavicle.
  const cor = catmullRom([W(8.9, 2.0, -0.4), W(9.5, 3.0, -1.6), [16.0, -6.9, -7.5], [15.6, -7.8, -9.2]], 3);
  const coracoid = tubeAlong(cor, (f) => lerpN(0.6, 0.38, f), 1, 8, [0, 1, 0]);
  return mergeMeshes([blade, spine, glenoid, coracoid]);
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

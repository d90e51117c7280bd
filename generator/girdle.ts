// Shoulder girdle and arm (left): scapula in its Table G3 resting pose (30° internal rotation, 10° anterior
// tilt), clavicle as an S-curve from the SC to the AC joint, and the upper humerus down past the latissimus
// insertion.
import { POINTS, SCAPULA, type Vec3 } from './landmarks';
import { emptyMesh, gridIndices, mergeMeshes, type MeshData } from './mesh';
import { plate, tube, tubeAlong } from './prim';
import { smin } from './sdf';
import { ringSurface } from './sweep';
import { add, alongPolyline, at, catmullRom, clamp, cross, dist, dot, lerp, lerpN, norm, scale, smoothstep, sub } from './vec';

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
export function scapularFrame(): { o: Vec3; e1: Vec3; e2: Vec3; n: Vec3 } {
  const n = scapularNormal();
  const o = SCAPULA.root_of_spine_TS;
  const g = sub(SCAPULA.glenoid_centre, o);
  const e1 = norm(sub(g, scale(n, dot(g, n))));
  let e2 = cross(n, e1);
  if (e2[1] < 0) e2 = scale(e2, -1);
  return { o, e1, e2, n };
}


/**
 * How far (cm) the glenoid sits in front of the scapular plane through its Table G3 centre. With the socket
 * on the landmark, the acromial angle (Table G3) would lie in front of the glenoid's posterior rim and the
 * neck would stand out behind the acromion like a spool; in the body the acromion's posterior border lies
 * behind the joint. The humeral head moves with the socket.
 */
const GLENOID_C = -0.8;
/** The humeral head's centre: the Table G3 estimate moved with the glenoid, and 2 mm down so the acromion clears it. */
export const HUMERAL_HEAD_CENTRE: Vec3 = add(add(POINTS.humeralHeadCentre, scale(scapularNormal(), GLENOID_C)), [0, -0.2, 0]);
const HUMERAL_HEAD_RADIUS = 2.2;
/** Where the socket faces the head from. */
const GLENOID_CENTRE: Vec3 = add(SCAPULA.glenoid_centre, scale(scapularNormal(), GLENOID_C));
/** The clavicle's S-curve, SC joint → AC joint (the last point before the AC joint sets the facet's direction). */
const CLAVICLE_PATH: readonly Vec3[] = [
  POINTS.scJoint,
  [6.5, -7.3, -12.8],
  [10.5, -7.1, -10.6],
  [13.7, -6.9, -8.0],
  POINTS.acJoint,
];

/** Piecewise-linear profile through (x, y) knots in increasing x, constant beyond the ends. */
function profile(knots: readonly (readonly [number, number])[], x: number): number {
  const first = at(knots, 0);
  if (x <= first[0]) return first[1];
  for (let i = 1; i < knots.length; i++) {
    const k0 = at(knots, i - 1);
    const k1 = at(knots, i);
    if (x <= k1[0]) return lerpN(k0[1], k1[1], (x - k0[0]) / (k1[0] - k0[0]));
  }
  return at(knots, knots.length - 1)[1];
}

/**
 * The scapula (left), built in its own frame (a along e1 toward the glenoid, b up, c posterior; all Table
 * G3 landmarks lie within 5 mm of the plane c = 0):
 * - the blade, a thin plate lofted between the medial (vertebral) border, through the superior angle, the
 *   root of the spine and the inferior angle, and the outline superior border → suprascapular notch →
 *   glenoid neck → infraglenoid tubercle → lateral border → inferior angle. Its borders are rounded rims
 *   (a slim medial rim, the thick lateral pillar, a thin superior border); the blade curves forward
 *   toward its lateral border as the ribs fall away from the scapular plane toward the armpit, so its
 *   costal face is gently concave (subscapular fossa) and follows them; both fossae deepen toward the
 *   root of the spine's lateral half, which is what the spine stands out of;
 * - the spine, a leaning plate on the blade with a broad two-lipped crest: flush with the blade at the
 *   smooth trigonum on the medial border, rising laterally (the lower-trapezius tubercle on its lower lip)
 *   to stand ~2 cm proud, then free of the blade past the spinoglenoid notch up to the acromial angle;
 * - the acromion, a flat quadrangular plate growing out of the crest's lateral part and overhanging the
 *   humeral head, with the facet for the clavicle on its medial border;
 * - the glenoid: a pear-shaped, shallow socket on a short neck, facing the humeral head, with the
 *   infraglenoid tubercle below it; and the coracoid hooking forward from beside the notch under the
 *   clavicle.
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
    [[5.0, 2.95, 0], [7.6, 2.45, 0], [9.9, 1.6, 0], [10.8, -0.9, 0], [ig[0] - 0.3, ig[1] - 0.1, 0], [8.9, -5.4, 0], [5.7, -9.0, 0], [ia[0], ia[1], 0]],
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
  // The suprascapular notch: the superior border dips just medial to the root of the coracoid.
  for (let k = 0; k < nu * nv; k++) {
    const p = at(plane, k);
    const notch =
      0.45 * Math.exp(-(((p[0] - 8.2) / 0.45) ** 2)) * smoothstep(0.5, 1.5, p[1]) * (1 - smoothstep(0, 1.6, at(dLat, k)));
    plane[k] = [p[0], p[1] - notch, 0];
  }
  /** Rounded rim of radius r at a border, easing into the plate over the next `w` cm. */
  const rim = (d: number, r: number, w: number): number =>
    d < r ? Math.sqrt(Math.max(0, r * r - (r - d) * (r - d))) : r * (1 - smoothstep(r, r + w, d));
  const PLATE = 0.1;
  /** How far (cm) the lateral border curves forward of the scapular plane, following the ribs. */
  const FOLLOW = 1.9;
  /** The spine's root on the blade runs from the trigonum (a = 0) up to the spinoglenoid notch. */
  const NOTCH_A = 9.6;
  const rootB = (a: number): number => 0.12 * a;
  // Both fossae deepen toward the root of the spine's lateral half (the supraspinous and infraspinous
  // muscles lie thickest there), clear of the medial border — whose costal face caps the intrinsic
  // muscles — and of the glenoid neck, which stays on its landmark.
  const fossa = (a: number, b: number): number =>
    0.6 * smoothstep(2.5, 5.5, a) * (1 - smoothstep(8.2, 9.8, a)) * Math.exp(-(((b - rootB(a) + 0.6) / 2.6) ** 2));
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
    // Round the lateral angle, well lateral of the ribs, the blade turns back toward the plane of the
    // glenoid, so the neck carries the socket straight on from the infraspinous fossa.
    const p = at(plane, k);
    const neck = smoothstep(6.0, 9.5, p[0]) * (1 - smoothstep(1.5, 4.5, Math.abs(p[1] + 0.5)));
    const follow =
      FOLLOW * (0.35 * u + 0.65 * u * u) * smoothstep(0.04, 0.3, f) * (1 - smoothstep(0.55, 0.9, f)) * (1 - 0.75 * neck);
    mid.push(-follow - fossa(p[0], p[1]));
    const dm = at(dMed, k);
    const dl = at(dLat, k);
    const ds = at(dSup, k);
    // The lateral border is a thick pillar (thickest at the glenoid neck) that stands forward of the plate.
    const rl = lerpN(0.62, 0.34, smoothstep(0.25, 1, f));
    const tm = rim(dm, 0.26, 0.8);
    const tl = rim(dl, rl, 1.4);
    const ts = rim(ds, 0.14, 0.5);
    const plateT = PLATE * smoothstep(0, 0.12, Math.min(dm, dl, ds));
    // On the outline itself the two faces meet, so the blade is a closed solid: where two borders' rims
    // overlap (near the angles) one border's rim would otherwise hold the other border open.
    const onOutline = Math.min(dm, dl, ds) === 0;
    const t = onOutline ? 0 : Math.max(plateT, tm, tl, ts);
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
  /** The blade's mid-surface c at (a, b): inverse-distance mean of the four nearest grid vertices. */
  const midAt = (a: number, b: number): number => {
    const near = plane
      .map((p, k) => ({ d: Math.hypot(p[0] - a, p[1] - b), k }))
      .sort((x, y) => x.d - y.d || x.k - y.k)
      .slice(0, 4);
    let s = 0;
    let w = 0;
    for (const { d, k } of near) {
      const wk = 1 / (d + 0.05);
      s += wk * at(mid, k);
      w += wk;
    }
    return s / w;
  };

  // Spine: rings across it (planes a = const) from the trigonum to the acromial angle. Each section leans
  // from its root on the blade up and back to the crest, so the crest overhangs the supraspinous fossa and,
  // seen from behind, its lower face lies in the crest's shade above the infraspinous fossa. The root spreads onto
  // the blade in a fillet; the plate is thin; the crest is a broad, flat-backed bar whose two lips overhang
  // the plate (trapezius on the upper, deltoid on the lower); the lower-trapezius tubercle thickens the lower
  // lip near the medial end. Past the spinoglenoid notch the root lifts off the blade and neck and climbs
  // to the acromion: the spine's free lateral border.
  const A_ANGLE = 12.36;
  const C_ANGLE = 1.1;
  const crestB = (a: number): number => profile([[0, 0.05], [1.92, 0.49], [6.84, 1.54], [NOTCH_A, 2.18], [A_ANGLE, 2.85]], a);
  const notchC = midAt(NOTCH_A, rootB(NOTCH_A));
  // The crest runs a little behind the spinal landmarks, so it stands ~2 cm proud of the deepened fossae.
  const crestC = (a: number): number =>
    profile([[0, 0.24], [1.0, 0.46], [1.92, 0.72], [4.0, 0.7], [6.84, 0.6], [NOTCH_A, 1.15], [A_ANGLE, C_ANGLE]], a);
  /** The spine's root: on the blade up to the notch, then its free border rising under the acromion. */
  const root = (a: number): [number, number] =>
    a <= NOTCH_A
      ? [rootB(a), midAt(a, rootB(a))]
      : [
          profile([[NOTCH_A, rootB(NOTCH_A)], [10.4, 1.45], [11.4, 2.15], [12.8, 2.5]], a),
          profile([[NOTCH_A, notchC], [10.4, 0.35], [11.4, 0.45], [12.8, 0.6]], a),
        ];
  const spineRing = (a: number): Vec3[] => {
    const [bB, cB] = root(a);
    const bC = crestB(a);
    const cC = crestC(a);
    const ls = Math.hypot(bC - bB, cC - cB);
    const u: [number, number] = [(bC - bB) / ls, (cC - cB) / ls];
    // +v: the upper (supraspinous) side of the section; at the trigonum the section lies flat on the blade.
    const flat = 1 - smoothstep(0.3, 2.5, a);
    const v0: [number, number] = [u[1], -u[0]];
    const vl = Math.hypot(lerpN(v0[0], 1, flat), lerpN(v0[1], 0, flat));
    const v: [number, number] = [lerpN(v0[0], 1, flat) / vl, lerpN(v0[1], 0, flat) / vl];
    const end = 1 - smoothstep(11.9, 12.8, a);
    const wc = profile([[0, 0.65], [1.9, 0.6], [4.0, 0.52], [6.8, 0.6], [NOTCH_A, 0.65], [12.8, 0.45]], a) * lerpN(0.7, 1, end);
    // The lower lip: the lower-trapezius tubercle near the medial end, and laterally the thick deltoid lip.
    const lowerLip = 0.22 * Math.exp(-(((a - 2.0) / 0.8) ** 2)) + 0.12 * smoothstep(4.0, 8.0, a);
    const dc = Math.min(0.5 * ls, profile([[0, 0.18], [1.9, 0.38], [6.0, 0.52], [12.8, 0.45]], a));
    // Past the notch the spine's free lateral border is a thick, rounded bar, not a thin plate.
    const wp = profile([[0, 0.3], [4.0, 0.22], [8.6, 0.25], [10.4, 0.42], [12.8, 0.35]], a);
    const wb = profile([[0, 0.6], [4.0, 0.55], [NOTCH_A, 0.5], [10.4, 0.42], [12.8, 0.3]], a);
    const s0 = ls - dc;
    const at2 = (s: number, w: number): Vec3 => W(a, bB + s * u[0] + w * v[0], cB + s * u[1] + w * v[1]);
    // On the blade the root's feet lie on its mid-surface (inside the blade, never through its costal
    // face); past the notch they close round the free border.
    const onBlade = 1 - smoothstep(8.8, 10.0, a);
    const foot = (side: number, w: number): Vec3 => {
      const free = at2(0, side * w);
      const b = bB + side * w;
      return lerp(free, W(a, b, midAt(a, b)), onBlade);
    };
    const lips = (side: number): Vec3[] => {
      const wh = wc + (side < 0 ? lowerLip : 0);
      return [
        foot(side, wb),
        at2(0.2 * s0, side * (wp + 0.3 * (wb - wp))),
        at2(0.5 * s0, side * wp),
        at2(0.8 * s0, side * (wp + 0.25 * (wh - wp))),
        at2(s0, side * wh),
        at2(s0 + 0.72 * dc, side * 0.89 * wh),
        at2(s0 + 0.94 * dc, side * 0.6 * wh),
      ];
    };
    return [...lips(1), at2(ls, 0), ...lips(-1).reverse()];
  };
  const stations = [0.25, 0.7, 1.3, 2.0, 2.8, 3.7, 4.7, 5.7, 6.7, 7.7, 8.6, 9.4, 10.1, 10.8, 11.5, 12.1, 12.6];
  const spineRings = stations.map(spineRing);
  const spine = ringSurface(spineRings);
  const crestPoint = (a: number): Vec3 => W(a, crestB(a), crestC(a));

  // Acromion: a broad plate lofted between its medial border (from the spine's upper face behind the
  // clavicular facet, past the facet at the AC joint, to the anterior tip) and its lateral border (from the
  // acromial angle, where the crest ends, forward past its most lateral point to the tip). Its posterior
  // edge lies along the front of the crest, so the crest runs on into the acromial angle. Roughly
  // horizontal, gently convex above and concave below, over the humeral head.
  const clavDir = norm(sub(POINTS.acJoint, at(CLAVICLE_PATH, CLAVICLE_PATH.length - 2)));
  const facet = add(POINTS.acJoint, scale(clavDir, 0.15));
  const acromialAngle = crestPoint(A_ANGLE);
  const medialKeys: Vec3[] = [[16.0, -6.75, -4.7], add(facet, [0, 0.1, 0]), [18.9, -6.9, -10.0]];
  const lateralKeys: Vec3[] = [acromialAngle, add(POINTS.acromionLateralEdge, [0.45, 0.6, 0]), [20.45, -7.05, -9.3]];
  const medialBorder = catmullRom(medialKeys, 4);
  const lateralBorder = catmullRom(lateralKeys, 4);
  const across = [0, 0.067, 0.25, 0.5, 0.75, 0.933, 1];
  const acrMid: Vec3[][] = [];
  const acrTop: number[][] = [];
  const acrBottom: number[][] = [];
  const rows = medialBorder.length;
  for (let i = 0; i < rows; i++) {
    const s = i / (rows - 1);
    const row: Vec3[] = [];
    const top: number[] = [];
    const bottom: number[] = [];
    for (const w of across) {
      const p = lerp(at(medialBorder, i), at(lateralBorder, i), w);
      row.push(add(p, [0, 0.12 * Math.sin(Math.PI * w) * smoothstep(0.1, 0.4, s), 0]));
      // Thin along the crest it grows from, ~9 mm thick over the head (thickest along the lateral border,
      // where the deltoid arises), thinner toward the tip.
      const t = profile([[0, 0.25], [0.25, 0.42], [0.7, 0.45], [1, 0.3]], s) + 0.06 * w;
      top.push(t);
      bottom.push(t);
    }
    acrMid.push(row);
    acrTop.push(top);
    acrBottom.push(bottom);
  }
  const acromion = plate(acrMid, acrTop, acrBottom, () => [0, 1, 0]);

  // Glenoid: pear-shaped (narrower above) on a short neck. The neck grows out of the blade's lateral angle
  // (its first rings lie within the blade, on its mid-surface) and carries the infraglenoid tubercle on its
  // lower side; the socket is a shallow dish facing the humeral head.
  const gl = L(SCAPULA.glenoid_centre);
  const K_GLENOID = 16;
  /** A ring of the neck or socket: half-height hb (+ `lower` below), half-depths behind and in front. */
  const glenoidRing = (a: number, hb: number, back: number, front: number, lower = 0): Vec3[] => {
    const c0 = lerpN(midAt(Math.min(a, 9.6), gl[1]), GLENOID_C, smoothstep(9.6, 11.9, a));
    return Array.from({ length: K_GLENOID }, (_, q) => {
      const th = (2 * Math.PI * q) / K_GLENOID;
      const up = Math.sin(th);
      const cs = Math.cos(th);
      const b = up > 0 ? hb * up : (hb + lower) * up;
      return W(a, gl[1] - 0.1 + b, c0 + (cs > 0 ? back : front) * cs * (1 - 0.22 * Math.max(0, up)));
    });
  };
  const socket = gl[0] + 0.2;
  // Behind, the neck rises from the infraspinous fossa as a concave ramp to the socket's rim, which stands
  // a little proud of it as a lip.
  const glenoid = ringSurface(
    [
      glenoidRing(9.2, 2.1, 0.35, 0.45),
      glenoidRing(10.1, 1.8, 0.36, 0.75, 0.3),
      glenoidRing(10.9, 1.6, 0.4, 0.9, 0.55),
      glenoidRing(11.65, 1.62, 0.62, 1.05, 0.2),
      glenoidRing(12.12, 1.85, 1.42, 1.42),
      glenoidRing(12.32, 1.74, 1.32, 1.32),
      glenoidRing(socket + 0.17, 1.2, 0.92, 0.92),
      glenoidRing(socket + 0.04, 0.6, 0.46, 0.46),
    ],
    W(9.2, gl[1] - 0.1, midAt(9.2, gl[1])),
    W(socket, gl[1] - 0.1, GLENOID_C),
  );
  // Coracoid: from the upper neck beside the suprascapular notch, up and forward under the clavicle (the
  // knee), then forward, laterally and a little down to its tip: a crooked finger.
  const cor = catmullRom([W(9.2, 1.5, -0.2), W(9.6, 2.0, -1.3), [15.1, -8.15, -7.6], [16.3, -8.8, -10.0]], 3);
  const coracoid = tubeAlong(cor, (f) => lerpN(0.75, 0.5, f), 0.75, 8, [0, 1, 0]);
  return mergeMeshes([blade, spine, acromion, glenoid, coracoid]);
}

/**
 * Clavicle (left): S-curve from the SC to the AC joint (medial two-thirds convex forward, lateral third
 * concave forward). Its sternal end is a broad, rounded knob; the shaft is round in the middle; the lateral
 * third flattens into a broad plate (wide from front to back, thin from top to bottom) that ends at the
 * clavicular facet of the acromion.
 */
export function buildClavicle(): MeshData {
  const pts = catmullRom(CLAVICLE_PATH, 4);
  const end = sub(at(pts, pts.length - 1), scale(norm(sub(at(pts, pts.length - 1), at(pts, pts.length - 2))), 0.1));
  pts[pts.length - 1] = end;
  const sections = pts.map((p, i) => {
    const f = i / (pts.length - 1);
    // Half-width (front–back) and half-height along the bone.
    const a = profile([[0, 0.55], [0.06, 0.85], [0.2, 0.72], [0.5, 0.58], [0.7, 0.7], [0.9, 0.95], [1, 0.8]], f);
    const b = profile([[0, 0.5], [0.06, 0.8], [0.2, 0.66], [0.5, 0.55], [0.7, 0.5], [0.9, 0.42], [1, 0.38]], f);
    return { p, a, b };
  });
  return tube(sections, 10, [0, 1, 0]);
}

/** Distance from p to a polyline whose radius varies linearly along each segment (a chain of cones). */
function coneChain(p: Vec3, pts: readonly Vec3[], radii: readonly number[]): number {
  let best = Infinity;
  for (let i = 1; i < pts.length; i++) {
    const a = at(pts, i - 1);
    const ab = sub(at(pts, i), a);
    const t = clamp(dot(sub(p, a), ab) / dot(ab, ab), 0, 1);
    best = Math.min(best, dist(p, add(a, scale(ab, t))) - lerpN(at(radii, i - 1), at(radii, i), t));
  }
  return best;
}

/**
 * Upper humerus (left), as the zero set of a distance field swept by horizontal rings (each ring found
 * along rays from the bone's axis): the head a smooth hemisphere facing medially, up and back into the
 * glenoid (its axis 40° above the horizontal: a neck–shaft angle of 130°), bounded by the anatomical neck;
 * the greater tubercle lateral to it, a little lower than the head; the lesser tubercle in front; between
 * them the intertubercular groove, running down the front of the shaft and turning medially, so the
 * latissimus's insertion points lie on its floor at its medial lip; below the tubercles the surgical neck,
 * and the shaft down past the insertion.
 */
export function buildHumerus(): MeshData {
  const H = HUMERAL_HEAD_CENTRE;
  const R = HUMERAL_HEAD_RADIUS;
  const toGlenoid = norm([GLENOID_CENTRE[0] - H[0], 0, GLENOID_CENTRE[2] - H[2]]);
  const ELEVATION = (40 * Math.PI) / 180;
  const headAxis = norm(add(scale(toGlenoid, Math.cos(ELEVATION)), [0, Math.sin(ELEVATION), 0]));
  // Head and tubercles placed from the head's centre; the shaft hangs nearly vertical to the latissimus
  // insertion, so its axis leans back toward the Table G3 frame below the surgical neck.
  const rel = (d: Vec3, w = 1): Vec3 => add(POINTS.humeralHeadCentre, add(scale(sub(H, POINTS.humeralHeadCentre), w), d));
  const axisPts: Vec3[] = [
    rel([0.55, -1.0, -0.35]),
    rel([0, -5.2, -1.05], 0.5),
    rel([-0.3, -9.7, -1.25], 0.25),
    [18.95, -24.5, -8.15],
  ];
  const axisRadii = [1.5, 1.28, 1.15, 1.05];
  const groovePts: Vec3[] = [
    rel([1.0, -0.1, -1.8]),
    rel([0.4, -2.7, -2.0], 0.7),
    rel([-0.45, -5.2, -2.35], 0.35),
    [18.53, -20.0, -9.27],
  ];
  const sdf = (p: Vec3): number => {
    // Head: the sphere on the glenoid side of the anatomical neck (a plane just past its centre).
    const q = sub(p, H);
    const head = Math.max(Math.hypot(q[0], q[1], q[2]) - R, -0.2 - dot(q, headAxis));
    const greater = coneChain(p, [rel([1.05, -2.4, -0.6]), rel([1.1, 0.3, -0.5])], [1.05, 1.1]);
    const lesser = dist(p, rel([0.23, -0.9, -1.56])) - 0.6;
    const shaft = coneChain(p, axisPts, axisRadii);
    const bone = smin(smin(smin(head, greater, 0.5), lesser, 0.4), shaft, 0.8);
    // The groove is carved out of the front with softened lips.
    const groove = coneChain(p, groovePts, [0.45, 0.45, 0.42, 0.35]);
    return -smin(-bone, groove, 0.25);
  };
  // Ring heights: latitude-spaced over the top of the head, then evenly down the neck and shaft into its
  // rounded end. Ring centres run from under the head's top down the shaft's axis.
  const top = H[1] + R;
  const ys = [
    ...[12, 24, 36, 48, 60].map((deg) => top - R * (1 - Math.cos((deg * Math.PI) / 180))),
    -9.35, -9.8, -10.25, -10.7, -11.15, -11.6, -12.1, -12.7, -13.5, -14.5, -15.8, -17.3, -19.0, -21.0, -23.0, -24.3, -25.1,
  ];
  const axisAt = (y: number): Vec3 => {
    for (let i = 1; i < axisPts.length; i++) {
      const a = at(axisPts, i - 1);
      const b = at(axisPts, i);
      if (y >= b[1] || i === axisPts.length - 1) return lerp(a, b, clamp((a[1] - y) / (a[1] - b[1]), 0, 1));
    }
    return at(axisPts, 0);
  };
  const centreAt = (y: number): Vec3 => {
    const c = lerp([H[0], y, H[2]], axisAt(y), smoothstep(-9.0, -12.5, y));
    return [c[0], y, c[2]];
  };
  const SEG = 20;
  const rings = ys.map((y) => {
    const c = centreAt(y);
    if (sdf(c) >= 0) throw new Error(`humerus ring centre at y = ${y} lies outside the bone`);
    return Array.from({ length: SEG }, (_, k) => {
      const phi = (2 * Math.PI * k) / SEG;
      const d: Vec3 = [Math.cos(phi), 0, Math.sin(phi)];
      // March out of the bone, then bisect the crossing.
      let lo = 0;
      let hi = 0.1;
      while (sdf(add(c, scale(d, hi))) < 0 && hi < 6) {
        lo = hi;
        hi += 0.1;
      }
      for (let it = 0; it < 24; it++) {
        const m = (lo + hi) / 2;
        if (sdf(add(c, scale(d, m))) < 0) lo = m;
        else hi = m;
      }
      return add(c, scale(d, (lo + hi) / 2));
    });
  });
  const last = at(axisPts, axisPts.length - 1);
  return mergeMeshes([ringSurface(rings, [H[0], top, H[2]], [last[0], last[1] - at(axisRadii, axisRadii.length - 1), last[2]])]);
}

// Sacrum (midline) and hip bone (left os coxae) in the standing position, the anterior pelvic plane (both
// ASIS and the pubic tubercles) vertical. PSIS and crest top from Table G4, the hip-joint centre by Bell's
// method; everything else is an estimate placed from them. Both bones are solids defined by signed distance
// fields (sdf.ts), so that their parts fuse with fillets as in bone: the hip bone's ilium (a wing over its
// lateral outline, between faces set by a mid-surface and thickness), the acetabular shell round the socket,
// the ischium, the pubis, all joined and then the socket carved out; the sacrum between its curved dorsal
// and pelvic surfaces.
// The sacrum's lateral faces, S1–S3, and the ilium's auricular faces lie on one sacroiliac plane, a joint
// space apart.
import { POINTS, SPINOUS_TIPS, type Vec3 } from './landmarks';
import type { MeshData } from './mesh';
import { bounded, chain, ellipsoidSdf, intersect, polygonise, roundBox, roundCone, simplify, smax, sphere, subtract, union, type Sdf } from './sdf';
import {
  add,
  alongPolyline,
  arcLengths,
  at,
  catmullRom,
  clamp,
  cross,
  dot,
  len,
  lerpN,
  norm,
  resample,
  scale,
  smoothstep,
  sub,
} from './vec';

/**
 * Hip-joint centre (estimate): Bell's method from the ASIS, 30 % distal, 14 % medial and 22 % posterior of
 * the inter-ASIS distance (24.4 cm); Harrington's regression puts it within 1.2 cm of this.
 */
export const HIP_CENTRE: Vec3 = [8.8, -57.8, -10.4];
/** Radius of the acetabular socket (estimate: femoral heads of men ≈ 5 cm across, plus cartilage). */
export const ACETABULUM_RADIUS = 2.6;
/**
 * The direction the acetabulum opens (estimate): laterally, forward and down, 50° radiographic inclination
 * and 20° anteversion, the mean of native adult sockets.
 */
export const ACETABULAR_AXIS: Vec3 = norm([
  Math.sin((50 * Math.PI) / 180) * Math.cos((20 * Math.PI) / 180),
  -Math.cos((50 * Math.PI) / 180) * Math.cos((20 * Math.PI) / 180),
  -Math.sin((20 * Math.PI) / 180),
]);
/** ASIS (estimate): 24.4 cm apart, in the anterior pelvic plane with the pubic tubercles. */
export const ASIS: Vec3 = [12.2, -50.5, -15.8];

/** Iliac crest, PSIS → crest top → ASIS; passes the latissimus origin points on the posterior crest. */
export const ILIAC_CREST: readonly Vec3[] = [
  POINTS.psis,
  // The crest leaves the PSIS forward before it turns out: seen from above it is concave outward behind.
  [5.7, -48.5, -0.2],
  [7.5, -47.5, -1.0],
  [10.5, -45.5, -3.5],
  [11.9, -45.0, -5.7],
  POINTS.iliacCrestHighest,
  // Iliac tubercle: the widest point of the crest (bicristal breadth 27.5 cm, ANSUR II), 5 cm behind the ASIS.
  [13.8, -46.4, -12.0],
  ASIS,
];

/**
 * The sacroiliac joint plane: x of the sacrum's auricular surface at (y, z) (estimate). The joint faces
 * laterally and a little backward; it converges behind (the sacrum is wider in front, S1 about 11 cm) and
 * narrows downward (the keystone wedge), reaching S3.
 */
export const sacroiliacX = (y: number, z: number): number => SI_PLANE.c + SI_PLANE.y * y + SI_PLANE.z * z;
/** That plane as x = c + y·y + z·z: 5.6 cm from the midline at S1 in front (z −9.5), 4.5 at S3. */
const SI_PLANE = { c: 12.62, y: 0.17, z: -0.12 };
/** Height range (cm) of the auricular surfaces, S1–S3. */
const SI_TOP = -47.8;
const SI_BOTTOM = -53.8;
/** Joint space left between the auricular surfaces (cm). */
const SI_JOINT_SPACE = 0.1;
/**
 * The joint's front edge: z at height y (the sacrum's lateral edge in front, following its pelvic surface
 * down and back, from S1 to S3).
 */
const siFront = (y: number): number => {
  const t = clamp((y + 47.5) / -6.5, 0, 1);
  return lerpN(-10.0, -3.6, t) + 0.6 * Math.sin(Math.PI * t);
};

/** A bump of height 1 at 0 falling off over `w`. */
const bump = (x: number, w: number): number => Math.exp(-((x / w) ** 2));

/** Thin-plate spline through scattered values over a plane: f(a, b). */
function thinPlate(pts: readonly (readonly [number, number, number])[]): (a: number, b: number) => number {
  const n = pts.length;
  const phi = (r2: number): number => (r2 > 1e-12 ? 0.5 * r2 * Math.log(r2) : 0);
  // [Φ P; Pᵀ 0] [w; c] = [f; 0], solved by Gaussian elimination with partial pivoting.
  const N = n + 3;
  const M = Array.from({ length: N }, () => new Float64Array(N + 1));
  pts.forEach(([a, b, f], i) => {
    const row = at(M, i);
    pts.forEach(([a2, b2], j) => (row[j] = phi((a - a2) ** 2 + (b - b2) ** 2)));
    row[n] = 1;
    row[n + 1] = a;
    row[n + 2] = b;
    row[N] = f;
    at(M, n)[i] = 1;
    at(M, n + 1)[i] = a;
    at(M, n + 2)[i] = b;
  });
  for (let c = 0; c < N; c++) {
    let piv = c;
    for (let r = c + 1; r < N; r++) if (Math.abs(at(M, r)[c] ?? 0) > Math.abs(at(M, piv)[c] ?? 0)) piv = r;
    [M[c], M[piv]] = [at(M, piv), at(M, c)];
    const pr = at(M, c);
    for (let r = 0; r < N; r++) {
      if (r === c) continue;
      const row = at(M, r);
      const k = (row[c] ?? 0) / (pr[c] ?? 1);
      if (k !== 0) for (let q = c; q <= N; q++) row[q] = (row[q] ?? 0) - k * (pr[q] ?? 0);
    }
  }
  const sol = M.map((row, i) => (row[N] ?? 0) / (row[i] ?? 1));
  return (a, b) => {
    let f = at(sol, n) + at(sol, n + 1) * a + at(sol, n + 2) * b;
    pts.forEach(([a2, b2], j) => (f += at(sol, j) * phi((a - a2) ** 2 + (b - b2) ** 2)));
    return f;
  };
}

/**
 * The ilium's free border, with its half-thickness (a rounded rim: thick at the PSIS, tubercle and spines):
 * from the apex of the greater sciatic notch up over the PIIS and PSIS, along the crest to the ASIS and down
 * over the AIIS to the front of the acetabular rim; then, inside the lower hip bone, back over the
 * acetabular roof (rim 0 there: the wing merges into the body).
 */
const ILIUM_BORDER: readonly (readonly [Vec3, number])[] = [
  [[7.6, -56.4, -7.4], 0.6], // apex of the greater sciatic notch
  [[5.9, -55.1, -3.9], 0.55],
  [[4.7, -53.2, -1.4], 0.65], // PIIS
  [[4.6, -51.6, -0.6], 0.5],
  [POINTS.psis, 0.8],
  ...ILIAC_CREST.slice(1, -1).map((p, i): [Vec3, number] => [p, [0.65, 0.6, 0.58, 0.6, 0.62, 0.9][i] ?? 0.6]),
  [ASIS, 0.7],
  [[11.5, -52.4, -14.3], 0.45], // notch between the spines
  [[11.0, -54.0, -15.0], 0.65], // AIIS
  [[9.9, -55.5, -13.0], 0.7],
  [[9.2, -55.4, -11.0], 1.2],
  [[8.6, -55.6, -8.8], 1.2],
];

/**
 * The ilium's mid-surface as x = X(y, z), a thin-plate spline through the border and through inner points
 * taken in coronal sections (estimates). In front of the sacroiliac joint the iliac fossa falls from the
 * crest to the arcuate line (the pelvic brim, about 6.5 cm from the midline), hollow between them and
 * almost horizontal behind, where it meets the top of the joint; over the joint the auricular part stands
 * on the joint plane; below the brim the body sits over the acetabulum.
 */
const ILIUM_MID: readonly Vec3[] = [
  ...ILIUM_BORDER.map(([p]) => p),
  // z = −14 and −12: the anterior wing, its fossa and the pillar down to the acetabulum.
  [12.0, -50.5, -14],
  [12.2, -50.0, -12],
  [10.0, -53.0, -12],
  [7.9, -55.3, -12],
  // z = −9.5: the front of the joint.
  [9.8, -46.8, -9.5],
  [6.3, -47.9, -9.5],
  [6.6, -50.0, -9.5],
  [6.8, -52.0, -9.5],
  [7.0, -54.0, -9.5],
  [7.7, -55.8, -9.5],
  // z = −6 and −3: over the joint and the iliac tuberosity behind it.
  [8.5, -46.4, -6],
  [6.8, -47.6, -6],
  [6.8, -50.0, -6],
  [6.7, -53.0, -6],
  [7.0, -55.0, -6],
  [8.0, -46.6, -3],
  [6.7, -48.0, -3],
  [6.6, -50.5, -3],
  [6.3, -53.0, -3],
  [6.0, -49.5, -1],
];

/** Two passes of a separable box blur of radius r cells over an (ny × nz) grid, in place. */
function blur(ch: Float64Array, ny: number, nz: number, r: number): void {
  const tmp = new Float64Array(ch.length);
  for (let pass = 0; pass < 2; pass++) {
    for (const [n, m, stride, step] of [[ny, nz, nz, 1], [nz, ny, 1, nz]] as const) {
      tmp.set(ch);
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < m; b++) {
          let sum = 0;
          let cnt = 0;
          for (let d = Math.max(0, b - r); d <= Math.min(m - 1, b + r); d++) {
            sum += tmp[a * stride + d * step] ?? 0;
            cnt++;
          }
          ch[a * stride + b * step] = sum / cnt;
        }
      }
    }
  }
}

/**
 * The ilium as a field: its lateral projection (y, z) is a 2D outline (the border above); within it the bone
 * lies between x = X − inner and x = X + outer (a thin wing, a thick rounded rim, the thick iliac tuberosity
 * and body); its inner face lies on the sacroiliac plane over the joint and never passes it round the joint.
 * Sampled once on a grid over (y, z) and read bilinearly.
 */
function iliumField(): Sdf {
  const outline = catmullRom([...ILIUM_BORDER.map(([p]) => p), at(ILIUM_BORDER, 0)[0]], 6);
  const rimAt = ILIUM_BORDER.map(([, r]) => r);
  const ctrlArc = arcLengths([...ILIUM_BORDER.map(([p]) => p), at(ILIUM_BORDER, 0)[0]]);
  const outArc = arcLengths(outline);
  const X = thinPlate(ILIUM_MID.map((p): [number, number, number] => [p[1], p[2], p[0]]));
  const res = 0.125;
  const y0 = -58.5;
  const z0 = -17.5;
  const ny = Math.round(14.5 / res) + 1;
  const nz = Math.round(20 / res) + 1;
  const mid = new Float64Array(ny * nz);
  for (let j = 0; j < ny; j++) for (let k = 0; k < nz; k++) mid[j * nz + k] = X(y0 + j * res, z0 + k * res);
  const chans = { d2: new Float64Array(ny * nz), lo: new Float64Array(ny * nz), hi: new Float64Array(ny * nz), c: new Float64Array(ny * nz) };
  const sc = at(outArc, outArc.length - 1) / at(ctrlArc, ctrlArc.length - 1);
  for (let j = 0; j < ny; j++) {
    for (let k = 0; k < nz; k++) {
      const y = y0 + j * res;
      const z = z0 + k * res;
      // Signed distance to the outline in (y, z) and the rim half-thickness at its nearest point.
      let best2 = Infinity;
      let bestArc = 0;
      let inside = false;
      for (let i = 1; i < outline.length; i++) {
        const a = at(outline, i - 1);
        const b = at(outline, i);
        const ey = b[1] - a[1];
        const ez = b[2] - a[2];
        const t = clamp(((y - a[1]) * ey + (z - a[2]) * ez) / (ey * ey + ez * ez || 1), 0, 1);
        const dy = y - a[1] - t * ey;
        const dz = z - a[2] - t * ez;
        const d2 = dy * dy + dz * dz;
        if (d2 < best2) {
          best2 = d2;
          bestArc = lerpN(at(outArc, i - 1), at(outArc, i), t);
        }
        if (a[2] > z !== b[2] > z && y < a[1] + ((z - a[2]) / (b[2] - a[2])) * ey) inside = !inside;
      }
      const best = Math.sqrt(best2);
      let ci = 1;
      while (ci < ctrlArc.length - 1 && bestArc > at(ctrlArc, ci) * sc) ci++;
      const ta = clamp((bestArc - at(ctrlArc, ci - 1) * sc) / ((at(ctrlArc, ci) - at(ctrlArc, ci - 1)) * sc), 0, 1);
      const rim = lerpN(rimAt[ci - 1] ?? 0.6, rimAt[ci % rimAt.length] ?? 0.6, smoothstep(0, 1, ta));
      const depth = inside ? best : 0;
      const q = j * nz + k;
      const x = mid[q] ?? 0;
      const gy = ((mid[Math.min(ny - 1, j + 1) * nz + k] ?? 0) - (mid[Math.max(0, j - 1) * nz + k] ?? 0)) / (2 * res);
      const gz = ((mid[j * nz + Math.min(nz - 1, k + 1)] ?? 0) - (mid[j * nz + Math.max(0, k - 1)] ?? 0)) / (2 * res);
      // Half-thickness across the wing (so along x divided by the slope factor c): a thin wing (7 mm), the
      // rounded rim, the thick body over the acetabulum, and behind the joint the iliac tuberosity on the
      // inner side, filling the space to the sacrum; outside, the iliac pillar from the tubercle down.
      // (c is kept from falling below 0.35 where the wing is almost parallel to x, behind the fossa.)
      const c = Math.max(0.35, 1 / Math.sqrt(1 + gy * gy + gz * gz));
      const wing = 0.33 + (rim - 0.33) * bump(depth, 1.3);
      const body = 0.9 * smoothstep(-53, -55.5, y);
      const tuberosity = 1.4 * smoothstep(-6, -3, z) * (1 - smoothstep(-55, -53.5, y)) * smoothstep(0.3, 1.8, depth);
      const pillar = 0.25 * bump(z - lerpN(-12, -11, (y + 46.4) / -8.6), 2) * smoothstep(0.5, 2.5, depth);
      chans.d2[q] = inside ? -best : best;
      chans.lo[q] = x - (wing + body + tuberosity) / c;
      chans.hi[q] = x + (wing + body + pillar) / c;
      chans.c[q] = c;
    }
  }
  // The faces are smoothed over the outline (the outer, gluteal face more: it runs on smoothly where the
  // inner face steps from the fossa to the auricular part), then the inner face is set on the joint.
  blur(chans.hi, ny, nz, 8);
  blur(chans.lo, ny, nz, 3);
  for (let j = 0; j < ny; j++) {
    for (let k = 0; k < nz; k++) {
      const y = y0 + j * res;
      const z = z0 + k * res;
      const q = j * nz + k;
      // The auricular face on the joint plane; round the joint, never through it.
      const si = sacroiliacX(y, z) + SI_JOINT_SPACE;
      const zf = siFront(y);
      const onJoint = smoothstep(SI_BOTTOM - 0.3, SI_BOTTOM + 0.8, y) * (1 - smoothstep(SI_TOP - 0.2, SI_TOP + 0.6, y)) * smoothstep(zf - 0.5, zf + 0.5, z) * (1 - smoothstep(-1.5, 0, z));
      let lo = chans.lo[q] ?? 0;
      const near = smoothstep(SI_BOTTOM - 2.5, SI_BOTTOM - 1.5, y) * (1 - smoothstep(SI_TOP + 0.5, SI_TOP + 1.5, y)) * smoothstep(zf - 1.2, zf - 0.4, z);
      lo = lerpN(lo, Math.max(lo, si), near);
      lo = lerpN(lo, si, onJoint);
      chans.lo[q] = lo;
      // Never thinner than 5 mm, even where the joint plane pushes the inner face out.
      chans.hi[q] = Math.max(chans.hi[q] ?? 0, lo + 0.5);
    }
  }
  const sample = (ch: Float64Array, y: number, z: number): number => {
    const fy = clamp((y - y0) / res, 0, ny - 1.001);
    const fz = clamp((z - z0) / res, 0, nz - 1.001);
    const j = Math.floor(fy);
    const k = Math.floor(fz);
    const ty = fy - j;
    const tz = fz - k;
    const q = j * nz + k;
    return lerpN(lerpN(ch[q] ?? 0, ch[q + 1] ?? 0, tz), lerpN(ch[q + nz] ?? 0, ch[q + nz + 1] ?? 0, tz), ty);
  };
  return (p) => {
    const d2 = sample(chans.d2, p[1], p[2]);
    if (d2 > 1.5) return d2;
    const slab = Math.max(sample(chans.lo, p[1], p[2]) - p[0], p[0] - sample(chans.hi, p[1], p[2])) * sample(chans.c, p[1], p[2]);
    // The rim rounded where the wing meets its outline.
    return smax(slab, d2, 0.6);
  };
}

/**
 * The hip bone as one solid: the ilium, the acetabular shell round the socket, the ischium (body, spine,
 * tuberosity, ramus), the pubis (superior ramus, body, inferior ramus) and the arcuate line, all joined by
 * smooth fillets; then the socket is carved out. The obturator foramen is the hole the rami leave.
 */
function hipField(): Sdf {
  const H = HIP_CENTRE;
  const A = ACETABULAR_AXIS;
  const R = ACETABULUM_RADIUS;
  const e1 = norm(sub([0, 1, 0], scale(A, dot([0, 1, 0], A)))); // toward the roof
  const e2 = norm(cross(A, e1)); // toward the back
  // The shell: a ball round the socket, cut off laterally by the rim (highest at the roof and behind,
  // lower in front, cut away below at the acetabular notch) and medially by the flat quadrilateral plate.
  const frame = (p: Vec3): { d: Vec3; h: number; c: number; sn: number; notch: number } => {
    const d = sub(p, H);
    const phi = Math.atan2(dot(d, e2), dot(d, e1));
    const c = Math.cos(phi);
    return { d, h: dot(d, A), c, sn: Math.sin(phi), notch: bump(Math.acos(clamp(-c, -1, 1)), 0.5) };
  };
  const shell = bounded(
    intersect(
      [
        (p) => {
          const { d, c, sn } = frame(p);
          return len(d) - (R + 0.85 + 0.35 * Math.max(0, c) + 0.25 * Math.max(0, sn));
        },
        (p) => {
          const { h, c, sn, notch } = frame(p);
          return h - (R * (0.03 + 0.1 * c + 0.07 * sn) - 1.6 * notch);
        },
        (p) => -dot(sub(p, H), A) - (R + 0.9),
      ],
      0.45,
    ),
    H,
    R + 1.5,
  );
  const tuberosityAxis = norm([-0.7, -2.3, -2.4]);
  const tuberositySide = norm(cross(tuberosityAxis, [1, 0, 0]));
  const symphysisAxis = norm([0, -0.85, 0.53]); // down and back, 32° from vertical (estimate)
  const solid = union(
    [
      shell,
      iliumField(),
      // The spines stand out as rounded knobs: PSIS, ASIS, AIIS (and the PIIS, lower and flatter).
      sphere(add(POINTS.psis, [0.3, 0.2, -0.5]), 0.7),
      sphere(add(ASIS, [-0.2, -0.2, 0.45]), 0.65),
      sphere([10.9, -54.0, -14.5], 0.6),
      sphere([4.9, -53.1, -1.8], 0.5),
      // Ischium: body behind the acetabulum down to the tuberosity, its ramus forward and medially, and the
      // inferior pubic ramus up to the pubic body; near the symphysis the rami descend steeply (a male
      // subpubic angle of about 60°), then turn out to the tuberosities.
      chain(
        [[8.2, -57.0, -8.3], [7.2, -59.3, -7.0], [6.7, -61.6, -6.4], [6.3, -63.4, -7.0], [5.6, -63.8, -8.7], [4.7, -63.2, -10.0], [3.4, -62.5, -11.4], [2.1, -61.8, -12.6], [1.1, -60.9, -13.6]],
        [1.45, 1.3, 1.25, 1.2, 1.1, 0.9, 0.8, 0.75, 0.75],
        0.4,
      ),
      bounded(ellipsoidSdf([6.5, -62.8, -6.6], [1.2, 2.2, 1.4], [norm(cross(tuberositySide, tuberosityAxis)), tuberosityAxis, tuberositySide]), [6.5, -62.8, -6.6], 2.2),
      bounded(roundCone([6.8, -59.2, -6.8], [5.0, -59.6, -5.3], 0.65, 0.15), [5.9, -59.4, -6.0], 1.9), // ischial spine
      // The arcuate line: the ridge on the ilium's inner face from the front of the sacroiliac joint down
      // to the iliopubic eminence, the iliac part of the pelvic brim.
      chain([[5.9, -50.3, -9.6], [6.9, -53.4, -11.0], [6.8, -56.0, -12.5]], [0.45, 0.5, 0.7], 0.3),
      // The foramen's lateral margin under the acetabulum, from the superior ramus round below the notch
      // to the ischial body (the notch itself is bridged only by ligament).
      chain([[7.4, -57.9, -12.6], [7.5, -60.3, -11.7], [7.0, -61.6, -9.6], [6.8, -61.8, -7.6]], [0.8, 0.85, 0.85, 0.9], 0.3),
      // Superior pubic ramus: from the body past the pubic tubercle to the iliopubic eminence.
      chain([[1.3, -58.4, -14.6], [2.6, -57.9, -14.9], [4.6, -57.3, -13.7], [6.6, -56.5, -12.6], [7.8, -56.2, -11.4]], [1.0, 0.95, 0.88, 1.0, 1.1], 0.3),
      // Pubic body: its symphyseal face 2 mm from the midline (the disc between), narrower below.
      bounded(roundBox([1.3, -59.7, -14.1], [1.1, 2.0, 0.75], [[1, 0, 0], symphysisAxis, norm(cross([1, 0, 0], symphysisAxis))], 0.65), [1.3, -59.7, -14.1], 2.5),
    ],
    0.55,
  );
  // The socket, with the acetabular fossa: a deeper, smaller hollow in its floor, toward the notch.
  const fossa = sphere(add(H, add(scale(A, -(R + 0.25 - 1.5)), scale(e1, -0.6))), 1.5);
  return subtract(solid, union([sphere(H, R), fossa], 0.3), 0.25);
}

/** Left os coxae. */
export function buildHipBone(): MeshData {
  return simplify(polygonise(hipField(), [-0.6, -66.2, -17.6], [15.3, -43.8, 2.1], 0.28), 2400);
}

/** Sacral curves, base → apex (midline): the dorsal surface between the tubercles, and the pelvic surface. */
const SACRUM_DORSAL: readonly Vec3[] = [[0, -46.9, -2.9], [0, -47.7, -0.6], [0, -50.0, 0.5], [0, -52.4, 0.8], [0, -54.7, 0.3], [0, -56.7, -0.6], [0, -58.8, -1.8]];
// Concave forward: steepest (about 45° from vertical) under the promontory, turning down to the apex;
// about 10 cm deep at S1 (body, canal, laminae), 5–6 at S2, 3 at S4.
const SACRUM_PELVIC: readonly Vec3[] = [[0, -47.1, -10.7], [0, -48.9, -8.4], [0, -51.4, -5.5], [0, -53.6, -3.6], [0, -55.5, -2.6], [0, -57.3, -2.2], [0, -59.0, -2.4]];
/** The promontory: the front edge of the S1 body, 8 mm under the front of L5 (the disc between). */
const PROMONTORY: Vec3 = [0, -47.1, -10.7];

/**
 * The sacrum as a field. Inside: between its dorsal and pelvic curves in the sagittal plane (signed
 * distances from them), the dorsal surface falling forward toward the sides, the pelvic surface (the promontory
 * standing forward of the alae above, concave below), within the lateral border (the sacroiliac plane from
 * the alae down to S3, then narrowing to the apex), below the base (the S1 endplate facing up and a little
 * forward, the alae sloping down laterally, the laminae level behind) and above the apex. On the dorsal surface
 * the median crest (tubercles S1–S4), the lateral crests, four pairs of dorsal foramina and
 * the hiatus below S4 with its cornua; on the pelvic surface four pairs of anterior foramina; at the back of
 * the base the superior articular processes that meet L5.
 */
function sacrumField(): Sdf {
  const n = 24;
  const dorsal = resample(catmullRom(SACRUM_DORSAL, 4), n);
  const pelvicC = resample(catmullRom(SACRUM_PELVIC, 4), n);
  const length = at(arcLengths(dorsal), n - 1);
  // Signed distance in the sagittal plane from a curve (base → apex), positive in front of it; beyond its
  // ends the end segments run on straight.
  const frontOf = (curve: readonly Vec3[]) => (y: number, z: number): number => {
    let best = Infinity;
    let signed = 0;
    for (let i = 1; i < curve.length; i++) {
      const a = at(curve, i - 1);
      const b = at(curve, i);
      const ey = b[1] - a[1];
      const ez = b[2] - a[2];
      const l = Math.sqrt(ey * ey + ez * ez);
      const raw = ((y - a[1]) * ey + (z - a[2]) * ez) / (l * l);
      const t = i === 1 ? Math.min(raw, 1) : i === curve.length - 1 ? Math.max(raw, 0) : clamp(raw, 0, 1);
      const dy = y - a[1] - t * ey;
      const dz = z - a[2] - t * ez;
      const dist = Math.sqrt(dy * dy + dz * dz);
      if (dist < best) {
        best = dist;
        // The front normal of a downward curve is (−ez, ey) / l in (y, z).
        signed = Math.sign((dy * -ez + dz * ey) / l || 1) * dist;
      }
    }
    return signed;
  };
  const dorsalFront = frontOf(dorsal);
  const pelvicFront = frontOf(pelvicC);
  // The endplate faces up and a little forward (10°): L5's body above is modelled level, so a steeper
  // sacral base would open the disc space behind instead of in front.
  const baseNormal: Vec3 = [0, Math.cos(Math.PI / 18), Math.sin(Math.PI / 18)];
  const core: Sdf = (p) => {
    const s = clamp((-46.8 - p[1]) / 12.2, 0, 1);
    const ax = Math.abs(p[0]);
    // Lateral border: on the sacroiliac plane down to S3, then in to the inferior lateral angle and apex.
    const taper = lerpN(4.3, 1.2, smoothstep(SI_BOTTOM, -58.9, p[1]) ** 0.8);
    const side = ax - lerpN(sacroiliacX(p[1], p[2]), taper, smoothstep(SI_BOTTOM + 0.3, SI_BOTTOM - 1.2, p[1]));
    const wf = clamp(ax / 5.6, 0, 1);
    const back = 0.9 * wf * wf - dorsalFront(p[1], p[2]);
    const front = pelvicFront(p[1], p[2]) - lerpN(-0.7, 0.3, smoothstep(0, 0.5, s)) * wf * wf;
    // Base: the S1 endplate plane through the promontory, lower over the alae; the laminae behind it; the
    // sacral canal between them opens upward only at the base.
    const endplate = dot(sub(p, PROMONTORY), baseNormal) + 0.9 * smoothstep(2.2, 5.5, ax);
    const laminae = Math.max(p[1] + 46.9 + 1.4 * smoothstep(2.6, 5.6, ax), -(p[2] + 5.2));
    const top = Math.min(endplate, laminae, p[1] + 48.3);
    const apex = -(p[1] + 59.0);
    return smax(smax(smax(side, back, 0.6), front, 0.6), smax(top, apex, 0.5), 0.8);
  };
  const dorsalAt = (a: number, x: number, lift: number): Vec3 => {
    const D = alongPolyline(dorsal, a / length);
    const P = alongPolyline(pelvicC, a / length);
    const f = norm(sub(P, D));
    const wf = x / 5.6;
    return add(D, add([x, 0, 0], scale(f, 0.9 * wf * wf - lift)));
  };
  const pelvicAt = (a: number, x: number, sink: number): Vec3 => {
    const D = alongPolyline(dorsal, a / length);
    const P = alongPolyline(pelvicC, a / length);
    const f = norm(sub(P, D));
    return add(P, add([x, 0, 0], scale(f, -sink)));
  };
  const levels = [0.14, 0.33, 0.52, 0.69].map((s) => s * length); // between S1/S2 … S4/S5
  const tubercles = [SPINOUS_TIPS.S1 ?? [0, -47.6, 0.4], SPINOUS_TIPS.S2 ?? [0, -49.9, 1.5], [0, -52.3, 1.6], [0, -54.6, 1.0]] as Vec3[];
  const parts: Sdf[] = [core];
  // Median crest: the tubercles (their tips on the landmarks) on a low ridge.
  tubercles.forEach((t, i) => {
    const r = [0.75, 0.8, 0.65, 0.5][i] ?? 0.5;
    parts.push(bounded(ellipsoidSdf(add(t, [0, 0, -r]), [0.45, 1.0, r], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]), add(t, [0, 0, -r]), 1.0));
  });
  parts.push(chain(tubercles.map((t) => add(t, [0, 0, -0.7])), [0.35, 0.35, 0.3, 0.25], 0.3));
  for (const side of [1, -1]) {
    // Lateral crest (transverse tubercles) lateral to the foramina.
    parts.push(chain([0.12, 0.26, 0.43, 0.6].map((s) => dorsalAt(s * length, side * lerpN(3.9, 2.9, s), -0.05)), [0.5, 0.48, 0.42, 0.32], 0.4));
    // Superior articular process: rises behind the S1 body to the L5 inferior facet.
    parts.push(roundCone([side * 2.0, -47.6, -5.0], [side * 2.2, -46.1, -4.4], 0.75, 0.55));
    // Sacral cornua beside the hiatus.
    parts.push(bounded(sphere(dorsalAt(0.8 * length, side * 0.75, 0.1), 0.4), dorsalAt(0.8 * length, side * 0.75, 0.1), 0.4));
  }
  const solid = union(parts, 0.35);
  const holes: Sdf[] = [];
  for (const side of [1, -1]) {
    levels.forEach((a, k) => {
      const xd = lerpN(2.55, 1.75, k / 3);
      const c = dorsalAt(a, side * xd, -0.25);
      holes.push(bounded(sphere(c, lerpN(0.7, 0.5, k / 3)), c, 0.7));
      const cp = pelvicAt(a, side * lerpN(2.6, 1.9, k / 3), -0.35);
      holes.push(bounded(sphere(cp, lerpN(0.75, 0.5, k / 3)), cp, 0.75));
    });
  }
  // The hiatus: the dorsal wall open in the midline below S4.
  holes.push(chain([dorsalAt(0.74 * length, 0, -0.2), dorsalAt(0.9 * length, 0, 0)], [0.45, 0.35], 0.2));
  return subtract(solid, union(holes, 0.2), 0.2);
}

/** Sacrum (midline), polygonised on a grid symmetric about the midline. */
export function buildSacrum(): MeshData {
  return simplify(polygonise(sacrumField(), [-6.5, -60.25, -12.25], [6.5, -44.75, 3.0], 0.25), 1800);
}

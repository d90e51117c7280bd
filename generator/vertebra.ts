// Vertebrae C7–L5 at the Table G1 levels: body, pedicles, laminae round the vertebral canal, superior and
// inferior articular processes, spinous and transverse processes. Every part is a closed shape; they overlap
// inside one mesh per vertebra. Each body is tilted to the column's curve through the body centres, and the
// facet joints are shared: a joint between two levels is placed once, and the lower vertebra's superior
// process and the upper one's inferior process are built against it, so the articular pillars meet.
import { BODY_CENTRES, SPINOUS_TIPS, TP_TIPS, type Vec3 } from './landmarks';
import { mergeMeshes, mirrorX, type MeshData } from './mesh';
import { tube } from './prim';
import { sectionsAlong, sweep, type Outline } from './sweep';
import { add, at, clamp, cross, dist, dot, lerp, lerpN, norm, scale, smoothstep, sub } from './vec';

export const VERTEBRA_LEVELS = [
  'C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5',
] as const;
export type VertebraLevel = (typeof VERTEBRA_LEVELS)[number];

const LAST = VERTEBRA_LEVELS.length - 1;
const isLumbar = (i: number): boolean => i >= 13;

const pick = (rec: Readonly<Record<string, Vec3>>, key: string): Vec3 => {
  const v = rec[key];
  if (!v) throw new Error(`missing landmark ${key}`);
  return v;
};

/** Body centre of level i; C6 (i = −1) and S1 (i = 18) are extrapolated, for the joints above C7 and below L5. */
function centre(i: number): Vec3 {
  if (i < 0) return add(centre(0), sub(centre(0), centre(1)));
  if (i > LAST) return add(centre(LAST), sub(centre(LAST), centre(LAST - 1)));
  return pick(BODY_CENTRES, at(VERTEBRA_LEVELS, i));
}

/** A level's frame: `up` along the column through the body centres, `post` normal to it toward the back. */
interface Frame {
  o: Vec3;
  up: Vec3;
  post: Vec3;
}

/**
 * Share of the curve through the body centres that the bodies' axes follow. In full, Table G1's centres tilt the
 * upper lumbar bodies 18–20° backward while their spinous tips stay level with them, so the processes would rise
 * from their laminae; at 70% the end plates still fan round the curve (wedge-shaped discs).
 */
const TILT = 0.7;

function frameFrom(o: Vec3, above: Vec3, below: Vec3): Frame {
  const d = sub(above, below);
  const th = TILT * Math.atan2(d[2], d[1]);
  return { o, up: [0, Math.cos(th), Math.sin(th)], post: [0, -Math.sin(th), Math.cos(th)] };
}

const levelFrame = (i: number): Frame => frameFrom(centre(i), centre(i - 1), centre(i + 1));

/** Point at lateral x, axial a and posterior p in a frame. */
const at3 = (f: Frame, x: number, a: number, p: number): Vec3 =>
  add(f.o, add([x, 0, 0], add(scale(f.up, a), scale(f.post, p))));

interface Dims {
  /** Body half-width, half-height, half-depth; the depth of the posterior (kidney) notch. */
  rx: number;
  ry: number;
  rz: number;
  notch: number;
  /** Canal width and depth (sagittal diameter at the midline). */
  canalW: number;
  canalD: number;
  pedW: number;
  pedH: number;
  /** Lamina height (along its slope), thickness and backward slope from the vertical (rad). */
  lamH: number;
  lamT: number;
  lamTilt: number;
}

/**
 * Sizes per level. Width and depth after Panjabi (thoracic end plates ≈ 2.9 × 1.9 cm at T1 to 4.2 × 3.1 cm at
 * T12, lumbar ≈ 4.6–5.2 × 3.5 cm); the height is the smaller of Panjabi's (1.6 → 2.2 cm thoracic, 2.6 cm lumbar)
 * and 88% of the spacing of the Table G1 body centres, which is tighter than real in the lumbar spine (2.5 cm
 * per level against ≈ 3.7): the discs keep an eighth of each level there. Canal after the classic ranges
 * (thoracic ≈ 1.7 × 1.5, lumbar ≈ 2.2–2.4 × 1.6–1.7 cm, C7 wide).
 */
function dims(i: number): Dims {
  const below = dist(centre(i), centre(i + 1));
  const spacing = Math.min(below, i > 0 ? dist(centre(i), centre(i - 1)) : Infinity);
  const t = clamp((i - 1) / 11, 0, 1);
  const l = clamp((i - 13) / 4, 0, 1);
  if (i === 0) {
    return {
      rx: 1.35,
      ry: Math.min(0.75, 0.44 * spacing),
      rz: 0.9,
      notch: 0.1,
      canalW: 2.4,
      canalD: 1.5,
      pedW: 0.55,
      pedH: 0.75,
      // Tall enough that the roof of C7's canal clears the 1.2 cm of a real C7 lamina with room to spare.
      lamH: 1.75,
      lamT: 0.5,
      lamTilt: 0.5,
    };
  }
  if (!isLumbar(i)) {
    // Thoracic laminae are tall and overlap like tiles: each reaches down to just above the next one's top
    // edge, which lies in front of it.
    const lamTilt = 0.45;
    return {
      rx: lerpN(1.45, 2.1, t * t * 0.4 + t * 0.6),
      ry: Math.min(lerpN(0.8, 1.1, t), 0.44 * spacing),
      rz: lerpN(0.95, 1.55, t),
      notch: 0.18,
      canalW: lerpN(1.95, 1.65, smoothstep(0, 0.35, t)) + 0.25 * smoothstep(0.75, 1, t),
      canalD: lerpN(1.45, 1.6, t),
      pedW: lerpN(0.55, 0.75, t),
      pedH: lerpN(0.8, 1.35, t),
      lamH: (below - 0.3) / Math.cos(lamTilt),
      lamT: 0.5,
      lamTilt,
    };
  }
  return {
    rx: lerpN(2.3, 2.6, l),
    ry: Math.min(1.3, 0.44 * spacing),
    rz: 1.75,
    notch: 0.3,
    canalW: lerpN(2.2, 2.4, l),
    canalD: lerpN(1.7, 1.6, l),
    pedW: lerpN(0.85, 1.4, l),
    pedH: 1.45,
    lamH: 2.0,
    lamT: 0.65,
    lamTilt: 0.25,
  };
}

/** Depth of the canal's posterior wall at the midline (the laminae's front), in the level's frame. */
const canalBack = (d: Dims): number => d.rz - d.notch + d.canalD;

// ---------------------------------------------------------------------------------------------------------
// Facet joints. Joint j lies between level j (above) and j + 1 (below), j = −1 (C6/C7) … 17 (L5/S1).

interface Joint {
  /** Centre of the joint space (left side). */
  c: Vec3;
  /** Unit normal from the lower vertebra's superior facet toward the upper one's inferior facet. */
  n: Vec3;
  /** The facet's long axis (the column's up in the facet plane) and its width axis. */
  u: Vec3;
  v: Vec3;
  /** Facet half-length and half-width; curvature (lumbar facets are concave, the lower's cupping the upper's). */
  hu: number;
  hv: number;
  curve: number;
}

/** Joint space between the facets (cartilage), cm. */
const JOINT_GAP = 0.08;

function joint(j: number): Joint {
  const lower = clamp(j + 1, 0, LAST);
  const upper = clamp(j, 0, LAST);
  const f = frameFrom(lerp(centre(j), centre(j + 1), 0.5), centre(j), centre(j + 1));
  const spacing = dist(centre(j), centre(j + 1));
  const cb = (canalBack(dims(upper)) + canalBack(dims(lower))) / 2;
  const lumbar = isLumbar(lower) || j === 12;
  // Thoracic facets nearly coronal: the lower's superior facet faces back, up and a little out. Lumbar facets
  // face medially and back, more coronal going down (≈25° from the sagittal plane at T12/L1, ≈45° at L5/S1).
  // C6/C7 and C7/T1 are inclined like the cervical pillars.
  let n: Vec3;
  let x: number;
  let p: number;
  if (lumbar) {
    const alpha = lerpN(0.44, 0.8, clamp((j - 12) / 5, 0, 1));
    n = add(scale([1, 0, 0], -Math.cos(alpha)), scale(f.post, Math.sin(alpha)));
    x = lerpN(1.6, 2.15, clamp((j - 12) / 5, 0, 1));
    p = cb + 0.45;
  } else {
    const cervical = j <= 0;
    n = norm(add(add([0.3, 0, 0], scale(f.up, cervical ? 0.75 : 0.5)), scale(f.post, 0.85)));
    x = j < 0 ? 1.9 : j === 0 ? 1.6 : lerpN(1.35, 1.5, clamp((j - 1) / 11, 0, 1));
    p = cb + 0.15;
  }
  n = norm(n);
  const u = norm(sub(f.up, scale(n, dot(f.up, n))));
  return {
    c: at3(f, x, -0.15 * spacing, p),
    n,
    u,
    v: norm(cross(u, n)),
    hu: lumbar ? 0.75 : 0.5,
    hv: lumbar ? 0.65 : 0.45,
    curve: lumbar ? 0.45 : 0,
  };
}

/**
 * Outline of an articular process across its facet: u along the facet's width, v along its normal, the facet at
 * v ≈ 0 and the process behind it (v < 0). A curved facet (`bulge` > 0, its edges toward +v) has a middle point;
 * `knob` raises a tubercle on the +u edge behind the facet (the lumbar mammillary process).
 */
function facetOutline(hv: number, t: number, bulge: number, knob: number): Outline {
  const face: [number, number][] = bulge > 0 ? [[-hv, bulge], [0, 0], [hv, bulge]] : [[-hv, 0], [hv, 0]];
  return [
    ...face,
    [hv * 0.9 + knob, -0.5 * t - 0.4 * knob],
    [0.45 * hv, -t],
    [-0.45 * hv, -t],
    [-hv * 0.9, -0.5 * t],
  ];
}

/**
 * An articular process at joint J: from `root` inside the arch (its section centred there) to sections whose
 * outline sits on the facet, at fractions `along` of the facet's half-length. `side` = 1 for the lower
 * vertebra's superior process (the facet faces +n), −1 for the upper's inferior one (facing −n, convex toward
 * the superior facet, so the two nest round a curved joint).
 */
function articularProcess(J: Joint, side: 1 | -1, root: Vec3, along: readonly number[], t: number, knob: number): MeshData {
  const up = scale(J.n, side);
  const face = sub(J.c, scale(up, JOINT_GAP / 2));
  const bulge = J.curve * J.hv * J.hv;
  const pts = [root, ...along.map((s) => add(face, scale(J.u, s * J.hu)))];
  return sweep(
    pts.map((c, i) => {
      // The root stays within the pillar; the free end rounds off, narrower and thinner.
      const end = i === pts.length - 1;
      const w = i === 0 ? 0.6 : end ? 0.7 : 1;
      const outline = facetOutline(J.hv * w, t * (i === 0 ? 1.2 : end ? 0.75 : 1), bulge, i === 1 ? knob : 0);
      return { c, side: J.v, up, outline: i === 0 ? outline.map(([u, v]) => [u, v + 0.6 * t] as const) : outline };
    }),
  );
}

/**
 * The lower vertebra's superior articular process at joint j rises from the arch where pedicle and lamina meet
 * up the front of the joint; a lumbar one carries the mammillary process on its posterior edge.
 */
function superiorProcess(j: number, root: Vec3): MeshData {
  const J = joint(j);
  const lumbar = J.curve > 0;
  return articularProcess(J, 1, root, lumbar ? [-0.75, 0.25, 0.95] : [-0.5, 0.7], lumbar ? 0.8 : 0.5, lumbar ? 0.45 : 0);
}

/** The upper vertebra's inferior articular process at joint j hangs from its lamina down the back of the joint. */
function inferiorProcess(j: number, root: Vec3): MeshData {
  const J = joint(j);
  return articularProcess(J, -1, root, [0.55, -0.95], J.curve > 0 ? 0.6 : 0.45, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Body

/**
 * The body's outline from above, (x, p) round from the back: thoracic bodies heart-shaped (broad behind, where
 * the costal facets for the ribs' heads stand out beside the pedicles, narrowing forward), lumbar kidney-shaped
 * (wide, the back flattened and notched).
 */
function bodyOutline(d: Dims, i: number, waist: number): Outline {
  const thoracic = i > 0 && !isLumbar(i);
  const taper = thoracic ? 0.38 : 0.06;
  const lobe = 0.45 - 0.25 * smoothstep(5, 10, i);
  const se = (v: number, e: number): number => Math.sign(v) * Math.pow(Math.abs(v), e);
  const k = 20;
  const out: [number, number][] = [];
  for (let q = 0; q < k; q++) {
    const th = Math.PI / 2 + (2 * Math.PI * q) / k;
    const c = Math.cos(th);
    const s = Math.sin(th);
    let x = d.rx * se(c, thoracic ? 0.95 : 0.8);
    let p = d.rz * se(s, s > 0 ? 0.6 : 0.9);
    x *= 1 - taper * Math.max(0, -s) ** 1.3;
    p -= d.notch * smoothstep(0, 0.6, s) * Math.exp(-((x / (0.45 * d.rx)) ** 2));
    // Costal facets: the posterolateral corners stand out (≈30° back from the side) to carry the ribs' heads;
    // the small upper bodies need more of it to reach them.
    if (thoracic) x += Math.sign(c) * lobe * Math.exp(-(((Math.abs(Math.atan2(s, Math.abs(c))) - 0.55) / 0.4) ** 2));
    // The waist: the sides and front draw in between the end plates, the back wall stays straight.
    const w = 1 - (1 - waist) * (1 - 0.8 * Math.max(0, s));
    out.push([x * w, p * w]);
  }
  return out;
}

function body(i: number, f: Frame, d: Dims): MeshData {
  // Flat end plates, the sides concave between their rims.
  const rings: [number, number][] = [
    [-d.ry, 1],
    [0, 0.88],
    [d.ry, 1],
  ];
  return sweep(
    rings.map(([a, w]) => ({ c: add(f.o, scale(f.up, a)), side: [1, 0, 0] as Vec3, up: f.post, outline: bodyOutline(d, i, w) })),
    true,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Posterior elements (left half; mirrored)

/** A lamina's cross-section: a thin plate, `h` tall along its slope and `t` thick. */
const plateOutline = (t: number, h: number): Outline => [
  [0, h / 2],
  [t / 2, h / 4],
  [t / 2, -h / 4],
  [0, -h / 2],
  [-t / 2, -h / 4],
  [-t / 2, h / 4],
];

interface Arch {
  /** Where the pedicle meets the lamina (the articular pillar), left. */
  pillar: Vec3;
  /** The lamina's centreline from over the pillar to just past the midline, and its slope (its up axis). */
  lamina: Vec3[];
  slope: Vec3;
  /** Centre of the laminae's junction at the midline (the spinous process's root), and its height there. */
  ridge: Vec3;
  ridgeH: number;
  /** The lamina's lower lateral corner, where the inferior articular process leaves it. */
  lowerCorner: Vec3;
}

function archOf(f: Frame, d: Dims): Arch {
  const cb = canalBack(d);
  const xPed = d.canalW / 2 + d.pedW / 2;
  // The lamina's top edge is at the canal's back wall, half-way up the body; it slopes down and back from there.
  const cosT = Math.cos(d.lamTilt);
  const sinT = Math.sin(d.lamTilt);
  const aMid = 0.5 * d.ry - (d.lamH / 2) * cosT;
  const pMid = cb + (d.lamT / 2) * cosT + (d.lamH / 4) * sinT;
  // Over the pillar (the pars, thicker and reaching forward into it), half-way, and just past the midline,
  // where the two laminae meet in a ridge behind the canal.
  const lam = [xPed + 0.15, xPed * 0.5, -0.2].map((x, k) =>
    at3(f, x, aMid - (k === 0 ? 0.1 : 0), pMid - (k === 0 ? 0.2 : 0) + 0.25 * (1 - x / xPed)),
  );
  return {
    pillar: at3(f, xPed, 0.15 * d.ry, cb - 0.2),
    lamina: lam,
    slope: add(scale(f.up, cosT), scale(f.post, -sinT)),
    ridge: at3(f, 0, aMid, pMid + 0.25),
    ridgeH: d.lamH * 0.95,
    lowerCorner: at3(f, xPed - 0.25, aMid - 0.3 * d.lamH, pMid + (d.lamH / 2) * sinT * 0.6),
  };
}

function pedicle(i: number, f: Frame, d: Dims): MeshData {
  const x = d.canalW / 2 + d.pedW / 2;
  const a = 0.15 * d.ry;
  // It flares outward where it joins the body: in the thoracic spine that corner carries the rib's head.
  const flare = i > 0 && !isLumbar(i) ? 0.3 : 0.15;
  return tube(
    [
      { p: at3(f, x + flare, a, d.rz * 0.7), a: d.pedW / 2 + flare, b: (d.pedH / 2) * 1.1 },
      { p: at3(f, x, a, canalBack(d) - 0.05), a: (d.pedW / 2) * 1.1, b: (d.pedH / 2) * 1.05 },
    ],
    6,
    f.up,
  );
}

function lamina(arch: Arch, d: Dims): MeshData {
  return sweep(
    sectionsAlong(
      arch.lamina,
      () => arch.slope,
      (k) => plateOutline(d.lamT * (k === 0 ? 1.3 : 1), d.lamH * (k === 0 ? 1.1 : 1)),
    ),
  );
}

function transverseProcess(i: number, f: Frame, d: Dims, pillar: Vec3): MeshData {
  const tip = pick(TP_TIPS, at(VERTEBRA_LEVELS, i));
  const lumbar = isLumbar(i);
  if (lumbar) {
    // Long, thin and flat, pointing laterally (L5's short and stout, also joined to the body).
    const l5 = i === LAST;
    const root = add(pillar, scale(f.post, -0.1));
    const sec = (p: Vec3, a: number, b: number): { p: Vec3; a: number; b: number } => ({ p, a, b });
    return tube(
      [
        sec(root, l5 ? 0.6 : 0.4, l5 ? 0.75 : 0.6),
        sec(lerp(root, tip, 0.4), l5 ? 0.42 : 0.19, l5 ? 0.6 : 0.47),
        sec(tip, l5 ? 0.26 : 0.14, l5 ? 0.36 : 0.32),
      ],
      6,
      f.up,
    );
  }
  if (i === 0) {
    // C7's is broad and flat, its root reaching forward from the articular pillar to the side of the body
    // (the anterior and posterior roots, fused in this model over the small foramen transversarium).
    const root = add(pillar, scale(f.post, -0.35));
    return tube(
      [
        { p: root, a: 0.75, b: 0.4 },
        { p: lerp(root, tip, 0.55), a: 0.5, b: 0.32 },
        { p: tip, a: 0.42, b: 0.3 },
      ],
      6,
      f.up,
    );
  }
  // Thoracic: stout, from behind the superior articular process out and back to a club-shaped tip, whose
  // front carries the rib's tubercle.
  const root = add(pillar, add(scale(f.post, 0.45), scale(f.up, 0.05)));
  const r = lerpN(0.42, 0.36, clamp((i - 1) / 11, 0, 1));
  // The club leans forward and down toward the rib's tubercle, which meets its front.
  const club = add(lerp(root, tip, 0.82), [0, -0.1, -0.15]);
  return tube(
    [
      { p: root, a: r * 1.1, b: r * 1.3 },
      { p: lerp(root, tip, 0.45), a: r * 0.85, b: r * 1.0 },
      { p: club, a: r * 1.3, b: r * 1.4 },
      { p: tip, a: r * 0.85, b: r * 0.95 },
    ],
    6,
    f.up,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Spinous process (midline)

/** Thoracic section: a rounded triangle, a sharp crest above and the broader grooved face below. */
const triOutline = (w: number, h: number): Outline => [
  [0, h / 2],
  [0.55 * w, 0.05 * h],
  [w, -0.42 * h],
  [0, -0.5 * h],
  [-w, -0.42 * h],
  [-0.55 * w, 0.05 * h],
];

/** Lumbar section: a tall, narrow rounded rectangle. */
const rectOutline = (w: number, h: number): Outline => [
  [0, h / 2],
  [0.8 * w, 0.44 * h],
  [w, 0],
  [0.8 * w, -0.44 * h],
  [0, -h / 2],
  [-0.8 * w, -0.44 * h],
  [-w, 0],
  [-0.8 * w, 0.44 * h],
];

function spinousProcess(i: number, f: Frame, d: Dims, arch: Arch): MeshData {
  const tip = pick(SPINOUS_TIPS, at(VERTEBRA_LEVELS, i));
  const root = arch.ridge;
  if (i >= 12) {
    // Hatchet-shaped: nearly horizontal, its upper border level, the lower border dropping toward the tall,
    // thickened posterior border (the tip). T12's is already of this kind.
    const size = d.ry / 1.15;
    const hs = [1.5, 1.35, 1.75, 2.2, 2.0].map((h) => h * size);
    const ws = [0.42, 0.3, 0.32, 0.5, 0.32];
    const fs = [0, 0.3, 0.65, 0.93, 1];
    const hTip = at(hs, hs.length - 1);
    const pts = fs.map((s, k) => add(lerp(root, tip, s), scale(f.up, (hTip - at(hs, k)) / 2 * (1 - s * 0.2))));
    return sweep(sectionsAlong(pts, () => f.up, (k) => rectOutline(at(ws, k), at(hs, k))));
  }
  if (i === 0) {
    // Vertebra prominens: long, nearly horizontal, ending in a tubercle.
    const hs = [arch.ridgeH, 0.95, 0.75, 1.0, 0.55];
    const ws = [0.4, 0.38, 0.3, 0.55, 0.35];
    const fs = [0, 0.3, 0.62, 0.88, 1];
    return sweep(sectionsAlong(fs.map((s) => lerp(root, tip, s)), () => f.up, (k) => triOutline(at(ws, k), at(hs, k))));
  }
  // Thoracic: long, slender, triangular, sloping steeply down to a tuberculated tip. It leaves the upper part of
  // the laminae's junction with a broad base, so its upper border falls steeply to the tip; the base stands on
  // the laminae's back, clear of the canal.
  const high = add(root, add(scale(arch.slope, 0.2 * arch.ridgeH), scale(f.post, 0.25)));
  const hs = [0.6 * arch.ridgeH, 0.95, 0.72, 0.4];
  const ws = [0.42, 0.3, 0.36, 0.24];
  const fs = [0, 0.38, 0.86, 1];
  // The path bows down a little: the process hangs.
  const pts = fs.map((s) => add(lerp(high, tip, s), scale(f.up, -0.25 * Math.sin(Math.PI * s))));
  return sweep(sectionsAlong(pts, () => f.up, (k) => triOutline(at(ws, k), at(hs, k))));
}

// ---------------------------------------------------------------------------------------------------------

export function buildVertebra(level: VertebraLevel): MeshData {
  const i = VERTEBRA_LEVELS.indexOf(level);
  const f = levelFrame(i);
  const d = dims(i);
  const arch = archOf(f, d);
  const half = [
    pedicle(i, f, d),
    lamina(arch, d),
    superiorProcess(i - 1, arch.pillar),
    inferiorProcess(i, arch.lowerCorner),
    transverseProcess(i, f, d, arch.pillar),
  ];
  const left = mergeMeshes(half);
  return mergeMeshes([body(i, f, d), spinousProcess(i, f, d, arch), left, mirrorX(left)]);
}

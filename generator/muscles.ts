// The back muscles (left side), built deep → superficial. Each group drapes over the height field of
// everything beneath it, then is added to that field, so the cumulative layer offsets of the fact sheet
// (§4.7) come from real geometry rather than constants. Thicknesses are §4.7's values.
import type { Layer } from '../contract';
import { columnGrid } from './column';
import {
  capProfile,
  cylinderFloor,
  cylinderMesh,
  drapeAround,
  drapeGrid,
  fromCylinder,
  liftWeight,
  MIDLINE_X,
  R_REF,
  toCylinder,
  type DrapeContext,
  type DrapeGrid,
} from './drape';
import type { HeightMap } from './heightmap';
import { ATTACHMENTS, POINTS, type AttachmentEntry } from './landmarks';
import { chordGrid, rowFraction, type LoftPart } from './loft';
import { TENDONS, tendonV } from './tendons';
import { mergeMeshes, type MeshData } from './mesh';
import { alongPolyline, arcLengths, at, catmullRom, clamp, dist, lerp, lerpN, norm, smoothstep, sub, type Vec3 } from './vec';

export interface BuiltMuscle {
  id: string;
  layer: Layer;
  mesh: MeshData;
}

export const entry = (key: string): AttachmentEntry => {
  const e = ATTACHMENTS[key];
  if (!e) throw new Error(`no attachment entry ${key}`);
  return e;
};

/** Which reference entries make up each structure (the fidelity tests check every one of them). */
export const STRUCTURE_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  trapezius: ['trapezius_upper', 'trapezius_middle', 'trapezius_lower'],
  'latissimus-dorsi': ['latissimus_dorsi'],
  'rhomboid-major': ['rhomboid_major'],
  'rhomboid-minor': ['rhomboid_minor'],
  'levator-scapulae': ['levator_scapulae'],
  'serratus-posterior-superior': ['serratus_posterior_superior'],
  'serratus-posterior-inferior': ['serratus_posterior_inferior'],
  'splenius-capitis': ['splenius_capitis'],
  'splenius-cervicis': ['splenius_cervicis'],
  iliocostalis: ['iliocostalis_lumborum', 'iliocostalis_thoracis', 'iliocostalis_cervicis'],
  longissimus: ['longissimus_thoracis', 'longissimus_cervicis', 'longissimus_capitis'],
  spinalis: ['spinalis_thoracis'],
  semispinalis: ['semispinalis_thoracis', 'semispinalis_cervicis', 'semispinalis_capitis'],
  multifidus: Object.keys(ATTACHMENTS).filter((k) => k.startsWith('multifidus_')),
  rotatores: Object.keys(ATTACHMENTS).filter((k) => k.startsWith('rotatores_')),
  'levatores-costarum': Object.keys(ATTACHMENTS).filter((k) => k.startsWith('levator_costae_')),
  interspinales: Object.keys(ATTACHMENTS).filter((k) => k.startsWith('interspinalis_')),
  intertransversarii: Object.keys(ATTACHMENTS).filter((k) => k.startsWith('intertransversarius_')),
};

interface SheetOptions {
  /** Lengths (cm) over which the deep surface leaves the insertion and the origin chord. */
  taper?: number;
  originTaper?: number;
  /** > 0: the sheet's origin edge reaches the midline with this fraction of its thickness there. */
  midline?: number;
  /** Corners of the origin line (where it turns sharply), each made a fibre of its own. */
  corners?: readonly Vec3[];
  /**
   * Further origin columns treated as midline ones (a broad origin on bone, cut off where the model ends:
   * the trapezius on the superior nuchal line).
   */
  thickOrigin?: (p: Vec3) => boolean;
  /** A fleshy insertion on the skull, rounded off over this length (cm): DrapeGrid.insertionCap. */
  cap?: number;
  /** The structure whose tendinous ends (tendons.ts) set the texture's v; plain v without one. */
  tendons?: string;
}

/** A sheet lofted between attachment lines, with the belly thickness t(u, v) (cm). */
function sheet(
  parts: readonly LoftPart[],
  nu: number,
  nv: number,
  thickness: (u: number, v: number) => number,
  opts: SheetOptions = {},
): DrapeGrid {
  const taper = opts.taper ?? 2;
  const originTaper = opts.originTaper ?? taper;
  const midline = opts.midline ?? 0;
  const { pts, fibreLen, frac } = chordGrid(parts, nu, nv, opts.cap);
  // Corners of the origin line become fibres of their own: arc-length sampling would cut them off,
  // notching the sheet's edge there.
  for (const c of opts.corners ?? []) {
    let best = 0;
    for (let i = 1; i < nu; i++) if (dist(at(pts, i), c) < dist(at(pts, best), c)) best = i;
    const e = at(pts, (nv - 1) * nu + best);
    for (let j = 0; j < nv; j++) pts[j * nu + best] = lerp(c, e, at(frac, j * nu + best));
    fibreLen[best] = dist(c, e);
  }
  const g: DrapeGrid = { nu, nv, pts, lift: [], thickness: [], ...(opts.cap ? { insertionCap: opts.cap } : {}) };
  const ends = opts.tendons !== undefined ? TENDONS[opts.tendons] : undefined;
  if (ends) {
    g.texV = [];
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const L = at(fibreLen, i);
        g.texV.push(tendonV(at(frac, j * nu + i), L, ends(at(pts, i), at(pts, (nv - 1) * nu + i), L)));
      }
    }
  }
  const thickOrigin = opts.thickOrigin ?? (() => false);
  if (midline > 0) g.midline = pts.slice(0, nu).map((p) => (Math.abs(p[0]) < MIDLINE_X || thickOrigin(p) ? midline : 0));
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const v = at(frac, j * nu + i);
      const L = at(fibreLen, i);
      // A midline origin is not pinned onto the spinous tips: the sheet rides over what lies beside them.
      const fromOrigin = g.midline && at(g.midline, i) > 0 ? 1 : liftWeight(v * L, Math.min(originTaper, L / 3));
      g.lift.push(fromOrigin * liftWeight((1 - v) * L, Math.min(taper, L / 3)));
      g.thickness.push(thickness(i / (nu - 1), v));
    }
  }
  return g;
}

/** A point-to-point slip given a little width across its fibres (so it is a strap, not a line). */
function strap(o: Vec3, ins: Vec3, halfO: number, halfI: number, offsetX = 0): LoftPart {
  const d = norm([ins[0] - o[0], ins[1] - o[1], 0]);
  const perp: Vec3 = [-d[1], d[0], 0];
  const sh = (p: Vec3, s: number): Vec3 => [p[0] + perp[0] * s + offsetX, p[1] + perp[1] * s, p[2]];
  return { origin: [sh(o, -halfO), sh(o, halfO)], insertion: [sh(ins, -halfI), sh(ins, halfI)] };
}

const part = (key: string): LoftPart => entry(key);

/** Drapes a list of slips one after another so overlapping slips stack instead of z-fighting. */
function slips(grids: readonly DrapeGrid[], floor: HeightMap, clearance: number, ceiling?: HeightMap): MeshData {
  const meshes: MeshData[] = [];
  for (const g of grids) {
    const ctx: DrapeContext = { floor, clearance, ...(ceiling ? { ceiling } : {}) };
    const m = drapeGrid(g, ctx);
    floor.addMesh(m);
    meshes.push(m);
  }
  return mergeMeshes(meshes);
}

/** On the iliac crest (pelvis.ts ILIAC_CREST, halfway from the lateral latissimus point to the top). */
const LAT_CREST_END: Vec3 = [11.9, -45.0, -5.7];

/** Origin points above this height (cm) lie on the superior nuchal line (inion 13.0, lateral end 12.6). */
const NUCHAL_Y = 12.4;

const CLEAR_INTRINSIC = 0.05;
const CLEAR_LAYER = 0.3;
const CLEAR_SUPERFICIAL = CLEAR_LAYER;
/** Relaxation passes for the two broad superficial sheets (see DrapeContext.relax). */
const SHEET_RELAX = 40;

/**
 * Builds the intrinsic muscles on `floor` (bone envelope; mutated as muscles are added).
 * `ceiling` keeps them under the scapula where it overlies the rib angles.
 */
export function buildIntrinsic(floor: HeightMap, ceiling: HeightMap): BuiltMuscle[] {
  const out: BuiltMuscle[] = [];
  const add = (id: string, mesh: MeshData): void => {
    out.push({ id, layer: 'intrinsic', mesh });
  };
  const keys = (id: string): readonly string[] => STRUCTURE_ENTRIES[id] ?? [];
  // Deepest segmental muscles first.
  add(
    'interspinales',
    slips(
      keys('interspinales').map((k) => {
        const e = entry(k);
        return sheet([strap(at(e.origin, 0), at(e.insertion, 0), 0.25, 0.25, 0.3)], 3, 5, () => 0.35, { taper: 0.6 });
      }),
      floor,
      CLEAR_INTRINSIC,
    ),
  );
  add(
    'intertransversarii',
    slips(
      keys('intertransversarii').map((k) => {
        const e = entry(k);
        return sheet([strap(at(e.origin, 0), at(e.insertion, 0), 0.3, 0.3)], 3, 5, () => 0.35, { taper: 0.6 });
      }),
      floor,
      CLEAR_INTRINSIC,
    ),
  );
  add(
    'levatores-costarum',
    slips(
      keys('levatores-costarum').map((k) => {
        const e = entry(k);
        return sheet([strap(at(e.origin, 0), at(e.insertion, 0), 0.25, 0.8)], 4, 5, () => 0.3, { taper: 0.8 });
      }),
      floor,
      CLEAR_INTRINSIC,
    ),
  );
  const column = (id: string, depth: (y: number) => number, nu: number, nv: number, cap?: number): void => {
    const g = columnGrid({ entries: keys(id).map(entry), depth, nu, nv, ...(cap !== undefined ? { cap } : {}) });
    const m = drapeGrid(g, { floor, ceiling, clearance: CLEAR_INTRINSIC });
    floor.addMesh(m);
    add(id, m);
  };
  // Transversospinalis: the rotatores and, over them, the multifidus fill the groove between the spinous
  // processes and the transverse processes as two continuous masses hugging the laminae (their slips are
  // fascicles within one muscle, not separate straps); every slip's attachments lie on the mass.
  column('rotatores', () => 0.35, 6, 30);
  column('multifidus', (y) => (y > -28 ? 0.6 : lerpN(0.6, 1.6, clamp((-28 - y) / 12, 0, 1))), 7, 40);
  column('semispinalis', (y) => (y > 0 ? 1.3 : 0.7), 7, 36, 1.0);
  column('spinalis', () => 0.7, 5, 24);
  column('longissimus', (y) => (y < -30 ? 3.0 : y < -18 ? lerpN(1.8, 3.0, (-18 - y) / 12) : y > 0 ? 0.8 : lerpN(1.2, 1.8, -y / 18)), 9, 44, 0.8);
  column('iliocostalis', (y) => (y < -30 ? 2.4 : y < -15 ? lerpN(1.2, 2.4, (-15 - y) / 15) : lerpN(0.6, 1.2, clamp(-y / 15, 0, 1))), 8, 44);
  const splenius = (id: string, t: number, cap?: number): void => {
    const e = entry(keys(id)[0] ?? '');
    const g = sheet([e], 9, 18, () => t, cap !== undefined ? { cap, taper: 4, originTaper: 2, tendons: id } : { tendons: id });
    const m = drapeGrid(g, { floor, ceiling, clearance: CLEAR_INTRINSIC });
    floor.addMesh(m);
    add(id, m);
  };
  splenius('splenius-cervicis', 0.35);
  splenius('splenius-capitis', 0.7, 0.8);
  return out;
}

/** Shortens the fibres between `slips` evenly spaced digitations (pulls their insertion end back). */
function serrate(g: DrapeGrid, slips: number): void {
  for (let i = 0; i < g.nu; i++) {
    const u = i / (g.nu - 1);
    const reach = 1 - 0.22 * Math.pow(Math.sin(Math.PI * (slips - 1) * u), 6);
    const o = at(g.pts, i);
    const e = at(g.pts, (g.nv - 1) * g.nu + i);
    for (let j = 0; j < g.nv; j++) {
      const v = (j / (g.nv - 1)) * reach;
      g.pts[j * g.nu + i] = [lerpN(o[0], e[0], v), lerpN(o[1], e[1], v), lerpN(o[2], e[2], v)];
    }
  }
}

export function buildIntermediate(floor: HeightMap): BuiltMuscle[] {
  const out: BuiltMuscle[] = [];
  for (const [id, key] of [
    ['serratus-posterior-superior', 'serratus_posterior_superior'],
    ['serratus-posterior-inferior', 'serratus_posterior_inferior'],
  ] as const) {
    // Thin, mostly aponeurotic; four digitations to four ribs: fibres between the slips stop short, so the
    // rib edge is serrated (slip centres, at the landmark points, run the full length).
    const g = sheet([part(key)], 25, 14, () => 0.22, { tendons: id });
    serrate(g, 4);
    const m = drapeGrid(g, { floor, clearance: CLEAR_LAYER });
    out.push({ id, layer: 'intermediate', mesh: m });
  }
  for (const m of out) floor.addMesh(m.mesh);
  return out;
}

/** Levator scapulae belly: width (cm) from the atlas (v = 0) to the medial border (v = 1). */
const levatorWidth = (v: number): number => lerpN(1.5, 2.5, smoothstep(0, 0.45, v)) - 0.6 * smoothstep(0.6, 1, v);
const LEVATOR_THICKNESS = 1.0;
/** Rounded ends (cm) of the levator's belly: on the atlas and on the medial border. */
const LEVATOR_CAP = 1.0;
/** Length (cm) over which the levator's belly rises from the transverse processes onto the neck. */
const LEVATOR_RISE = 3.5;

/**
 * Levator scapulae: one belly, a thick rounded strap, from the atlas down over the C2–C4 transverse
 * processes (whose slips, short straps of their own, run into it) and on down, back and laterally to the
 * medial border, which it covers from the superior angle to the root of the spine. The belly is laid out
 * in the trunk's cylindrical frame, where it lies on the side of the neck and its width runs round the
 * neck, across its length; it turns only as the neck's surface does. (Lofted between the line of the
 * transverse processes and the medial border, both of which run along the muscle, it was a leaf twisted
 * into a point.)
 */
function levatorScapulae(round: HeightMap): MeshData {
  const e = entry('levator_scapulae');
  const tps = e.origin.map(toCylinder);
  const atlas = at(tps, 0);
  const lowest = at(tps, tps.length - 1);
  // Centreline in the cylindrical frame: from the atlas down over the column of transverse processes
  // (just behind the lowest), then to the root of the spine, passing the superior angle.
  const behind: Vec3 = [lowest[0] - (0.6 * R_REF) / lowest[2], lowest[1], lowest[2]];
  const line = catmullRom([atlas, behind, toCylinder(at(e.insertion, 0)), toCylinder(at(e.insertion, e.insertion.length - 1))], 8);
  const len = at(arcLengths(line.map(fromCylinder)), line.length - 1);
  const centre = (v: number): Vec3 => alongPolyline(line, v);
  // Across the belly, round the neck: the frame's X is arc length at R_REF, so a real width w spans
  // w·R_REF/r of X at the radius r of the neck's surface there, where the belly will lie.
  const at3 = (v: number, w: number): Vec3 => {
    const c = centre(v);
    const r = Math.max(c[2], round.sample(c[0], c[1]));
    const d = sub(centre(Math.min(1, v + 0.02)), centre(Math.max(0, v - 0.02)));
    const t = norm([(d[0] * r) / R_REF, d[1], 0]);
    return [c[0] + (-t[1] * w * R_REF) / r, c[1] + t[0] * w, c[2]];
  };
  const nu = 7;
  const nv = 16;
  // Rows evenly along the belly, closer together round its two rounded ends.
  const c = LEVATOR_CAP / len;
  const g: DrapeGrid = { nu, nv, pts: [], lift: [], thickness: [], insertionCap: LEVATOR_CAP, originCap: LEVATOR_CAP };
  for (let j = 0; j < nv; j++) {
    const v = rowFraction(j, nv, c, c);
    // Rounded ends in outline too, not cut square.
    const w = Math.max(0.3, capProfile((Math.min(v, 1 - v) * len) / LEVATOR_CAP)) * levatorWidth(v);
    for (let i = 0; i < nu; i++) {
      g.pts.push(fromCylinder(at3(v, w * (i / (nu - 1) - 0.5))));
      // It rises from the transverse processes (deep under the splenius at the atlas) onto what lies
      // beneath it on the side of the neck, and over its last 2 cm comes down onto the medial border.
      g.lift.push(liftWeight(v * len, LEVATOR_RISE) * liftWeight((1 - v) * len, 2));
      g.thickness.push(LEVATOR_THICKNESS);
    }
  }
  const belly = drapeAround(g, round, CLEAR_LAYER);
  // Each slip is a short tendinous strap from its transverse process down into the belly lying over it,
  // to the belly's mid-thickness 2.5 cm lower, so the slips run on into the fibres of the belly.
  const slips = tps.map((tp) => {
    let v = c;
    while (v < 0.5 && centre(v)[1] > tp[1] - 2.5) v += 0.01;
    const [x, y] = at3(v, 0);
    const into = fromCylinder([x, y, round.sample(x, y) + CLEAR_LAYER + LEVATOR_THICKNESS / 2]);
    return drapeAround(sheet([strap(fromCylinder(tp), into, 0.3, 0.45)], 5, 5, () => 0.6, { taper: 0.5, originTaper: 2.5, tendons: 'levator-scapulae' }), round, CLEAR_LAYER);
  });
  return mergeMeshes([belly, ...slips]);
}

/**
 * `floor` is the height field of everything deeper; `under` the same structures as meshes (both sides of
 * the midline ones), from which the latissimus's cylindrical floor is made.
 */
export function buildSuperficial(floor: HeightMap, under: readonly MeshData[]): BuiltMuscle[] {
  const out: BuiltMuscle[] = [];
  const put = (id: string, g: DrapeGrid, clearance: number, relax?: number): void => {
    const m = drapeGrid(g, { floor, clearance, ...(relax !== undefined ? { relax } : {}) });
    floor.addMesh(m);
    out.push({ id, layer: 'superficial', mesh: m });
  };
  // Deepest of the superficial group first: levator scapulae and the rhomboids lie under the trapezius.
  // The levator climbs from the scapula's superior angle round the side of the neck to the deep-lying
  // transverse processes: draped round the trunk axis, so near its origin it lies on the side of the neck
  // instead of diving straight forward (as a height field over the back made it, a spike in oblique views).
  const levator = levatorScapulae(cylinderFloor(under));
  floor.addMesh(levator);
  out.push({ id: 'levator-scapulae', layer: 'superficial', mesh: levator });
  // The rhomboids meet edge to edge (minor C7–T1, major T2–T5: the sheets share the T1–T2 gap, half each,
  // with a little overlap), insert on the medial border itself (their insertion edge reaches 3 mm onto the
  // blade, so no strip of what lies beneath shows between muscle and bone), and the major's lower fibres
  // run on to the supraspinous ligament below T5, where its lower border meets the latissimus's upper
  // border over the lower ribs. Without that, thin rims left slivers of the intrinsic layer showing.
  const onBlade = (e: AttachmentEntry): Vec3[] => e.insertion.map((p) => [p[0] + 0.3, p[1], p[2]]);
  const minor = entry('rhomboid_minor');
  const major = entry('rhomboid_major');
  const T1_T2: Vec3 = lerp(at(minor.origin, minor.origin.length - 1), at(major.origin, 0), 0.6);
  const T2_T1: Vec3 = lerp(at(minor.origin, minor.origin.length - 1), at(major.origin, 0), 0.4);
  const belowT5: Vec3 = [0, -15.0, 2.75];
  put('rhomboid-minor', sheet([{ origin: [...minor.origin, T1_T2], insertion: onBlade(minor) }], 8, 14, () => 0.6, { tendons: 'rhomboid-minor' }), CLEAR_LAYER);
  put('rhomboid-major', sheet([{ origin: [T2_T1, ...major.origin, belowT5], insertion: onBlade(major) }], 14, 16, () => 0.75, { tendons: 'rhomboid-major' }), CLEAR_LAYER);
  // Latissimus: the main sheet from the spines and crest, plus the rib slips that join its deep surface.
  // Both are draped round the trunk (cylindrical floor), so the sheet sweeps round the lateral chest wall
  // from its origin up and forward to the humerus and forms the posterior fold of the armpit. Its crest
  // origin runs on along the posterior crest (outer lip) to just behind its highest point, so the free
  // anterior border climbs forward from the crest to the armpit.
  const round = cylinderFloor([...under, ...out.map((m) => m.mesh)]);
  const lat = entry('latissimus_dorsi');
  // Its upper border starts a little above T7 on the supraspinous ligament (T6–T7), so it meets the lower
  // border of the rhomboid major where both pass the scapula's inferior angle.
  const main: LoftPart = { origin: [[0, -18.2, 3.0], ...lat.origin.slice(0, 15), LAT_CREST_END], insertion: lat.insertion };
  const ribsPart: LoftPart = { origin: lat.origin.slice(15), insertion: lat.insertion };
  const ribGrid = sheet([ribsPart], 6, 14, () => 0.35, { tendons: 'latissimus-dorsi' });
  const ribMesh = drapeAround(ribGrid, round, CLEAR_SUPERFICIAL);
  round.addMesh(cylinderMesh(ribMesh));
  floor.addMesh(ribMesh);
  // Short origin taper: the aponeurosis rises off the spines quickly instead of diving under the columns.
  const mainMesh = drapeAround(
    sheet([main], 24, 26, (u, v) => 0.55 * lerpN(0.5, 1, Math.min(1, v * 2.5)), { originTaper: 0.8, midline: 0.6, tendons: 'latissimus-dorsi' }),
    round,
    CLEAR_SUPERFICIAL,
    SHEET_RELAX,
  );
  floor.addMesh(mainMesh);
  out.push({ id: 'latissimus-dorsi', layer: 'superficial', mesh: mergeMeshes([ribMesh, mainMesh]) });
  // Trapezius last: one continuous sheet over its three parts; thicker in the neck ridge. Its insertion
  // runs clavicle → acromion → spine of the scapula → tubercle without turning back: the lower part's
  // insertion is taken from its lateral end (10.0) to the tubercle (8.7), so its upper fibres (T4) sit
  // beside the middle part's lowest ones and the fibres never cross (the sheet would fold over itself along
  // the spine of the scapula otherwise). The attachment points are the reference's, only their pairing
  // order differs.
  const lower = part('trapezius_lower');
  put(
    'trapezius',
    sheet(
      [part('trapezius_upper'), part('trapezius_middle'), { origin: lower.origin, insertion: [...lower.insertion].reverse() }],
      30,
      22,
      (u) => (u < 0.3 ? lerpN(1.1, 0.6, u / 0.3) : 0.5),
      {
        originTaper: 0.8,
        midline: 0.45,
        // The inion, where the superior nuchal line meets the ligamentum nuchae: the top of the sheet.
        corners: [POINTS.inion],
        // Along the superior nuchal line the sheet ends as it does on the midline, full-thickness and closed
        // by a wall down to the bone, so the top of the neck is one clean edge from the inion outward
        // instead of a knife-thin flap folded against the midline fibres.
        thickOrigin: (p) => p[1] > NUCHAL_Y,
        // Its insertion is fleshy on the clavicle, acromion and spine of the scapula: a rounded edge, not
        // a knife-thin one that ends in a spike at the acromion.
        cap: 0.6,
        tendons: 'trapezius',
      },
    ),
    CLEAR_SUPERFICIAL,
    SHEET_RELAX,
  );
  void sub;
  return out;
}

// Turns a grid of fibre points into a closed muscle: the deep surface lies on the height field of what is
// already built (plus clearance), tapering onto the landmarks over the last ~2 cm at each end; the
// superficial surface adds the belly thickness along the deep surface's normal (so a sheet that wraps round
// the flank or climbs the neck slope keeps its thickness), and the next layer drapes on what was built, so
// the layer order seen from behind holds by construction. Thickness falls to zero at every edge, which
// rounds and thins the rims — except along a midline origin (trapezius, latissimus), where the sheet keeps
// an aponeurotic thickness right up to x = 0 and is closed by a wall in the midsagittal plane, so it meets
// its mirror image in a hairline seam instead of diving to the spinous processes.
import { HeightMap } from './heightmap';
import { emptyMesh, getVertex, gridIndices, orientOutward, type MeshData } from './mesh';
import { at, clamp, cross, dist, lerp, lerpN, norm, smoothstep, sub, type Vec3 } from './vec';

export interface DrapeContext {
  /** Most posterior z of everything deeper. */
  floor: HeightMap;
  /** Optional upper limit (e.g. the scapula's anterior face for the intrinsic muscles). */
  ceiling?: HeightMap;
  clearance: number;
  /**
   * Relaxation passes of the deep surface (default 4). A broad sheet takes many, so that it spans a cliff in
   * what lies beneath (the medial border of the scapula, where the erector mass stands ~3 cm proud of the
   * bare blade) like a membrane instead of folding down into it between two neighbouring fibres.
   */
  relax?: number;
}

export interface DrapeGrid {
  nu: number;
  nv: number;
  /** nv rows × nu columns, row-major; the chord (or track) points before draping. */
  pts: Vec3[];
  /** Per-vertex 0..1: how far the vertex may be lifted off the chord (0 at attachments). */
  lift: number[];
  /** Per-vertex belly thickness (cm) before edge thinning. */
  thickness: number[];
  /**
   * Columns only: per-vertex weight (0..1) pulling the deep surface down onto an attachment point at depth
   * pinZ (tendinous slips to each transverse process), while the superficial surface stays smooth.
   */
  pin?: { weight: number[]; z: number[] };
  /**
   * Sheets only: per column (u), the fraction of full thickness kept at the origin end (v = 0) when that
   * end lies on the midline (x = 0); 0 for columns whose origin is not on the midline.
   */
  midline?: number[];
  /**
   * A fleshy insertion on bone cut off where the model ends (the capitis muscles on the skull): the belly
   * keeps its full thickness up to this distance (cm) from the insertion end and rounds off there, instead
   * of thinning out over half its length into a tendinous flap.
   */
  insertionCap?: number;
  /**
   * Sheets only: per-vertex texture v along the fibre, when its tendinous ends are known (tendons.ts);
   * otherwise v is the row's fraction of the fibre.
   */
  texV?: number[];
  /** The same at the origin end (a belly whose slips leave it there: the levator scapulae). */
  originCap?: number;
}

/** Attachment ends sit this far behind the bone landmark, so the bone's tip does not show through. */
const ATTACH_LIFT = 0.2;

/** Belly profile along the fibre: full in the middle, thin tendinous ends. */
export const bellyProfile = (v: number, power = 0.6): number => Math.pow(Math.max(0, Math.sin(Math.PI * v)), power);
/** A rounded end (quarter ellipse) over s = 0..1 from the very end. */
export const capProfile = (s: number): number => Math.sqrt(Math.max(0, 1 - Math.pow(1 - Math.min(1, s), 2)));
/** Rounded cross-section: vertical tangent at the rims. */
export const edgeProfile = (u: number): number => Math.sqrt(Math.max(0, Math.sin(Math.PI * u)));

/** Lift weight for a point at arc distance s from an attachment: 0 on it, 1 beyond `taper` cm. */
export const liftWeight = (s: number, taper = 2): number => smoothstep(0, taper, s);

/** Below this x (cm) an origin point counts as being on the midline. */
export const MIDLINE_X = 0.01;
/** Width (cm) of the hem beside a sheet's seam with its mirror image. */
const HEM_X = 0.12;
/** How far (cm) a sheet with a midline origin stays behind the spinous tips beside the midline. */
const MIDLINE_CLEAR = 0.4;

/** Unit normals of a grid surface (central differences), oriented so that most of them face the back (+z). */
function gridNormals(nu: number, nv: number, p: (i: number, j: number) => Vec3): Vec3[] {
  const out: Vec3[] = [];
  let sz = 0;
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const du = sub(p(Math.min(nu - 1, i + 1), j), p(Math.max(0, i - 1), j));
      const dv = sub(p(i, Math.min(nv - 1, j + 1)), p(i, Math.max(0, j - 1)));
      const c = cross(du, dv);
      const l = Math.hypot(c[0], c[1], c[2]);
      const n: Vec3 = l > 1e-9 ? [c[0] / l, c[1] / l, c[2] / l] : [0, 0, 0];
      sz += n[2];
      out.push(n);
    }
  }
  const s = sz < 0 ? -1 : 1;
  // One smoothing pass: the deep surface has small kinks where it meets the floor; the offset should not.
  const sm: Vec3[] = [];
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      let a: Vec3 = [0, 0, 0];
      for (const [di, dj, w] of [[0, 0, 2], [1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1]] as const) {
        const ii = i + di;
        const jj = j + dj;
        if (ii < 0 || jj < 0 || ii >= nu || jj >= nv) continue;
        const q = at(out, jj * nu + ii);
        a = [a[0] + w * q[0], a[1] + w * q[1], a[2] + w * q[2]];
      }
      const l = Math.hypot(a[0], a[1], a[2]);
      sm.push(l > 1e-9 ? [(s * a[0]) / l, (s * a[1]) / l, (s * a[2]) / l] : [0, 0, 1]);
    }
  }
  return sm;
}

/**
 * For each seam column (`seam(i)`), the point of the sheet's second row at the seam vertex's height: the
 * columns a, b of the row-1 segment that spans it and the fraction t between them.
 */
function seamNeighbours(g: DrapeGrid, seam: (i: number) => boolean): ({ a: number; b: number; t: number } | undefined)[] {
  const row1 = (i: number): Vec3 => at(g.pts, g.nu + i);
  return Array.from({ length: g.nu }, (_, i) => {
    if (!seam(i)) return undefined;
    const y = at(g.pts, i)[1];
    let best = { a: i, b: i, t: 0 };
    let bestGap = Infinity;
    for (let a = 0; a + 1 < g.nu; a++) {
      const [ya, yb] = [row1(a)[1], row1(a + 1)[1]];
      const t = Math.abs(yb - ya) > 1e-9 ? (y - ya) / (yb - ya) : 0;
      // Outside the segment, the distance in height to its nearer end.
      const gap = t < 0 ? Math.abs(y - ya) : t > 1 ? Math.abs(y - yb) : 0;
      if (gap < bestGap) {
        bestGap = gap;
        best = { a, b: a + 1, t: clamp(t, 0, 1) };
      }
    }
    return best;
  });
}

export function drapeGrid(g: DrapeGrid, ctx: DrapeContext): MeshData {
  const { nu, nv, pts } = g;
  const n = nu * nv;
  const req = new Float64Array(n);
  const zb = new Float64Array(n);
  const mid = (i: number): number => (g.midline ? at(g.midline, i) : 0);
  /** Origin column on the midline itself, where the sheet meets its mirror image. */
  const seam = (i: number): boolean => mid(i) > 0 && at(pts, i)[0] < MIDLINE_X;
  for (let k = 0; k < n; k++) {
    const p = at(pts, k);
    // The highest floor within ~4 mm: the mesh is linear between vertices, the floor is not.
    let e = ctx.floor.sample(p[0], p[1]);
    for (const [dx, dy] of [[0.4, 0], [-0.4, 0], [0, 0.4], [0, -0.4]] as const) {
      const s = ctx.floor.sample(p[0] + dx, p[1] + dy);
      if (Number.isFinite(s)) e = Number.isFinite(e) ? Math.max(e, s) : s;
    }
    const z0 = p[2] + ATTACH_LIFT;
    const lift = Number.isFinite(e) ? Math.max(0, e + ctx.clearance - z0) : 0;
    req[k] = z0 + at(g.lift, k) * lift;
    // A midline origin passes clearly over the spinous tips (the floor's blur rounds their peaks off).
    const i = k % nu;
    if (mid(i) > 0) {
      const o = at(pts, i);
      if (Math.hypot(p[0] - o[0], p[1] - o[1]) < 1.2) req[k] = Math.max(req[k] ?? 0, o[2] + ATTACH_LIFT + MIDLINE_CLEAR);
    }
    zb[k] = req[k] ?? 0;
  }
  // Relax the deep surface (the envelope is bumpy over ribs) but never let it sink below the requirement.
  // The free side edges (first and last fibre) relax too, from their one inner neighbour: where nothing lies
  // beneath an edge (the side of the neck) it would otherwise drop onto its chord, a spike off the sheet.
  // The seam row on the midline relaxes too, against its mirror image: its neighbours across x = 0 are the
  // next row at the same height, mirrored. The two halves then meet level instead of in a V, so the sheet
  // reads as one across the midline rather than creased along it.
  const besideSeam = seamNeighbours(g, seam);
  for (let it = 0; it < (ctx.relax ?? 4); it++) {
    const src = Float64Array.from(zb);
    for (let j = 0; j < nv - 1; j++) {
      for (let i = 0; i < nu; i++) {
        const beside = j === 0 ? besideSeam[i] : undefined;
        if (j === 0 && !beside) continue;
        const k = j * nu + i;
        const across = i === 0 ? 2 * (src[k + 1] ?? 0) : i === nu - 1 ? 2 * (src[k - 1] ?? 0) : (src[k - 1] ?? 0) + (src[k + 1] ?? 0);
        const along = beside
          ? 2 * ((src[nu + beside.a] ?? 0) * (1 - beside.t) + (src[nu + beside.b] ?? 0) * beside.t)
          : (src[k - nu] ?? 0) + (src[k + nu] ?? 0);
        const avg = (across + along) / 4;
        zb[k] = Math.max(req[k] ?? 0, 0.5 * (src[k] ?? 0) + 0.5 * avg);
      }
    }
  }
  const deep = (i: number, j: number): Vec3 => {
    const p = at(pts, j * nu + i);
    return [p[0], p[1], zb[j * nu + i] ?? 0];
  };
  const normals = gridNormals(nu, nv, deep);
  // Arc length (cm) from each vertex to either end of its fibre, for capped ends.
  const toInsertion = new Array<number>(n).fill(0);
  const toOrigin = new Array<number>(n).fill(0);
  for (let j = 1; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = nv - 1 - j;
      toInsertion[a * nu + i] = at(toInsertion, (a + 1) * nu + i) + dist(deep(i, a), deep(i, a + 1));
      toOrigin[j * nu + i] = at(toOrigin, (j - 1) * nu + i) + dist(deep(i, j), deep(i, j - 1));
    }
  }
  const surfaces: Vec3[][] = [[], []];
  for (const outer of [true, false]) {
    const out = at(surfaces, outer ? 0 : 1);
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const k = j * nu + i;
        const p = at(pts, k);
        const base = zb[k] ?? 0;
        const v = j / (nv - 1);
        const a0 = mid(i);
        const belly = bellyProfile(v);
        // From the midline the aponeurosis thickens into the belly without a step at the seam (level with
        // its mirror image there).
        const cap =
          g.insertionCap && v >= 0.5
            ? capProfile(at(toInsertion, k) / g.insertionCap)
            : g.originCap && v < 0.5
              ? capProfile(at(toOrigin, k) / g.originCap)
              : undefined;
        const along = cap ?? (a0 > 0 && v < 0.5 ? a0 + (1 - a0) * belly * (seam(i) ? smoothstep(0, 0.25, v) : 1) : belly);
        let t = at(g.thickness, k) * edgeProfile(i / (nu - 1)) * along;
        let nrm = at(normals, k);
        if (a0 > 0 || p[0] < 3) {
          // Near the midline the offset stays in the sagittal plane, so a sheet never crosses x = 0.
          nrm = norm([nrm[0] * smoothstep(0, 3, p[0]), nrm[1], nrm[2]]);
        }
        if (ctx.ceiling) {
          const c = ctx.ceiling.sample(p[0], p[1]);
          if (Number.isFinite(c)) t = Math.min(t, Math.max(0.04 * t, c - 0.25 - base));
        }
        let q: Vec3 = [p[0] + t * nrm[0], p[1] + t * nrm[1], base + t * nrm[2]];
        if (!outer) {
          q = [p[0], p[1], base];
          const w = g.pin ? at(g.pin.weight, k) : 0;
          if (w > 0 && g.pin) q = [p[0], p[1], Math.min(base, base + (at(g.pin.z, k) + ATTACH_LIFT - base) * w)];
        }
        if (p[0] >= 0 && q[0] < 0) q = [0, q[1], q[2]];
        out.push(q);
      }
    }
  }
  // A sheet that meets its mirror image gets a hem: a row of vertices HEM_X beside the seam at the seam's
  // own height and depth. Every triangle at a seam vertex then lies flat across the midline, so its smooth
  // normal has no sideways component, as its mirror image's: the two halves shade as one surface there.
  const hemmed = Array.from({ length: nu }, (_, i) => seam(i)).some(Boolean);
  const rows = hemmed ? nv + 1 : nv;
  const m = emptyMesh(true);
  const uvs = m.uvs ?? [];
  const texV = (k: number): number => (g.texV ? at(g.texV, k) : Math.floor(k / nu) / (nv - 1));
  for (const surface of surfaces) {
    for (let r = 0; r < rows; r++) {
      for (let i = 0; i < nu; i++) {
        const u = i / (nu - 1);
        const j = hemmed && r > 0 ? r - 1 : r;
        let q = at(surface, j * nu + i);
        let v = texV(j * nu + i);
        if (hemmed && r === 1) {
          const next = at(surface, nu + i);
          // Off the midline (a corner of the origin), the hem is simply a point a little along the fibre.
          const f = Math.min(0.5, HEM_X / Math.max(1e-9, dist(q, next)));
          q = seam(i) ? [q[0] + HEM_X, q[1], q[2]] : lerp(q, next, f);
          v = lerpN(texV(i), texV(nu + i), f);
        }
        m.positions.push(q[0], q[1], q[2]);
        uvs.push(u, v);
      }
    }
  }
  const ns = nu * rows;
  m.indices.push(...gridIndices(rows, nu, 0, false), ...gridIndices(rows, nu, ns, true));
  // A midline origin edge is closed by a wall in the midsagittal plane: from the outer surface down to a
  // fin that reaches the attachment (ligamentum nuchae, spinous tips), then back up to the deep surface.
  // The wall has its own vertices, so its normals do not bleed into the outer surface's shading.
  const top = 2 * ns;
  const fin = top + nu;
  const bottom = fin + nu;
  const copyRow = (from: number): void => {
    for (let i = 0; i < nu; i++) {
      const q = getVertex(m, from + i);
      m.positions.push(q[0], q[1], q[2]);
      uvs.push(i / (nu - 1), 0);
    }
  };
  copyRow(0);
  for (let i = 0; i < nu; i++) {
    const p = at(pts, i);
    const inner = getVertex(m, ns + i);
    const z = mid(i) > 0 ? Math.min(inner[2], p[2] + ATTACH_LIFT) : inner[2];
    m.positions.push(inner[0], inner[1], z);
    uvs.push(i / (nu - 1), 0);
  }
  copyRow(ns);
  const tri = (a: number, b: number, c: number): void => {
    const pa = getVertex(m, a);
    const pb = getVertex(m, b);
    const pc = getVertex(m, c);
    if (!same(pa, pb) && !same(pb, pc) && !same(pa, pc)) m.indices.push(a, b, c);
  };
  for (let i = 0; i + 1 < nu; i++) {
    if (mid(i) <= 0 && mid(i + 1) <= 0) continue;
    const [a, b] = [top + i, top + i + 1];
    const [fa, fb] = [fin + i, fin + i + 1];
    const [ia, ib] = [bottom + i, bottom + i + 1];
    tri(b, a, fa);
    tri(b, fa, fb);
    tri(fb, fa, ia);
    tri(fb, ia, ib);
  }
  orientOutward(m);
  closeRim(m, nu, rows, (i) => mid(i) > 0);
  return m;
}

/**
 * Closes the rim wherever the deep surface does not meet the superficial one (a column's deep surface is
 * pinned down to its slips' attachments, so its rims stay open). The app culls back faces, which is only
 * right for closed meshes: through a gap one would see into the muscle and out through its far side.
 * The wall has its own vertices (its shading stays its own) and faces away from the grid's interior,
 * matching the already outward-facing surfaces. `midlineOrigin(i)` marks origin-edge columns that the
 * midline wall closes already.
 */
/** Exactly the same point: a triangle with two of them has no area. */
const same = (x: Vec3, y: Vec3): boolean => x[0] === y[0] && x[1] === y[1] && x[2] === y[2];

/** Surfaces closer than this (cm) at the rim count as closed: 0.2 mm, well under a pixel at any zoom. */
export const RIM_GAP = 0.02;

function closeRim(m: MeshData, nu: number, nv: number, midlineOrigin: (i: number) => boolean): void {
  const n = nu * nv;
  const uvs = m.uvs ?? [];
  const outer = (i: number, j: number): number => j * nu + i;
  const segments: [number, number, number][] = []; // rim vertex a, rim vertex b, an interior neighbour of a
  for (let i = 0; i + 1 < nu; i++) {
    if (!midlineOrigin(i) && !midlineOrigin(i + 1)) segments.push([outer(i, 0), outer(i + 1, 0), outer(i, 1)]);
    segments.push([outer(i, nv - 1), outer(i + 1, nv - 1), outer(i, nv - 2)]);
  }
  for (let j = 0; j + 1 < nv; j++) {
    segments.push([outer(0, j), outer(0, j + 1), outer(1, j)]);
    segments.push([outer(nu - 1, j), outer(nu - 1, j + 1), outer(nu - 2, j)]);
  }
  const meets = (x: Vec3, y: Vec3): boolean => Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]) < RIM_GAP;
  for (const [a, b, inner] of segments) {
    const corners = [a, b, n + b, n + a].map((k) => getVertex(m, k));
    const [oa, ob, db, da] = corners as [Vec3, Vec3, Vec3, Vec3];
    if (meets(oa, da) && meets(ob, db)) continue;
    const base = m.positions.length / 3;
    for (const [k, q] of [a, b, n + b, n + a].map((k, c) => [k, at(corners, c)] as const)) {
      m.positions.push(q[0], q[1], q[2]);
      uvs.push(at(uvs, 2 * k), at(uvs, 2 * k + 1));
    }
    const away = sub(getVertex(m, a), getVertex(m, inner));
    for (const [x, y, z] of [[0, 1, 2], [0, 2, 3]] as const) {
      const px = at(corners, x);
      const py = at(corners, y);
      const pz = at(corners, z);
      if (same(px, py) || same(py, pz) || same(px, pz)) continue;
      const facing = cross(sub(py, px), sub(pz, px));
      const outward = facing[0] * away[0] + facing[1] * away[1] + facing[2] * away[2] >= 0;
      if (outward) m.indices.push(base + x, base + y, base + z);
      else m.indices.push(base + x, base + z, base + y);
    }
  }
}

/**
 * A cylindrical frame round the trunk's long axis (x = 0, z = TRUNK_ZC): X = R_REF·θ (θ from the back,
 * toward the patient's left), y, r. A sheet that wraps round the flank (the latissimus) is draped in it:
 * "behind" becomes "outward from the axis", so the sheet follows the lateral chest wall instead of
 * standing off it as a height field over the back would make it.
 */
const TRUNK_ZC = -8.5;
export const R_REF = 12;
export const toCylinder = (p: Vec3): Vec3 => {
  const dz = p[2] - TRUNK_ZC;
  return [R_REF * Math.atan2(p[0], dz), p[1], Math.hypot(p[0], dz)];
};
export const fromCylinder = (q: Vec3): Vec3 => {
  const th = q[0] / R_REF;
  return [q[2] * Math.sin(th), q[1], TRUNK_ZC + q[2] * Math.cos(th)];
};

/** A mesh mapped into the cylindrical frame, without the triangles across the seam in front (θ = ±π). */
export function cylinderMesh(m: MeshData): MeshData {
  const t = emptyMesh(false);
  for (let i = 0; i < m.positions.length / 3; i++) {
    const q = toCylinder(getVertex(m, i));
    t.positions.push(q[0], q[1], q[2]);
  }
  for (let k = 0; k < m.indices.length; k += 3) {
    const tri = [at(m.indices, k), at(m.indices, k + 1), at(m.indices, k + 2)];
    const xs = tri.map((i) => at(t.positions, 3 * i));
    if (Math.max(...xs) - Math.min(...xs) < R_REF) t.indices.push(...tri);
  }
  return t;
}

/** Radius field r(X, y) of the outermost of `meshes`, ribs bridged vertically as in the back's envelope. */
export function cylinderFloor(meshes: readonly MeshData[]): HeightMap {
  const map = new HeightMap(-40, -62, 0.25, 321, 321, -Infinity);
  for (const m of meshes) map.addMesh(cylinderMesh(m));
  return map.dilate(0.25, 1.0).blur(0.4, 1);
}

/** drapeGrid in the cylindrical frame: the grid's chords are mapped in, the closed muscle mapped back out. */
export function drapeAround(g: DrapeGrid, floor: HeightMap, clearance: number, relax?: number): MeshData {
  const m = drapeGrid({ ...g, pts: g.pts.map(toCylinder) }, { floor, clearance, ...(relax !== undefined ? { relax } : {}) });
  for (let i = 0; i < m.positions.length / 3; i++) {
    const p = fromCylinder(getVertex(m, i));
    m.positions[3 * i] = p[0];
    m.positions[3 * i + 1] = p[1];
    m.positions[3 * i + 2] = p[2];
  }
  return orientOutward(m);
}

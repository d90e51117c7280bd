// Turns a grid of fibre points into a closed muscle: the deep surface lies on the height field of what is
// already built (plus clearance), tapering onto the landmarks over the last ~2 cm at each end; the
// superficial surface adds the belly thickness along +z (toward the back), so the layer order seen from
// behind holds by construction. Thickness falls to zero at every edge, which rounds and thins the rims.
import type { HeightMap } from './heightmap';
import { emptyMesh, gridIndices, orientOutward, type MeshData } from './mesh';
import { at, smoothstep, type Vec3 } from './vec';

export interface DrapeContext {
  /** Most posterior z of everything deeper. */
  floor: HeightMap;
  /** Optional upper limit (e.g. the scapula's anterior face for the intrinsic muscles). */
  ceiling?: HeightMap;
  clearance: number;
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
}

/** Attachment ends sit this far behind the bone landmark, so the bone's tip does not show through. */
const ATTACH_LIFT = 0.2;

/** Belly profile along the fibre: full in the middle, thin tendinous ends. */
export const bellyProfile = (v: number, power = 0.6): number => Math.pow(Math.max(0, Math.sin(Math.PI * v)), power);
/** Rounded cross-section: vertical tangent at the rims. */
export const edgeProfile = (u: number): number => Math.sqrt(Math.max(0, Math.sin(Math.PI * u)));

/** Lift weight for a point at arc distance s from an attachment: 0 on it, 1 beyond `taper` cm. */
export const liftWeight = (s: number, taper = 2): number => smoothstep(0, taper, s);

export function drapeGrid(g: DrapeGrid, ctx: DrapeContext): MeshData {
  const { nu, nv, pts } = g;
  const n = nu * nv;
  const req = new Float64Array(n);
  const zb = new Float64Array(n);
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
    zb[k] = req[k] ?? 0;
  }
  // Relax the deep surface (the envelope is bumpy over ribs) but never let it sink below the requirement.
  for (let it = 0; it < 4; it++) {
    const src = Float64Array.from(zb);
    for (let j = 1; j < nv - 1; j++) {
      for (let i = 1; i < nu - 1; i++) {
        const k = j * nu + i;
        const avg = ((src[k - 1] ?? 0) + (src[k + 1] ?? 0) + (src[k - nu] ?? 0) + (src[k + nu] ?? 0)) / 4;
        zb[k] = Math.max(req[k] ?? 0, 0.5 * (src[k] ?? 0) + 0.5 * avg);
      }
    }
  }
  const m = emptyMesh(true);
  const uvs = m.uvs ?? [];
  for (const outer of [true, false]) {
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const k = j * nu + i;
        const p = at(pts, k);
        const base = zb[k] ?? 0;
        let t = at(g.thickness, k) * edgeProfile(i / (nu - 1)) * bellyProfile(j / (nv - 1));
        if (ctx.ceiling) {
          const c = ctx.ceiling.sample(p[0], p[1]);
          if (Number.isFinite(c)) t = Math.min(t, Math.max(0.04 * t, c - 0.25 - base));
        }
        let z = base + t;
        if (!outer) {
          z = base;
          const w = g.pin ? at(g.pin.weight, k) : 0;
          if (w > 0 && g.pin) z = Math.min(base, base + (at(g.pin.z, k) + ATTACH_LIFT - base) * w);
        }
        m.positions.push(p[0], p[1], z);
        uvs.push(i / (nu - 1), j / (nv - 1));
      }
    }
  }
  m.indices.push(...gridIndices(nv, nu, 0, false), ...gridIndices(nv, nu, n, true));
  return orientOutward(m);
}

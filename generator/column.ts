// Erector spinae and semispinalis as columns (model-notes: their origin and insertion lines lie on top of
// each other, so lofting between them gives a sliver). The track is the vertical run of all the entry's
// attachment points; the column is at least `width_cm` wide and always wide enough to cover every
// attachment at that height. v runs from the caudal origin (0) to the cranial insertion (1).
import { capProfile, type DrapeGrid } from './drape';
import type { AttachmentEntry } from './landmarks';
import { rowFraction } from './loft';
import { at, clamp, lerpN, smoothstep, type Vec3 } from './vec';

export interface ColumnSpec {
  entries: readonly AttachmentEntry[];
  /** Depth (belly thickness, cm) as a function of height y. */
  depth: (y: number) => number;
  nu: number;
  nv: number;
  /**
   * The cranial end inserts fleshy on the skull (DrapeGrid.insertionCap, cm): it keeps its width and
   * thickness up to the insertion instead of narrowing to a tendon.
   */
  cap?: number;
}

export function columnGrid(spec: ColumnSpec): DrapeGrid {
  // Attachment points, plus each head's mid-belly (between its origin and insertion centroids), so a head
  // that leaves the column's line (longissimus capitis to the mastoid) widens the column toward it.
  const centroid = (ps: readonly Vec3[]): Vec3 => [
    ps.reduce((s, p) => s + p[0], 0) / ps.length,
    ps.reduce((s, p) => s + p[1], 0) / ps.length,
    ps.reduce((s, p) => s + p[2], 0) / ps.length,
  ];
  const pts: Vec3[] = spec.entries.flatMap((e) => {
    const o = centroid(e.origin);
    const i = centroid(e.insertion);
    const mid: Vec3 = [(o[0] + i[0]) / 2, (o[1] + i[1]) / 2, (o[2] + i[2]) / 2];
    return [...e.origin, ...e.insertion, mid];
  });
  const widthAt = (y: number): number => {
    let w = 0;
    for (const e of spec.entries) {
      const ys = [...e.origin, ...e.insertion].map((p) => p[1]);
      if (y >= Math.min(...ys) - 1 && y <= Math.max(...ys) + 1) w = Math.max(w, e.column?.widthCm ?? 1);
    }
    return w || 1;
  };
  const ys = pts.map((p) => p[1]);
  const yMin = Math.min(...ys);
  const yMax = Math.max(...ys);
  // Rows with attachments nearby take their extent from them; rows between attachment clusters are
  // interpolated, so a column never balloons across a gap between its origin and insertion.
  const raw: ({ lo: number; hi: number; z: number } | null)[] = [];
  const rowY: number[] = [];
  // A capped end gets its last rows on a quarter circle (evenly spaced round its rounded end), the rest
  // evenly spaced below it.
  const capShare = (spec.cap ?? 0) / (yMax - yMin);
  for (let j = 0; j < spec.nv; j++) {
    const y = yMin + (yMax - yMin) * rowFraction(j, spec.nv, 0, capShare);
    rowY.push(y);
    const near = pts.filter((p) => Math.abs(p[1] - y) <= 2.2);
    if (near.length === 0) {
      raw.push(null);
      continue;
    }
    const xs = near.map((p) => p[0]);
    let wsum = 0;
    let zsum = 0;
    for (const p of near) {
      const w = 1 / (0.3 + Math.abs(p[1] - y));
      wsum += w;
      zsum += w * p[2];
    }
    raw.push({ lo: Math.min(...xs), hi: Math.max(...xs), z: zsum / wsum });
  }
  const rows = raw.map((r, j) => {
    const y = at(rowY, j);
    if (r) return { ...r, y };
    let a = j;
    while (a > 0 && !raw[a]) a--;
    let b = j;
    while (b < raw.length - 1 && !raw[b]) b++;
    const ra = raw[a] ?? raw[b];
    const rb = raw[b] ?? raw[a];
    if (!ra || !rb) throw new Error('column without attachments');
    const t = b === a ? 0 : (j - a) / (b - a);
    return { lo: lerpN(ra.lo, rb.lo, t), hi: lerpN(ra.hi, rb.hi, t), z: lerpN(ra.z, rb.z, t), y };
  });
  // Smooth the track's edges along its length so the column reads as one muscle, not a staircase.
  const smooth = (vals: number[], r: number): number[] =>
    vals.map((_, j) => {
      let s = 0;
      let c = 0;
      for (let d = -r; d <= r; d++) {
        const v = vals[clamp(j + d, 0, vals.length - 1)];
        if (v !== undefined) {
          s += v;
          c++;
        }
      }
      return s / c;
    });
  const lo = smooth(rows.map((r) => r.lo), 2);
  const hi = smooth(rows.map((r) => r.hi), 2);
  const attach: Vec3[] = spec.entries.flatMap((e) => [...e.origin, ...e.insertion]);
  const pin = { weight: [] as number[], z: [] as number[] };
  const grid: DrapeGrid = { nu: spec.nu, nv: spec.nv, pts: [], lift: [], thickness: [], pin, ...(spec.cap ? { insertionCap: spec.cap } : {}) };
  const len = yMax - yMin;
  for (let j = 0; j < spec.nv; j++) {
    const r = at(rows, j);
    const l0 = Math.min(at(lo, j), r.lo);
    const h0 = Math.max(at(hi, j), r.hi);
    const c = (l0 + h0) / 2;
    const s0 = r.y - yMin;
    const endDist = Math.min(s0, len - s0);
    // Full width in the belly, narrowing to the spread of the attachments at each tendinous end, and the
    // ends rounded off (an elliptical outline over the last few cm) instead of cut square.
    const capped = spec.cap !== undefined && s0 > len / 2;
    const round = capped ? 1 : Math.max(0.45, capProfile(endDist / 2.5));
    const w = round * lerpN(h0 - l0 + 0.4, Math.max(widthAt(r.y), h0 - l0 + 0.8), smoothstep(0, 4, endDist));
    const lift = smoothstep(0, 2, endDist);
    for (let i = 0; i < spec.nu; i++) {
      const u = i / (spec.nu - 1);
      // Never cross the midline: the other side's column is this one's mirror image.
      const x = Math.max(0.2, c + (u - 0.5) * w);
      grid.pts.push([x, r.y, r.z]);
      let nearest = attach[0] ?? [x, r.y, r.z];
      let dn = Infinity;
      for (const p of attach) {
        const d = Math.hypot(p[0] - x, p[1] - r.y);
        if (d < dn) {
          dn = d;
          nearest = p;
        }
      }
      // The rim is never pinned: there the deep surface meets the superficial one, so the column closes
      // in a rounded edge instead of a wall straight down to the slips. Such a wall faces the viewer from
      // behind edge-on, and multisampled rasterisers let a sliver like that flicker through the layers
      // above it (pale dashes in the trapezius).
      const rim = i === 0 || i === spec.nu - 1 || j === 0 || j === spec.nv - 1;
      pin.weight.push(rim ? 0 : 1 - smoothstep(0.5, 1.6, dn));
      pin.z.push(nearest[2]);
      grid.lift.push(lift);
      grid.thickness.push(spec.depth(r.y));
    }
  }
  return grid;
}

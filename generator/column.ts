// Erector spinae and semispinalis as columns (model-notes: their origin and insertion lines lie on top of
// each other, so lofting between them gives a sliver). The track is the vertical run of all the entry's
// attachment points; the column is at least `width_cm` wide and always wide enough to cover every
// attachment at that height. v runs from the caudal origin (0) to the cranial insertion (1).
import type { DrapeGrid } from './drape';
import type { AttachmentEntry } from './landmarks';
import { at, clamp, lerpN, smoothstep, type Vec3 } from './vec';

export interface ColumnSpec {
  entries: readonly AttachmentEntry[];
  /** Depth (belly thickness, cm) as a function of height y. */
  depth: (y: number) => number;
  nu: number;
  nv: number;
}

export function columnGrid(spec: ColumnSpec): DrapeGrid {
  const pts: Vec3[] = spec.entries.flatMap((e) => [...e.origin, ...e.insertion]);
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
  const rows: { lo: number; hi: number; z: number; y: number }[] = [];
  for (let j = 0; j < spec.nv; j++) {
    const y = lerpN(yMin, yMax, j / (spec.nv - 1));
    // Attachments near this height; widen the window until at least one is found.
    let win = 2.2;
    let near = pts.filter((p) => Math.abs(p[1] - y) <= win);
    while (near.length === 0) {
      win += 1;
      near = pts.filter((p) => Math.abs(p[1] - y) <= win);
    }
    const xs = near.map((p) => p[0]);
    let wsum = 0;
    let zsum = 0;
    for (const p of near) {
      const w = 1 / (0.3 + Math.abs(p[1] - y));
      wsum += w;
      zsum += w * p[2];
    }
    rows.push({ lo: Math.min(...xs), hi: Math.max(...xs), z: zsum / wsum, y });
  }
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
  const grid: DrapeGrid = { nu: spec.nu, nv: spec.nv, pts: [], lift: [], thickness: [] };
  const len = yMax - yMin;
  for (let j = 0; j < spec.nv; j++) {
    const r = at(rows, j);
    const l0 = Math.min(at(lo, j), r.lo);
    const h0 = Math.max(at(hi, j), r.hi);
    const c = (l0 + h0) / 2;
    const w = Math.max(widthAt(r.y), h0 - l0 + 0.8);
    const s0 = (j / (spec.nv - 1)) * len;
    const lift = smoothstep(0, 2, Math.min(s0, len - s0));
    for (let i = 0; i < spec.nu; i++) {
      const u = i / (spec.nu - 1);
      grid.pts.push([c + (u - 0.5) * w, r.y, r.z]);
      grid.lift.push(lift);
      grid.thickness.push(spec.depth(r.y));
    }
  }
  return grid;
}

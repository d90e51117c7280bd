// Ribs 1–12 (left): head at the vertebral body, tubercle at the transverse process, angle at Table G2,
// then round the side at the Table G2 half-width and forward, dropping toward the front (rib plane tilted
// ~20–30° down anteriorly, steeper below, §4.4). Ribs 1–7 carry their costal cartilage to the sternum.
import { BODY_CENTRES, POINTS, RIB_ANGLES, RIB_HALF_WIDTH, RIB_LATERAL_POINTS, TP_TIPS, type Vec3 } from './landmarks';
import type { MeshData } from './mesh';
import { tube } from './prim';
import { at, catmullRom, clamp, lerpN } from './vec';

const req = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
};

/** Sternal front z at height y: jugular notch → xiphisternal joint, linear (Table G3). */
function sternumZ(y: number): number {
  const t = clamp((y - POINTS.jugularNotch[1]) / (POINTS.xiphisternalJoint[1] - POINTS.jugularNotch[1]), 0, 1.3);
  return lerpN(POINTS.jugularNotch[2], POINTS.xiphisternalJoint[2], t);
}

/** Control points of rib n's centreline, posterior to anterior. */
export function ribControlPoints(n: number): Vec3[] {
  const tv = `T${n}`;
  const body = req(BODY_CENTRES[tv], tv);
  const tp = req(TP_TIPS[tv], tv);
  const angle = req(RIB_ANGLES[String(n)], `rib ${n}`);
  const w = req(RIB_HALF_WIDTH[String(n)], `rib ${n}`);
  const head: Vec3 = [1.9, body[1] + 0.3, body[2] + 0.9];
  const tubercle: Vec3 = [tp[0] + 0.2, tp[1] - 0.3, tp[2] - 0.6];
  // Lateral drop grows down the cage; the lowest ribs are short and floating.
  const latDrop = [2.5, 3.5, 4.2, 4.8, 5.3, 5.8, 6.4, 7.0, 7.6, 8.0, 6.0, 3.0][n - 1] ?? 5;
  const frontDrop = [7.0, 9.0, 9.5, 9.5, 9.0, 8.0, 7.0, 10.0, 11.5, 12.5, 0, 0][n - 1] ?? 6;
  const pts: Vec3[] = [head, tubercle, angle];
  const lat = RIB_LATERAL_POINTS[String(n)];
  if (lat) pts.push(lat);
  const yLat = angle[1] - latDrop;
  if (n <= 10) {
    const yFront = angle[1] - frontDrop;
    const zFront = sternumZ(yFront) + (n <= 7 ? 0.3 : 2.0 + (n - 8) * 1.0);
    const zLat = lerpN(angle[2], zFront, 0.45);
    pts.push([w, yLat, zLat]);
    pts.push([w * 0.82, lerpN(yLat, yFront, 0.55), lerpN(zLat, zFront, 0.75)]);
    if (n <= 7) {
      pts.push([w * 0.45, yFront + 0.8, zFront + 0.6]);
      pts.push([2.2, yFront, zFront]);
    } else {
      pts.push([w * 0.5, yFront, zFront]);
    }
  } else {
    // Floating ribs end in the flank.
    const end: Vec3 = n === 11 ? [12.6, -36.6, -7.5] : [9.8, -37.0, -3.6];
    pts.push(end);
  }
  return pts;
}

export function buildRib(n: number): MeshData {
  const pts = catmullRom(ribControlPoints(n), 5);
  const count = pts.length;
  const sections = pts.map((p, i) => {
    const f = i / (count - 1);
    // Flat band: taller than thick; thins to a rounded tip at the front.
    const h = (n === 1 ? 0.55 : n >= 11 ? 0.5 : 0.65) * (f < 0.08 ? lerpN(0.9, 1, f / 0.08) : lerpN(1, 0.8, f));
    const th = f < 0.1 ? 0.45 : 0.3;
    const end = Math.min(1, (1 - f) * count * 0.6 + 0.25, f * count * 0.6 + 0.35);
    return { p, a: th * end, b: h * end };
  });
  void at;
  return tube(sections, 7, [0, 1, 0]);
}

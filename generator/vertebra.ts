// Vertebrae C7–L5: body, pedicles, laminar arch, spinous and transverse processes, placed at the
// Table G1 levels. Every part is a closed shape; they overlap inside one mesh per vertebra.
import { BODY_CENTRES, SPINOUS_TIPS, TP_TIPS, type Vec3 } from './landmarks';
import { mergeMeshes, type MeshData } from './mesh';
import { ellipsoid, tubeAlong } from './prim';
import { at, lerpN } from './vec';

export const VERTEBRA_LEVELS = [
  'C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5',
] as const;
export type VertebraLevel = (typeof VERTEBRA_LEVELS)[number];

const pick = (rec: Readonly<Record<string, Vec3>>, key: string): Vec3 => {
  const v = rec[key];
  if (!v) throw new Error(`missing landmark ${key}`);
  return v;
};

/** Body size grows down the column (Panjabi: thoracic body height 1.6 → 2.2 cm, lumbar 2.5–3 cm). */
function bodySize(index: number): { rx: number; ry: number; rz: number } {
  const lumbar = index >= 13;
  const f = index / 17;
  return {
    rx: lumbar ? lerpN(2.3, 2.6, (index - 13) / 4) : lerpN(1.5, 2.1, f / (12 / 17)),
    ry: lumbar ? 1.3 : lerpN(0.75, 1.0, index / 12),
    rz: lumbar ? 1.75 : lerpN(1.2, 1.55, index / 12),
  };
}

/** The posterior arch root (where the spinous process leaves the laminae) for a level. */
export function archRoot(level: VertebraLevel): Vec3 {
  const i = VERTEBRA_LEVELS.indexOf(level);
  const b = pick(BODY_CENTRES, level);
  const { rz } = bodySize(i);
  const canal = i >= 13 ? 1.9 : 1.6;
  return [0, b[1] - 0.2, b[2] + rz + canal + 0.5];
}

export function buildVertebra(level: VertebraLevel): MeshData {
  const i = VERTEBRA_LEVELS.indexOf(level);
  const body = pick(BODY_CENTRES, level);
  const sp = pick(SPINOUS_TIPS, level);
  const tp = pick(TP_TIPS, level);
  const { rx, ry, rz } = bodySize(i);
  const lumbar = i >= 13;
  const root = archRoot(level);
  const parts: MeshData[] = [];
  // Body: a drum (superellipsoid) slightly wider than deep.
  parts.push(ellipsoid(body, [rx, ry, rz], 8, 14, undefined, 0.45));
  // Spinous process: a blade, tall and thin, sloping from the arch root to the palpable tip.
  const spMid: Vec3 = [0, lerpN(root[1], sp[1], 0.55), lerpN(root[2], sp[2], 0.5) + 0.1];
  const spH = lumbar ? 0.95 : 0.55;
  parts.push(
    tubeAlong([root, spMid, sp], (f) => lerpN(1, 0.62, f) * 0.32, spH / 0.32, 6, [0, 1, 0]),
  );
  for (const s of [1, -1]) {
    // Pedicle → lamina → arch root, then the transverse process out to its tip.
    const pedicle: Vec3 = [s * rx * 0.55, body[1] + 0.1, body[2] + rz * 0.7];
    const facet: Vec3 = [s * (lumbar ? 2.1 : 1.7), body[1] - 0.05, body[2] + rz + 1.2];
    parts.push(tubeAlong([pedicle, facet, root], (f) => lerpN(0.55, 0.5, f), 1.3, 7, [0, 1, 0]));
    const tpTip: Vec3 = [s * tp[0], tp[1], tp[2]];
    const tpRoot: Vec3 = [s * (at(facet, 0) * s - 0.1), lerpN(facet[1], tp[1], 0.3), facet[2] - 0.2];
    parts.push(tubeAlong([tpRoot, tpTip], (f) => lerpN(0.5, 0.42, f), lumbar ? 0.8 : 1.0, 6, [0, 1, 0]));
  }
  return mergeMeshes(parts);
}

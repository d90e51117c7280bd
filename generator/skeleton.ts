// All bones (left side for paired ones), plus invisible cervical helpers C1–C6 that give the neck muscles
// something to drape on (the contract's skeleton starts at C7, so the helpers are never written).
import type { Layer } from '../contract';
import { buildClavicle, buildHumerus, buildScapula } from './girdle';
import { CERVICAL_SPINOUS_TIPS, TP_TIPS, type Vec3 } from './landmarks';
import { mergeMeshes, type MeshData } from './mesh';
import { buildHipBone, buildSacrum } from './pelvis';
import { buildRib } from './ribs';
import { tubeAlong } from './prim';
import { buildVertebra, VERTEBRA_LEVELS } from './vertebra';
import { lerpN } from './vec';

export interface BuiltBone {
  id: string;
  side: 'left' | 'midline';
  layer: Layer;
  mesh: MeshData;
}

export function buildAxialBones(): BuiltBone[] {
  const out: BuiltBone[] = VERTEBRA_LEVELS.map((lv) => ({
    id: lv.toLowerCase(),
    side: 'midline' as const,
    layer: 'skeleton' as const,
    mesh: buildVertebra(lv),
  }));
  out.push({ id: 'sacrum', side: 'midline', layer: 'skeleton', mesh: buildSacrum() });
  for (let n = 1; n <= 12; n++) out.push({ id: `rib-${n}`, side: 'left', layer: 'skeleton', mesh: buildRib(n) });
  out.push({ id: 'hip-bone', side: 'left', layer: 'skeleton', mesh: buildHipBone() });
  return out;
}

export function buildGirdleBones(): BuiltBone[] {
  return [
    { id: 'scapula', side: 'left', layer: 'skeleton', mesh: buildScapula() },
    { id: 'clavicle', side: 'left', layer: 'skeleton', mesh: buildClavicle() },
    { id: 'humerus', side: 'left', layer: 'skeleton', mesh: buildHumerus() },
  ];
}

/** Cervical spines and transverse processes C1–C6 (both sides), for the neck envelope only. */
export function cervicalHelpers(): MeshData {
  const parts: MeshData[] = [];
  for (const lv of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6']) {
    const sp = CERVICAL_SPINOUS_TIPS[lv === 'C1' ? 'C1_post_tubercle' : lv];
    const tp = TP_TIPS[lv];
    if (!sp || !tp) continue;
    const root: Vec3 = [0, sp[1] + 0.4, sp[2] - 2.2];
    parts.push(tubeAlong([root, sp], (f) => lerpN(0.45, 0.3, f), 1.3, 6, [0, 1, 0]));
    for (const s of [1, -1]) {
      const tip: Vec3 = [s * tp[0], tp[1], tp[2]];
      parts.push(tubeAlong([[s * 1.2, root[1], root[2] - 0.2], [s * 2.3, tp[1], tp[2] + 0.4], tip], () => 0.5, 1, 6, [0, 1, 0]));
    }
  }
  return mergeMeshes(parts);
}

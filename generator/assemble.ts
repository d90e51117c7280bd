// Orders the whole build: bones → bone envelope → intrinsic → (+ shoulder girdle) → intermediate →
// superficial → skin, then mirrors every paired structure to the right side.
import { HeightMap } from './heightmap';
import { computeNormals, mirrorX, type MeshData } from './mesh';
import { buildIntermediate, buildIntrinsic, buildSuperficial } from './muscles';
import { buildAxialBones, buildGirdleBones, cervicalHelpers } from './skeleton';
import { buildSkin } from './skin';
import type { OutputStructure } from './write-glb';

interface LeftStructure extends Omit<OutputStructure, 'side'> {
  side: 'left' | 'midline';
}

/** Both sides of a paired mesh go into the envelope, so midline muscles see the whole spine. */
function withMirror(m: MeshData): MeshData[] {
  return [m, mirrorX(m)];
}

export function buildStructures(): OutputStructure[] {
  const axial = buildAxialBones();
  const girdle = buildGirdleBones();
  const helpers = cervicalHelpers();

  // Posterior bone envelope: widened vertically (bridges the rib gaps) far more than sideways
  // (so the spinous processes stay blades and the laminar gutters stay open), then softened.
  const floor = HeightMap.overBack();
  for (const b of axial) for (const m of withMirror(b.mesh)) floor.addMesh(m);
  floor.addMesh(helpers);
  floor.dilate(0.25, 1.0).blur(0.4, 1);

  // The scapula's anterior face caps the intrinsic muscles where it overlies them.
  const ceiling = new HeightMap(floor.x0, floor.y0, floor.res, floor.nx, floor.ny, Infinity);
  const scapula = girdle.find((g) => g.id === 'scapula');
  if (scapula) ceiling.addMesh(scapula.mesh);
  ceiling.dilate(1.0, 1.0).blur(0.75, 2);

  const intrinsic = buildIntrinsic(floor, ceiling);
  for (const g of girdle) floor.addMesh(g.mesh);
  const intermediate = buildIntermediate(floor);
  // The latissimus's tendon passes in front of the humerus to the intertubercular groove: the humerus is
  // not part of what it wraps round.
  const under = [
    ...axial.flatMap((b) => withMirror(b.mesh)),
    ...girdle.filter((g) => g.id !== 'humerus').map((g) => g.mesh),
    ...intrinsic.map((m) => m.mesh),
    ...intermediate.map((m) => m.mesh),
    helpers,
  ];
  const superficial = buildSuperficial(floor, under);

  const left: LeftStructure[] = [
    ...axial,
    ...girdle,
    ...intrinsic.map((m) => ({ ...m, side: 'left' as const })),
    ...intermediate.map((m) => ({ ...m, side: 'left' as const })),
    ...superficial.map((m) => ({ ...m, side: 'left' as const })),
  ];
  for (const s of left) computeNormals(s.mesh);
  const skin = computeNormals(buildSkin(left.map((s) => s.mesh)));

  const out: OutputStructure[] = [];
  for (const s of left) {
    if (s.side === 'midline') {
      out.push(s);
    } else {
      out.push(s);
      out.push({ ...s, side: 'right', mesh: mirrorX(s.mesh) });
    }
  }
  out.push({ id: 'skin', side: 'midline', layer: 'skin', mesh: skin });
  return out;
}

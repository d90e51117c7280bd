// Test helpers: the loaded model as three.js meshes (for raycasting from behind) and the attachment data
// of every muscle node in the glTF frame.
import { Raycaster, Vector3, type Intersection, type Mesh } from 'three';
import { toGltfPoint } from '../../generator/frame';
import { ATTACHMENTS, type Vec3 } from '../../generator/landmarks';
import { STRUCTURE_ENTRIES } from '../../generator/muscles';
import { LAYERS, readExtras, type Layer, type Side } from '../../contract';
import type { LoadedNode } from './load-glb';
import { meshOf } from './queries';

export interface SceneNode {
  name: string;
  structure: string;
  side: Side;
  layer: Layer;
  rank: number;
  mesh: Mesh;
}

export function toScene(nodes: readonly LoadedNode[]): SceneNode[] {
  return nodes.flatMap((n) => {
    const e = readExtras(n.extras);
    if (!e) return [];
    const mesh = meshOf(n);
    mesh.name = n.name;
    return [{ name: n.name, structure: e.structure, side: e.side, layer: e.layer, rank: LAYERS.indexOf(e.layer), mesh }];
  });
}

/** Skin first (rank 0), then superficial (1) … skeleton (4): the order seen from behind. */
export const DEPTH_RANK: Record<Layer, number> = { skin: 0, superficial: 1, intermediate: 2, intrinsic: 3, skeleton: 4 };

export interface Hit {
  node: SceneNode;
  distance: number;
  point: Vector3;
}

/** All hits of a ray from behind (z = −1 m, travelling +Z) at (x, y), nearest first. */
export function castFromBehind(nodes: readonly SceneNode[], x: number, y: number): Hit[] {
  const rc = new Raycaster(new Vector3(x, y, -1), new Vector3(0, 0, 1));
  const byMesh = new Map<Mesh, SceneNode>(nodes.map((n) => [n.mesh, n]));
  const hits: Intersection[] = rc.intersectObjects(
    nodes.map((n) => n.mesh),
    false,
  );
  return hits.flatMap((h) => {
    const node = byMesh.get(h.object as Mesh);
    return node ? [{ node, distance: h.distance, point: h.point.clone() }] : [];
  });
}

/** Attachment polylines (origin and insertion of every reference entry) of a structure on one side, metres. */
export function attachmentLines(structure: string, side: Side): Vec3[][] {
  const mirror = side === 'right' ? -1 : 1;
  return (STRUCTURE_ENTRIES[structure] ?? []).flatMap((key) => {
    const e = ATTACHMENTS[key];
    if (!e) return [];
    return [e.origin, e.insertion].map((line) =>
      line.map((p) => toGltfPoint([p[0] * mirror, p[1], p[2]])),
    );
  });
}

/**
 * Distance (m) from p to the nearest attachment polyline of a structure, measured as seen from behind
 * (in the x–y plane): a ray passing within this distance of an attachment is "near" it.
 */
export function distanceToAttachments(structure: string, side: Side, point: Vector3): number {
  const p = new Vector3(point.x, point.y, 0);
  let best = Infinity;
  const a = new Vector3();
  const b = new Vector3();
  const q = new Vector3();
  for (const line of attachmentLines(structure, side)) {
    for (let i = 0; i < line.length; i++) {
      const p0 = line[i];
      const p1 = line[Math.min(line.length - 1, i + 1)];
      if (!p0 || !p1) continue;
      a.set(p0[0], p0[1], 0);
      b.set(p1[0], p1[1], 0);
      const ab = b.clone().sub(a);
      const t = ab.lengthSq() > 0 ? Math.min(1, Math.max(0, p.clone().sub(a).dot(ab) / ab.lengthSq())) : 0;
      q.copy(a).addScaledVector(ab, t);
      best = Math.min(best, q.distanceTo(p));
    }
  }
  return best;
}

// What lies beneath a pain-map mark: a ray from behind the back, along +Z through the mark, meets every
// structure part — shown or hidden, because the pain is in the body, not in the view. Each node is listed
// once, at the depth where the ray first enters it, from the skin inwards.
import { DoubleSide, Matrix4, Mesh, MeshBasicMaterial, Ray, Raycaster, Vector3 } from 'three';
import type { BackPoint } from '../pain/zones';
import type { StructurePart } from './collect-parts';

/** How deep (m) past the first surface a structure still counts as beneath the mark: the back's wall, not the chest's front. */
export const BENEATH_DEPTH_M = 0.09;

const probe = new MeshBasicMaterial({ side: DoubleSide });
const raycaster = new Raycaster();

/** The depth (world z, m) at which the ray first meets the part, or null. */
function entryDepth(part: StructurePart, ray: Ray): number | null {
  const tree = part.geometry.boundsTree;
  if (tree) {
    const local = ray.clone().applyMatrix4(new Matrix4().copy(part.matrix).invert());
    const hit = tree.raycastFirst(local, DoubleSide);
    return hit ? hit.point.applyMatrix4(part.matrix).z : null;
  }
  // Before the bounds trees are built (they come in idle time), three's plain raycast answers.
  const mesh = new Mesh(part.geometry, probe);
  mesh.matrixAutoUpdate = false;
  mesh.matrix.copy(part.matrix);
  mesh.matrixWorld.copy(part.matrix);
  raycaster.ray.copy(ray);
  const hits = raycaster.intersectObject(mesh, false);
  return hits[0] ? hits[0].point.z : null;
}

export function nodesBeneath(parts: readonly StructurePart[], mark: BackPoint): string[] {
  const ray = new Ray(new Vector3(mark.x / 100, mark.y / 100, -3), new Vector3(0, 0, 1));
  const depth = new Map<string, number>();
  for (const part of parts) {
    const z = entryDepth(part, ray);
    if (z === null) continue;
    const was = depth.get(part.node);
    if (was === undefined || z < was) depth.set(part.node, z);
  }
  const sorted = [...depth.entries()].sort((a, b) => a[1] - b[1]);
  const first = sorted[0]?.[1];
  return first === undefined ? [] : sorted.filter(([, z]) => z - first <= BENEATH_DEPTH_M).map(([node]) => node);
}

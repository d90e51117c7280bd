// Geometry queries the model tests share: finding a node, reading a vertex, the distance from a point to a
// node's surface, a landmark in the glTF frame, and a node as a three.js mesh for raycasting.
import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial, Triangle, Vector3 } from 'three';
import { toGltfPoint } from '../../generator/frame';
import type { Vec3 } from '../../generator/landmarks';
import type { Side } from '../../contract';
import type { LoadedNode } from './load-glb';

/** The node of that name, or a failure that names it. */
export function named(nodes: ReadonlyMap<string, LoadedNode>, name: string): LoadedNode {
  const n = nodes.get(name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
}

export const vertexOf = (n: LoadedNode, i: number): Vector3 =>
  new Vector3(n.positions[3 * i] ?? 0, n.positions[3 * i + 1] ?? 0, n.positions[3 * i + 2] ?? 0);

/** Distance (m) from a point to the node's surface (closest point over all triangles). */
export function distanceToSurface(n: LoadedNode, p: Vector3): number {
  const tri = new Triangle();
  const q = new Vector3();
  let best = Infinity;
  for (let t = 0; t < n.indices.length; t += 3) {
    tri.set(vertexOf(n, n.indices[t] ?? 0), vertexOf(n, n.indices[t + 1] ?? 0), vertexOf(n, n.indices[t + 2] ?? 0));
    tri.closestPointToPoint(p, q);
    best = Math.min(best, q.distanceTo(p));
  }
  return best;
}

/** A landmark (cm, landmark frame, left side) in the glTF frame (m), mirrored for the right side. */
export const glPoint = (p: Vec3, side: Side = 'left'): Vector3 => {
  const g = toGltfPoint([side === 'right' ? -p[0] : p[0], p[1], p[2]]);
  return new Vector3(g[0], g[1], g[2]);
};

const twoSided = new MeshBasicMaterial({ side: DoubleSide });

/** The node as a mesh that rays hit from either side. */
export function meshOf(n: LoadedNode): Mesh {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(n.positions, 3));
  g.setIndex(new BufferAttribute(n.indices, 1));
  g.computeBoundingSphere();
  g.computeBoundingBox();
  return new Mesh(g, twoSided);
}

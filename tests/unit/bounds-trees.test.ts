// Picking must hit what is drawn even when a GLB shares one index buffer between meshes of the same
// topology (glTF-Transform dedups such accessors): building one mesh's bounds tree must not corrupt another's.
import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { boundsTreeFor } from '../../src/scene/bounds-trees';

const N = 12;

/** An N×N grid of quads in the z = 0 plane facing −z (towards a camera behind it), positions mapped by `place`. */
function grid(index: BufferAttribute, place: (i: number, j: number) => [number, number]): BufferGeometry {
  const positions: number[] = [];
  for (let j = 0; j <= N; j++) for (let i = 0; i <= N; i++) positions.push(...place(i, j), 0);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  g.setIndex(index);
  return g;
}

function sharedIndex(): BufferAttribute {
  const idx: number[] = [];
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      const a = j * (N + 1) + i;
      idx.push(a, a + N + 1, a + 1, a + 1, a + N + 1, a + N + 2);
    }
  }
  return new BufferAttribute(new Uint16Array(idx), 1);
}

function hitsEverywhere(mesh: Mesh): number {
  const ray = new Raycaster();
  let misses = 0;
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      const p = mesh.geometry.getAttribute('position');
      // The centre of quad (i, j), from behind.
      const a = new Vector3().fromBufferAttribute(p, j * (N + 1) + i);
      const b = new Vector3().fromBufferAttribute(p, (j + 1) * (N + 1) + i + 1);
      const c = a.add(b).multiplyScalar(0.5);
      ray.set(new Vector3(c.x, c.y, -1), new Vector3(0, 0, 1));
      if (ray.intersectObject(mesh).length === 0) misses++;
    }
  }
  return misses;
}

describe('bounds trees', () => {
  it('stay correct for meshes that share one index buffer', () => {
    const index = sharedIndex();
    // Same topology, different shapes: the second is the first turned by a quarter, so sorting the
    // triangles for one orders them differently from the other.
    const first = grid(index, (i, j) => [i, j]);
    const second = grid(index, (i, j) => [j * 1.5, -i]);
    const material = new MeshBasicMaterial({ side: 2 });
    const meshes = [first, second].map((g) => {
      const m = new Mesh(g, material);
      m.raycast = acceleratedRaycast;
      return m;
    });
    first.boundsTree = boundsTreeFor(first);
    second.boundsTree = boundsTreeFor(second);
    expect(meshes.map(hitsEverywhere)).toEqual([0, 0]);
  });

  it('leave the index the renderer draws untouched', () => {
    const index = sharedIndex();
    const before = Array.from(index.array);
    const g = grid(index, (i, j) => [i * i, j]);
    g.boundsTree = boundsTreeFor(g);
    expect(Array.from(index.array)).toEqual(before);
  });
});

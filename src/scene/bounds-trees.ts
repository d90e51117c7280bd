// Builds three-mesh-bvh bounds trees for the model's geometries a few at a time in idle periods.
import type { BufferGeometry } from 'three';
import { MeshBVH, type MeshBVHOptions } from 'three-mesh-bvh';

type Idle = (cb: () => void) => number;

const whenIdle: Idle =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 500 })
    : (cb) => window.setTimeout(cb, 16);

/**
 * A bounds tree that leaves the geometry's index alone. By default a MeshBVH sorts the index buffer in
 * place; a GLB may share one index accessor between meshes of the same topology (glTF-Transform's dedup
 * does: vertebrae, ribs, the two serratus posterior sheets), so sorting it for one mesh silently broke the
 * tree already built for the other, and clicks fell through a drawn muscle to what lay beneath.
 */
export function boundsTreeFor(geometry: BufferGeometry): MeshBVH {
  // `indirect` is in three-mesh-bvh 0.8's options, though not yet in its type declarations.
  const options = { indirect: true } as MeshBVHOptions;
  return new MeshBVH(geometry, options);
}

/** Returns a cancel function (for unmount before all are built). */
export function buildBoundsTreesWhenIdle(geometries: readonly BufferGeometry[], perSlice = 8): () => void {
  const queue = geometries.filter((g) => !g.boundsTree);
  let cancelled = false;
  const step = (): void => {
    if (cancelled) return;
    for (const g of queue.splice(0, perSlice)) g.boundsTree ??= boundsTreeFor(g);
    if (queue.length > 0) whenIdle(step);
  };
  whenIdle(step);
  return () => {
    cancelled = true;
  };
}

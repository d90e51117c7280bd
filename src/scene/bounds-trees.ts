// Builds three-mesh-bvh bounds trees for the model's geometries a few at a time in idle periods.
import type { BufferGeometry } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

type Idle = (cb: () => void) => number;

const whenIdle: Idle =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 500 })
    : (cb) => window.setTimeout(cb, 16);

/** Returns a cancel function (for unmount before all are built). */
export function buildBoundsTreesWhenIdle(geometries: readonly BufferGeometry[], perSlice = 8): () => void {
  const queue = geometries.filter((g) => !g.boundsTree);
  let cancelled = false;
  const step = (): void => {
    if (cancelled) return;
    for (const g of queue.splice(0, perSlice)) g.boundsTree ??= new MeshBVH(g);
    if (queue.length > 0) whenIdle(step);
  };
  whenIdle(step);
  return () => {
    cancelled = true;
  };
}

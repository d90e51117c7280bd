// What lies beneath a pain-map mark (src/scene/beneath.ts): a ray from behind through the mark meets every
// part, shown or hidden, listed once each from the skin inwards, within the back's wall.
import { BoxGeometry, Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { BENEATH_DEPTH_M, nodesBeneath } from '../../src/scene/beneath';
import { boundsTreeFor } from '../../src/scene/bounds-trees';
import type { StructurePart } from '../../src/scene/collect-parts';

/** A 10 × 10 cm slab, 1 cm thick, centred at (x, y, z) metres. */
function slab(node: string, layer: StructurePart['extras']['layer'], z: number, x = 0, withTree = false): StructurePart {
  const geometry = new BoxGeometry(0.1, 0.1, 0.01);
  if (withTree) geometry.boundsTree = boundsTreeFor(geometry);
  return {
    key: `${node}#0`,
    node,
    extras: { structure: node.split('.')[0]!, side: 'left', layer },
    geometry,
    matrix: new Matrix4().makeTranslation(x, 0, z),
    doubleSided: false,
  };
}

describe('nodes beneath a mark', () => {
  it('lists every part the ray meets once, from the back (−Z) inwards, with or without bounds trees', () => {
    for (const tree of [false, true]) {
      const parts = [
        slab('rhomboid-major.left', 'superficial', -0.05, 0, tree),
        slab('skin', 'skin', -0.08, 0, tree),
        slab('t4', 'skeleton', -0.02, 0, tree),
        slab('trapezius.left', 'superficial', -0.065, 0, tree),
        // A second part of the same node deeper in: still one entry, at its first depth.
        { ...slab('trapezius.left', 'superficial', -0.03, 0, tree), key: 'trapezius.left#1' },
      ];
      expect(nodesBeneath(parts, { x: 1, y: 2 })).toEqual(['skin', 'trapezius.left', 'rhomboid-major.left', 't4']);
    }
  });

  it('misses what is not under the mark, and stops at the back wall', () => {
    const parts = [slab('skin', 'skin', -0.08), slab('scapula.left', 'skeleton', -0.05, 0.3), slab('rib-4.left', 'skeleton', -0.08 + BENEATH_DEPTH_M + 0.02)];
    expect(nodesBeneath(parts, { x: 0, y: 0 })).toEqual(['skin']);
    expect(nodesBeneath([], { x: 0, y: 0 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildTree, parentOf, visibleItems } from '../../src/overlays/structure-tree';
import type { Structure } from '../../content/types';

const claim = { patient: 'x x', clinician: 'x x', sources: ['s'] };
const s = (id: string, layer: Structure['layer'], paired: boolean): Structure => ({
  id,
  name: id,
  kind: 'muscle',
  layer,
  paired,
  layNames: [],
  function: claim,
  painRole: claim,
});
const tree = buildTree([s('trapezius', 'superficial', true), s('t4', 'skeleton', false), s('skin', 'skin', false)]);

describe('structure tree', () => {
  it('groups by layer, then structure, then side', () => {
    expect(tree.map((t) => t.label)).toEqual(['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin']);
    const trap = tree[0]!.children[0]!;
    expect(trap.children.map((c) => c.node)).toEqual(['trapezius.left', 'trapezius.right']);
    expect(tree[3]!.children[0]).toMatchObject({ node: 't4', children: [] });
  });

  it('flattens only what is expanded', () => {
    expect(visibleItems(tree, new Set())).toHaveLength(5);
    const open = visibleItems(tree, new Set(['layer:superficial', 'structure:trapezius']));
    expect(open.map((i) => i.id)).toEqual([
      'layer:superficial',
      'structure:trapezius',
      'trapezius.left',
      'trapezius.right',
      'layer:intermediate',
      'layer:intrinsic',
      'layer:skeleton',
      'layer:skin',
    ]);
  });

  it('finds the branch to open for a node and the parent of an item', () => {
    expect(ancestorsOf(tree, 'trapezius.right')).toEqual(['layer:superficial', 'structure:trapezius']);
    expect(ancestorsOf(tree, 't4')).toEqual(['layer:skeleton']);
    expect(ancestorsOf(tree, 'nothing')).toEqual([]);
    expect(parentOf(tree, 'trapezius.left')?.id).toBe('structure:trapezius');
  });
});

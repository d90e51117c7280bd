// The structure list's data: layer → structure → side, built from the content, plus the flattening
// that keyboard navigation walks. Pure, so the tree's behaviour is unit-tested without a DOM.
import type { Structure } from '../../content/types';
import { LAYERS, nodeName, type Layer, LAYER_LABELS } from '../../contract';

export interface TreeItem {
  id: string;
  label: string;
  level: 1 | 2 | 3;
  /** The node this item selects; absent for groups that only expand. */
  node?: string;
  children: TreeItem[];
}

export function buildTree(structures: readonly Structure[]): TreeItem[] {
  return LAYERS.map((layer: Layer) => ({
    id: `layer:${layer}`,
    label: LAYER_LABELS[layer],
    level: 1 as const,
    children: structures
      .filter((s) => s.layer === layer)
      .map((s) =>
        s.paired
          ? {
              id: `structure:${s.id}`,
              label: s.name,
              level: 2 as const,
              children: (['left', 'right'] as const).map((side) => ({
                id: nodeName(s.id, side),
                label: side === 'left' ? 'Left' : 'Right',
                level: 3 as const,
                node: nodeName(s.id, side),
                children: [],
              })),
            }
          : { id: s.id, label: s.name, level: 2 as const, node: s.id, children: [] },
      ),
  }));
}

/** Items a person can currently reach with the arrow keys, in order. */
export function visibleItems(tree: readonly TreeItem[], expanded: ReadonlySet<string>): TreeItem[] {
  const out: TreeItem[] = [];
  const walk = (items: readonly TreeItem[]): void => {
    for (const item of items) {
      out.push(item);
      if (item.children.length > 0 && expanded.has(item.id)) walk(item.children);
    }
  };
  walk(tree);
  return out;
}

/** Ids of the items that must be open for a node to show. */
export function ancestorsOf(tree: readonly TreeItem[], node: string): string[] {
  const path: string[] = [];
  const find = (items: readonly TreeItem[]): boolean => {
    for (const item of items) {
      if (item.node === node) return true;
      if (item.children.length > 0) {
        path.push(item.id);
        if (find(item.children)) return true;
        path.pop();
      }
    }
    return false;
  };
  return find(tree) ? path : [];
}

export function parentOf(tree: readonly TreeItem[], id: string): TreeItem | null {
  for (const item of tree) {
    if (item.children.some((c) => c.id === id)) return item;
    const deeper = parentOf(item.children, id);
    if (deeper) return deeper;
  }
  return null;
}

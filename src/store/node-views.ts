// Each node's look (shown, fade, pickable, ghosted) and glow, derived once per change of the state they
// depend on, for every node at once. The scene reads the whole map with one selector, and a node whose
// look did not change keeps the very same object, so a hover or a selection re-renders only the meshes
// it touches, not all of them.
import type { Layer } from '../../contract';
import { isHighlighted } from './cause-highlight';
import { visibilityInput, type ExplorerState, type Panel } from './explorer-store';
import { nodeLook, type NodeLook } from './visibility';

export type Glow = 'none' | 'hover' | 'selected';

export interface NodeView extends NodeLook {
  glow: Glow;
}

/** A node glows strongly when it is selected, else softly when hovered or lit by the open cause. */
export function glowOf(node: string, state: { selected: string | null; hovered: string | null; panel: Panel }): Glow {
  if (state.selected === node) return 'selected';
  return state.hovered === node || isHighlighted(node, state.panel) ? 'hover' : 'none';
}

type Inputs = Pick<ExplorerState, 'catalog' | 'layers' | 'hidden' | 'isolated' | 'xray' | 'selected' | 'hovered' | 'panel'>;
const KEYS = ['catalog', 'layers', 'hidden', 'isolated', 'xray', 'selected', 'hovered', 'panel'] as const;

function same(a: NodeView, b: NodeView): boolean {
  return a.shown === b.shown && a.opacity === b.opacity && a.pickable === b.pickable && a.ghosted === b.ghosted && a.glow === b.glow;
}

let lastInputs: Inputs | null = null;
let lastViews: ReadonlyMap<string, NodeView> = new Map();

/** The look of every catalogued node; the same map (and the same entries) while nothing it reads changed. */
export function nodeViews(s: ExplorerState): ReadonlyMap<string, NodeView> {
  const prev = lastInputs;
  if (prev && KEYS.every((k) => prev[k] === s[k])) return lastViews;
  const input = visibilityInput(s);
  const next = new Map<string, NodeView>();
  let changed = !prev || prev.catalog !== s.catalog;
  for (const n of s.catalog) {
    const view: NodeView = { ...nodeLook(input, n.name, n.layer), glow: glowOf(n.name, s) };
    const old = lastViews.get(n.name);
    if (old && same(old, view)) next.set(n.name, old);
    else {
      next.set(n.name, view);
      changed = true;
    }
  }
  lastInputs = Object.fromEntries(KEYS.map((k) => [k, s[k]])) as unknown as Inputs;
  if (changed) lastViews = next;
  return lastViews;
}

/** A node the catalogue does not know (another model's extra part): its look, computed on its own. */
export function viewOfUnknown(s: ExplorerState, node: string, layer: Layer): NodeView {
  return { ...nodeLook(visibilityInput(s), node, layer), glow: glowOf(node, s) };
}

// Derived visibility: what each node shows and whether it can be clicked. Kept pure so the scene, the
// structure list and the tests all agree on one rule.
import type { Layer } from '../model/contract';
import { LAYERS_OUTSIDE_IN } from '../model/layer-style';

export interface LayerState {
  visible: boolean;
  /** 0..1; the fade slider. */
  opacity: number;
}

export interface VisibilityInput {
  layers: Record<Layer, LayerState>;
  hidden: readonly string[];
  isolated: readonly string[] | null;
  /** The node x-rayed, with its layer; layers outside it are ghosted. */
  xray: { name: string; layer: Layer } | null;
}

export interface NodeLook {
  /** Drawn at all. */
  shown: boolean;
  opacity: number;
  /** Catches clicks and hover. Ghosted (x-ray) and fully faded nodes do not. */
  pickable: boolean;
  ghosted: boolean;
}

/** Opacity of structures ghosted in front of an x-rayed one: enough to keep the context readable. */
export const GHOST_OPACITY = 0.12;
/** Below this a faded layer is treated as gone for picking: nobody aims at what they cannot see. */
const PICKABLE_MIN_OPACITY = 0.15;

export function isOutside(layer: Layer, than: Layer): boolean {
  return LAYERS_OUTSIDE_IN.indexOf(layer) < LAYERS_OUTSIDE_IN.indexOf(than);
}

export function nodeLook(input: VisibilityInput, name: string, layer: Layer): NodeLook {
  const shown = input.isolated
    ? input.isolated.includes(name)
    : input.layers[layer].visible && !input.hidden.includes(name);
  const ghosted = shown && input.xray !== null && input.xray.name !== name && isOutside(layer, input.xray.layer);
  const layerOpacity = input.isolated ? 1 : input.layers[layer].opacity;
  const opacity = ghosted ? Math.min(layerOpacity, GHOST_OPACITY) : layerOpacity;
  return { shown, opacity, ghosted, pickable: shown && !ghosted && opacity >= PICKABLE_MIN_OPACITY };
}

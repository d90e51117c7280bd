// Derived visibility: what each node shows and whether it can be clicked. Kept pure so the scene, the
// structure list and the tests all agree on one rule.
import { parseNodeName, type Layer, LAYERS_OUTSIDE_IN } from '../../contract';

export interface LayerState {
  visible: boolean;
  /** 0..1; the fade slider. */
  opacity: number;
}

export interface VisibilityInput {
  layers: Record<Layer, LayerState>;
  hidden: readonly string[];
  isolated: readonly string[] | null;
  /** The node x-rayed, with its layer and structure; what can cover it is ghosted. */
  xray: { name: string; layer: Layer; structure: string } | null;
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
/**
 * A layer faded below half is a veil: people see, and aim at, what shows through it, so clicks pass
 * through to the structure beneath (the translucent skin above all).
 */
export const PICKABLE_MIN_OPACITY = 0.5;

export function isOutside(layer: Layer, than: Layer): boolean {
  return LAYERS_OUTSIDE_IN.indexOf(layer) < LAYERS_OUTSIDE_IN.indexOf(than);
}

/**
 * Structures that can cover an x-rayed one: everything in the layers outside it, and the other
 * structures of its own layer (the rhomboids lie under the trapezius, both superficial). Its twin on
 * the other side and everything deeper stay solid.
 */
function coversXray(xray: NonNullable<VisibilityInput['xray']>, name: string, layer: Layer): boolean {
  if (isOutside(layer, xray.layer)) return true;
  return layer === xray.layer && parseNodeName(name)?.structure !== xray.structure;
}

export function nodeLook(input: VisibilityInput, name: string, layer: Layer): NodeLook {
  const shown = input.isolated
    ? input.isolated.includes(name)
    : input.layers[layer].visible && !input.hidden.includes(name);
  const ghosted = shown && input.xray !== null && input.xray.name !== name && coversXray(input.xray, name, layer);
  const layerOpacity = input.isolated ? 1 : input.layers[layer].opacity;
  const opacity = ghosted ? Math.min(layerOpacity, GHOST_OPACITY) : layerOpacity;
  return { shown, opacity, ghosted, pickable: shown && !ghosted && opacity >= PICKABLE_MIN_OPACITY };
}

// One colour per layer, shared by the legend in the layer controls and the materials in the scene.
// Chosen to stay distinct with the common colour-vision deficiencies (no red-versus-green pairs):
// warm orange, violet, blue, ivory bone and a neutral skin tone.
import type { Layer } from './model';

export const LAYER_COLORS: Record<Layer, string> = {
  superficial: '#e07b39',
  intermediate: '#9b6fd0',
  intrinsic: '#3d8fd6',
  skeleton: '#eee6d2',
  skin: '#d8b49c',
};

export const LAYER_LABELS: Record<Layer, string> = {
  superficial: 'Superficial',
  intermediate: 'Intermediate',
  intrinsic: 'Intrinsic',
  skeleton: 'Skeleton',
  skin: 'Skin',
};

/** Depth order from the skin inward: a structure is covered by every layer before its own. */
export const LAYERS_OUTSIDE_IN: readonly Layer[] = ['skin', 'superficial', 'intermediate', 'intrinsic', 'skeleton'];

/**
 * Muscle texture coordinates: v runs along the fibres, and v within this band of either end is drawn as
 * tendon. The generator maps each fibre's tendinous length (cm) into the band (generator/tendons.ts).
 */
export const TENDON_BAND = 0.09;

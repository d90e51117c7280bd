// One colour per layer, and the only one: the legend in the layer controls shows it, the app's materials
// draw with it (src/scene/structure-materials.ts; the lit middle of a face shows it unchanged, see
// src/scene/matcap.ts), and the generator writes it into the GLB's materials (generator/write-glb.ts).
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

/** How opaque each layer starts: skin is translucent, so the muscles read through it when it is switched on. */
export const DEFAULT_LAYER_OPACITY: Record<Layer, number> = {
  superficial: 1,
  intermediate: 1,
  intrinsic: 1,
  skeleton: 1,
  skin: 0.35,
};

/**
 * A `#rrggbb` colour in linear light (0..1 per channel), as glTF's baseColorFactor and three's shaders
 * hold it: the sRGB transfer function undone (IEC 61966-2-1, the curve three's ColorManagement uses).
 */
export function linearRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const decode = (byte: string | undefined): number => {
    const c = parseInt(byte ?? '0', 16) / 255;
    return c < 0.04045 ? c * 0.0773993808 : Math.pow(c * 0.9478672986 + 0.0521327014, 2.4);
  };
  return [decode(m[1]), decode(m[2]), decode(m[3])];
}

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

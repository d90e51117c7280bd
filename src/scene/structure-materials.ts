// Materials are shared by look, not owned per mesh: the 88 structure meshes use a handful of looks (a
// layer's colour and fade, plus a hover or selection glow), and each material three has to prepare
// costs time in the first frame. A mesh that is hovered or selected switches to the glowing material of
// its layer, so lighting one muscle never changes another. Shading comes from a matcap (see matcap.ts).
import {
  AddEquation,
  Color,
  CustomBlending,
  DataTexture,
  FrontSide,
  MeshMatcapMaterial,
  OneFactor,
  ZeroFactor,
  type Texture,
} from 'three';
import { matcapTexture } from './matcap';
import { type Layer, LAYER_COLORS } from '../../contract';
import { isHighlighted } from '../store/cause-highlight';
import type { Panel } from '../store/explorer-store';
import { muscleTexture } from './muscle-texture';

export type Glow = 'none' | 'hover' | 'selected';

/** A node glows strongly when it is selected, else softly when hovered or lit by the open cause. */
export function glowOf(node: string, state: { selected: string | null; hovered: string | null; panel: Panel }): Glow {
  if (state.selected === node) return 'selected';
  return state.hovered === node || isHighlighted(node, state.panel) ? 'hover' : 'none';
}

export interface MaterialLook {
  layer: Layer;
  /** 0..1; below 1 the material blends and stops writing depth. */
  opacity: number;
  glow: Glow;
  /** The mesh has texture coordinates; muscles without them get their layer's plain colour. */
  textured: boolean;
}

/** A glowing structure is drawn in its layer's colour blended towards the selection yellow by this much. */
const GLOW_MIX: Record<Glow, number> = { none: 0, hover: 0.25, selected: 0.55 };
const GLOW_COLOUR = new Color('#ffd23f');

/** Distinct looks kept; the least recently used beyond this is disposed (three rebuilds it if needed). */
const CAPACITY = 48;
const cache = new Map<string, MeshMatcapMaterial>();

export function isMuscleLayer(layer: Layer): boolean {
  return layer !== 'skeleton' && layer !== 'skin';
}

let white: DataTexture | null = null;

/**
 * Bone and skin are plain, but carry a one-texel white map all the same: with a map on every material,
 * bone and muscle share one shader program, one less for the GPU to build before the first frame.
 */
function plainMap(): DataTexture {
  if (!white) {
    white = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
    white.needsUpdate = true;
  }
  return white;
}

function glowColour(layer: Layer, glow: Glow): string {
  return `#${new Color(LAYER_COLORS[layer]).lerp(GLOW_COLOUR, GLOW_MIX[glow]).getHexString()}`;
}

/** Every texture a layer's looks can use, so they can be sent to the GPU up front (see warm-shaders.ts). */
export function layerTextures(layer: Layer): Texture[] {
  const glows: Glow[] = ['none', 'hover', 'selected'];
  return isMuscleLayer(layer) ? glows.map((g) => muscleTexture(glowColour(layer, g))) : [plainMap()];
}

function build({ layer, opacity, glow, textured }: MaterialLook): MeshMatcapMaterial {
  const transparent = opacity < 1;
  const muscle = isMuscleLayer(layer) && textured;
  const colour = glowColour(layer, glow);
  return new MeshMatcapMaterial({
    // Muscles carry their colour in a fibre texture (see muscle-texture.ts); bone and skin are plain.
    color: muscle ? '#ffffff' : colour,
    map: muscle ? muscleTexture(colour) : plainMap(),
    transparent,
    opacity,
    depthWrite: !transparent,
    // Every part of the model is a closed surface facing outward (tests/model/closed.test.ts), so back
    // faces are never seen and are culled: in software GL every frame cost about a third less.
    side: FrontSide,
    matcap: matcapTexture(),
    // three gives fully opaque materials a shader of their own (it forces alpha to 1); one program fewer
    // to link saved the first frame ~40 ms of waiting on the GPU process in software GL. Blending "source
    // over nothing" draws exactly what plain opaque drawing does, with the faded looks' shader.
    ...(transparent ? {} : { blending: CustomBlending, blendSrc: OneFactor, blendDst: ZeroFactor, blendEquation: AddEquation }),
  });
}

/** The shared material for a look. Opacity is kept to two decimals, so a fade slider reuses looks. */
export function materialFor(look: MaterialLook): MeshMatcapMaterial {
  const opacity = Math.round(Math.min(1, Math.max(0, look.opacity)) * 100) / 100;
  const key = `${look.layer}|${opacity}|${look.glow}|${look.textured}`;
  let material = cache.get(key);
  if (material) {
    cache.delete(key); // re-inserted below: Map order is the recency order
  } else {
    material = build({ ...look, opacity });
    for (const [oldKey, old] of cache) {
      if (cache.size < CAPACITY) break;
      cache.delete(oldKey);
      old.dispose();
    }
  }
  cache.set(key, material);
  return material;
}

/** How many looks are cached (for tests). */
export function cachedLooks(): number {
  return cache.size;
}

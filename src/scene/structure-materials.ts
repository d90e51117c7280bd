// Materials are shared by look, not owned per mesh: the 88 structure meshes use a handful of looks (a
// layer's colour, plus a hover or selection glow, plus the x-ray ghost), and each material three has to
// prepare costs time in the first frame. A mesh that is hovered or selected switches to the glowing
// material of its layer, so lighting one muscle never changes another. A layer's fade changes its looks'
// materials in place: none is made or disposed as the view changes, so none still drawn can be lost.
// Shading comes from a matcap (see matcap.ts).
import {
  AddEquation,
  Color,
  CustomBlending,
  DataTexture,
  DoubleSide,
  FrontSide,
  MeshMatcapMaterial,
  NormalBlending,
  OneFactor,
  OneMinusSrcAlphaFactor,
  SrcAlphaFactor,
  ZeroFactor,
  type Texture,
} from 'three';
import { matcapTexture } from './matcap';
import { type Layer, LAYER_COLORS } from '../../contract';
import { glowOf, type Glow } from '../store/node-views';
import { muscleTexture } from './muscle-texture';
import { withBackMap } from './zone-paint';

// Which glow a node has is app state (store/node-views.ts); re-exported for the scene's callers.
export { glowOf, type Glow };

export interface MaterialLook {
  layer: Layer;
  /** 0..1; below 1 the material blends and stops writing depth. */
  opacity: number;
  glow: Glow;
  /** The mesh has texture coordinates; muscles without them get their layer's plain colour. */
  textured: boolean;
  /** Ghosted in front of an x-rayed structure: faded further than the rest of its layer. */
  ghosted?: boolean;
  /**
   * Draw back faces too: the model does not declare its surfaces closed (StructurePart.doubleSided). Our
   * own model does, so its looks all cull back faces and share one shader program.
   */
  doubleSided?: boolean;
}

/** A glowing structure is drawn in its layer's colour blended towards the selection yellow by this much. */
const GLOW_MIX: Record<Glow, number> = { none: 0, hover: 0.25, selected: 0.55 };
const GLOW_COLOUR = new Color('#ffd23f');
const GLOWS: readonly Glow[] = ['none', 'hover', 'selected'];

/**
 * The materials, one per look (layer, glow, ghosted, textured, sides): at most 48 per side setting (3
 * muscle layers × 3 glows × ghosted or not × textured or not, and bone and skin × 3 × 2; a model uses one
 * side setting), made once and never disposed.
 * A look's opacity is not part of it: every structure with that look has the same opacity at any moment
 * (the layer's fade, or the ghost's), so the one material is faded in place.
 */
const materials = new Map<string, MeshMatcapMaterial>();
/** Called whenever a material changes in place, so an on-demand view draws again (see TorsoModel). */
const listeners = new Set<() => void>();

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
  return isMuscleLayer(layer) ? GLOWS.map((g) => muscleTexture(glowColour(layer, g))) : [plainMap()];
}

/**
 * How a look blends at an opacity. Faded looks blend normally and leave depth to what lies behind them.
 * Solid ones blend "source over nothing", which draws exactly what plain opaque drawing does: three gives
 * fully opaque materials a shader of their own (it forces alpha to 1), and one program fewer to link
 * saved the first frame ~40 ms of waiting on the GPU process in software GL. So every look, solid or
 * faded, has the same program, and a look that fades or turns solid again keeps it.
 */
function blendingAt(opacity: number) {
  const transparent = opacity < 1;
  return {
    opacity,
    transparent,
    depthWrite: !transparent,
    blending: transparent ? NormalBlending : CustomBlending,
    blendSrc: transparent ? SrcAlphaFactor : OneFactor,
    blendDst: transparent ? OneMinusSrcAlphaFactor : ZeroFactor,
    blendEquation: AddEquation,
  };
}

/** Fades a material in place. */
function fade(material: MeshMatcapMaterial, opacity: number): void {
  const flips = material.transparent !== opacity < 1;
  Object.assign(material, blendingAt(opacity));
  // `transparent` is one of three's program parameters: when it flips, three must look at the material
  // again (it finds the same program, see blendingAt).
  if (flips) material.needsUpdate = true;
}

function keyOf(layer: Layer, glow: Glow, ghosted: boolean, muscle: boolean, doubleSided: boolean): string {
  return `${layer}|${glow}|${ghosted ? 'ghost' : 'solid'}|${muscle ? 'fibres' : 'plain'}|${doubleSided ? 'double' : 'front'}`;
}

function build(layer: Layer, muscle: boolean, glow: Glow, opacity: number, doubleSided: boolean): MeshMatcapMaterial {
  const colour = glowColour(layer, glow);
  // Every look carries the back map, where pain zones and marks are painted (zone-paint.ts).
  return withBackMap(new MeshMatcapMaterial({
    // Muscles carry their colour in a fibre texture (see muscle-texture.ts); bone and skin are plain.
    color: muscle ? '#ffffff' : colour,
    map: muscle ? muscleTexture(colour) : plainMap(),
    // A model that declares its parts closed surfaces facing outward (ours does, tests/model/closed.test.ts)
    // never shows a back face, so they are culled: in software GL every frame cost about a third less.
    // Any other model may have open sheets, seen from either side: both faces are drawn. Picking (three's
    // raycast and the bounds trees) and the test hook's id render follow material.side, so what is
    // drawn is what is picked either way.
    side: doubleSided ? DoubleSide : FrontSide,
    matcap: matcapTexture(),
    ...blendingAt(opacity),
  }));
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1);

/**
 * The material for a look: the same instance for every mesh with that look, made the first time it is
 * asked for (warmGlowTextures makes the rest ahead, when the page is idle). When the look's opacity has
 * changed since, the material is faded in place — opacity, blending, depth writes — never replaced, so
 * no material is made or disposed as layers fade, and every mesh with the look follows at once.
 */
export function materialFor(look: MaterialLook): MeshMatcapMaterial {
  const muscle = isMuscleLayer(look.layer) && look.textured;
  const opacity = clamp01(look.opacity);
  const doubleSided = look.doubleSided === true;
  const key = keyOf(look.layer, look.glow, look.ghosted === true, muscle, doubleSided);
  const existing = materials.get(key);
  if (!existing) {
    const material = build(look.layer, muscle, look.glow, opacity, doubleSided);
    materials.set(key, material);
    return material;
  }
  if (existing.opacity !== opacity) {
    fade(existing, opacity);
    for (const listener of listeners) listener();
  }
  return existing;
}

/**
 * Makes, ahead of need, each of a layer's looks that does not exist yet (its hover and selection glows,
 * its ghosts), for the model's side setting; looks that exist are left as they are. They start solid: the first mesh to use one fades
 * it to its opacity (materialFor).
 */
export function prepareLooks(layer: Layer, doubleSided = false): void {
  for (const glow of GLOWS) {
    for (const ghosted of [false, true]) {
      for (const muscle of isMuscleLayer(layer) ? [true, false] : [false]) {
        const key = keyOf(layer, glow, ghosted, muscle, doubleSided);
        if (!materials.has(key)) materials.set(key, build(layer, muscle, glow, 1, doubleSided));
      }
    }
  }
}

/** Calls `listener` whenever a material is faded in place; returns the function that stops it. */
export function onMaterialChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many materials exist (for tests). */
export function materialCount(): number {
  return materials.size;
}

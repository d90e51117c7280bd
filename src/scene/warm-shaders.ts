// Gets the model's shaders ready on the GPU before React renders the page: in software GL (SwiftShader)
// the first frame otherwise waited 200–400 ms for its programs to link and, at the first draw, for each
// pipeline to be built. The work is ordered so the page's main thread and the GPU process overlap:
// 1. compileLayerLooks, at start-up before the model has arrived: each layer's program starts compiling
//    while the model is parsed (three reads nothing back, so nothing waits for it);
// 2. warmShaders, once the model is parsed: one triangle of every mesh drawn into one pixel builds the
//    pipelines and uploads the geometry while React renders the page; the view clears it in its first frame;
// 3. warmGlowTextures, when the page is idle: the hover, selection and x-ray looks and their textures,
//    so the first hover neither makes a material nor waits for an upload.
// All of it uses the very materials the meshes will use (materialFor, from the same app state) and the
// renderer settings R3F applies, so three's program cache hits. The scene has no lights (the matcaps carry
// the shading), and light counts are part of three's program key: a light added to the view must be
// added here too.
import { BufferGeometry, Float32BufferAttribute, Mesh, PerspectiveCamera, Scene, type Group, type WebGLRenderer } from 'three';
import { LAYERS, type Layer } from '../../contract';
import { visibilityInput, type ExplorerState } from '../store/explorer-store';
import { nodeLook } from '../store/visibility';
import { collectParts } from './collect-parts';
import { glowOf, isMuscleLayer, layerTextures, materialFor, prepareLooks } from './structure-materials';

let warmed: number | null = null;

/** Programs that existed after the warm-up (null before it ran): the tests check the first frame adds none. */
export function warmedPrograms(): number | null {
  return warmed;
}

/** A one-vertex stand-in with the attributes the model's meshes have (three keys programs on them). */
function standIn(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0], 3));
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1], 3));
  geometry.setAttribute('uv', new Float32BufferAttribute([0, 0], 2));
  return geometry;
}

/** Starts compiling the program of every shown layer's look, before the model's meshes exist. */
export function compileLayerLooks(renderer: WebGLRenderer, state: ExplorerState): void {
  const scene = new Scene();
  const geometry = standIn();
  for (const layer of LAYERS) {
    const { visible, opacity } = state.layers[layer];
    if (!visible || opacity === 0) continue;
    scene.add(new Mesh(geometry, materialFor({ layer, opacity, glow: 'none', textured: isMuscleLayer(layer) })));
  }
  renderer.compile(scene, new PerspectiveCamera());
  geometry.dispose();
}

export function warmShaders(renderer: WebGLRenderer, model: Group, state: ExplorerState): void {
  const scene = new Scene();
  const input = visibilityInput(state);
  for (const part of collectParts(model)) {
    const look = nodeLook(input, part.node, part.extras.layer);
    if (!look.shown || look.opacity === 0) continue;
    const glow = glowOf(part.node, state);
    const material = materialFor({
      layer: part.extras.layer,
      opacity: look.opacity,
      glow,
      textured: part.geometry.hasAttribute('uv'),
      ghosted: look.ghosted,
      doubleSided: part.doubleSided,
    });
    const mesh = new Mesh(part.geometry, material);
    mesh.matrixAutoUpdate = false;
    mesh.matrix.copy(part.matrix);
    mesh.frustumCulled = false;
    scene.add(mesh);
  }
  // One triangle per mesh is enough to build its pipeline and upload its buffers (three sends whole
  // buffers whatever the draw range); the first frame does the real vertex work, once.
  const parts = scene.children as Mesh[];
  for (const mesh of parts) mesh.geometry.setDrawRange(0, 3);
  renderer.setScissorTest(true);
  renderer.setScissor(0, 0, 1, 1);
  renderer.render(scene, new PerspectiveCamera());
  renderer.setScissorTest(false);
  for (const mesh of parts) mesh.geometry.setDrawRange(0, Infinity);
  warmed = renderer.info.programs?.length ?? 0;
}

/**
 * Makes every layer's other looks (see prepareLooks) and sends their textures to the GPU. `doubleSided`:
 * the loaded model's side setting (StructurePart.doubleSided).
 */
export function warmGlowTextures(renderer: WebGLRenderer, layers: Iterable<Layer> = LAYERS, doubleSided = false): void {
  for (const layer of layers) {
    prepareLooks(layer, doubleSided);
    for (const texture of layerTextures(layer)) renderer.initTexture(texture);
  }
}

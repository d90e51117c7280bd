// Gets the model's shaders ready on the GPU as soon as the model is parsed, before React renders the
// page: in software GL (SwiftShader) the first frame otherwise waited 200–400 ms for its programs to link
// and, at the first draw, for each pipeline to be built. One pixel is drawn with every mesh, which does
// both and uploads the geometry; the view clears it when it draws its first frame.
// The warm-up uses the very materials the meshes will use (materialFor, from the same app state) and the
// renderer settings R3F applies, so three's program cache hits. The scene has no lights (the matcaps carry
// the shading), and light counts are part of three's program key: a light added to the view must be
// added here too.
import { Mesh, PerspectiveCamera, Scene, type Group, type WebGLRenderer } from 'three';
import { visibilityInput, type ExplorerState } from '../store/explorer-store';
import { nodeLook } from '../store/visibility';
import { collectParts } from './collect-parts';
import { glowOf, layerTextures, materialFor } from './structure-materials';

let warmed: number | null = null;

/** Programs that existed after the warm-up (null before it ran): the tests check the first frame adds none. */
export function warmedPrograms(): number | null {
  return warmed;
}

export function warmShaders(renderer: WebGLRenderer, model: Group, state: ExplorerState): void {
  const scene = new Scene();
  const input = visibilityInput(state);
  const parts = collectParts(model);
  for (const part of parts) {
    const look = nodeLook(input, part.node, part.extras.layer);
    if (!look.shown || look.opacity === 0) continue;
    const glow = glowOf(part.node, state);
    const material = materialFor({ layer: part.extras.layer, opacity: look.opacity, glow, textured: part.geometry.hasAttribute('uv') });
    const mesh = new Mesh(part.geometry, material);
    mesh.matrixAutoUpdate = false;
    mesh.matrix.copy(part.matrix);
    mesh.frustumCulled = false;
    scene.add(mesh);
  }
  // The hover and selection looks' textures too, so the first hover does not wait for an upload.
  for (const layer of new Set(parts.map((p) => p.extras.layer))) {
    for (const texture of layerTextures(layer)) renderer.initTexture(texture);
  }
  renderer.setScissorTest(true);
  renderer.setScissor(0, 0, 1, 1);
  renderer.render(scene, new PerspectiveCamera());
  renderer.setScissorTest(false);
  warmed = renderer.info.programs?.length ?? 0;
}

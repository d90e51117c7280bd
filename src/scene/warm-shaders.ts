// Asks the GPU to compile the model's shader programs as soon as the model is parsed, long before the
// first frame needs them. Compiling is asynchronous on the GPU side until someone asks for the result; the
// first frame asks, and in software GL it used to wait ~50–130 ms there. The warm-up uses the very
// materials the meshes will use (materialFor, from the same app state), the same lights and the renderer
// settings R3F applies, so three's program cache hits.
import { Mesh, PerspectiveCamera, Scene, type Group, type WebGLRenderer } from 'three';
import { visibilityInput, type ExplorerState } from '../store/explorer-store';
import { nodeLook } from '../store/visibility';
import { collectParts } from './collect-parts';
import { createLights } from './lights';
import { materialFor } from './structure-materials';

let warmed: number | null = null;

/** Programs that existed after the warm-up (null before it ran): the tests check the first frame adds none. */
export function warmedPrograms(): number | null {
  return warmed;
}

export function warmShaders(renderer: WebGLRenderer, model: Group, state: ExplorerState): void {
  const scene = new Scene();
  scene.add(...createLights());
  const input = visibilityInput(state);
  for (const part of collectParts(model)) {
    const look = nodeLook(input, part.node, part.extras.layer);
    if (!look.shown || look.opacity === 0) continue;
    const glow = state.selected === part.node ? 'selected' : 'none';
    const material = materialFor({ layer: part.extras.layer, opacity: look.opacity, glow, textured: part.geometry.hasAttribute('uv') });
    scene.add(new Mesh(part.geometry, material));
  }
  renderer.compile(scene, new PerspectiveCamera());
  warmed = renderer.info.programs?.length ?? 0;
}

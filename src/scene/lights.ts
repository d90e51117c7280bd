// The scene's lights, as objects, so that the view (Lighting.tsx) and the shader warm-up (warm-shaders.ts)
// light the model the same way: three builds one shader program per light setup.
import { DirectionalLight, HemisphereLight, type Light } from 'three';

/**
 * Soft studio light built in the scene (no downloaded HDR): a sky/ground fill plus a key light from
 * above-behind, where the viewer stands, a rim from the side to separate the layers, and a low fill.
 */
export function createLights(): Light[] {
  const at = (light: DirectionalLight, x: number, y: number, z: number): DirectionalLight => {
    light.position.set(x, y, z);
    return light;
  };
  return [
    new HemisphereLight('#f4f1ea', '#3a3f4a', 1.35),
    at(new DirectionalLight('#ffffff', 1.9), -0.8, 1.6, -2.2),
    at(new DirectionalLight('#ffffff', 0.6), 1.8, 0.4, -0.6),
    at(new DirectionalLight('#ffffff', 0.35), 0, -1, 1.5),
  ];
}

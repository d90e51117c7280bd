// Lighting baked into small sphere images ("matcaps") for the structure materials. A matcap shader reads
// one texel per pixel instead of evaluating lights, so it compiles and draws several times faster — what
// decides whether turning the model is smooth on a machine without a GPU — and the shading follows the
// viewer, so every side of the model is lit when it is turned towards them. Drawn in code, nothing to download.
import { LinearFilter, Vector3, type DataTexture } from 'three';
import { paintTexture } from './paint-texture';

const SIZE = 128;
/** Key light from above and to the left of the viewer (view space). */
const KEY = new Vector3(-0.45, 0.6, 0.66).normalize();
let cached: DataTexture | null = null;

/** The sphere image: a neutral grey-white lit sphere; the material's colour and fibre texture tint it. */
export function matcapTexture(): DataTexture {
  if (cached) return cached;
  const texture = paintTexture(SIZE, (u, v, out) => {
    const x = u * 2 - 1;
    const y = v * 2 - 1;
    const z = Math.sqrt(1 - Math.min(1, x * x + y * y));
    const diffuse = Math.max(0, x * KEY.x + y * KEY.y + z * KEY.z);
    // A soft fill from below-right keeps the shadow side readable; a faint sheen marks the key light.
    const fill = Math.max(0, -0.5 * x - 0.3 * y + 0.8 * z) * 0.18;
    const sheen = Math.pow(Math.max(0, 2 * diffuse * z - KEY.z), 24) * 0.12;
    const light = 0.2 + 0.72 * diffuse + fill + sheen;
    out[0] = light;
    out[1] = light;
    out[2] = light;
  });
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  cached = texture;
  return texture;
}

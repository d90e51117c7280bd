// Lighting baked into a small sphere image (a "matcap") for the structure materials. A matcap shader reads
// one texel per pixel instead of evaluating lights, so it compiles and draws several times faster — what
// decides whether turning the model is smooth on a machine without a GPU — and the shading follows the
// viewer, so every side of the model is lit when it is turned towards them. Drawn in code, nothing to download.
//
// The image is 1.0 where a surface faces the viewer squarely (the middle of the sphere) and darker towards
// its rim, more so away from the key light: the lit middle of a muscle or bone shows its layer's colour
// itself, the one the legend's swatch shows (the view draws without tone mapping, see early-webgl.ts).
import { LinearFilter, Vector3, type DataTexture } from 'three';
import { paintTexture } from './paint-texture';

const SIZE = 128;
/** Key light a little above and to the left of the viewer (view space): faces tilted away from it darken. */
export const KEY = new Vector3(-0.3, 0.4, 0.87).normalize();

/** Unclamped light for a view-space unit normal (x right, y up, z towards the viewer). */
function rawLight(x: number, y: number, z: number): number {
  const diffuse = Math.max(0, x * KEY.x + y * KEY.y + z * KEY.z);
  // A soft fill from below-right keeps the shadow side readable.
  const fill = Math.max(0, -0.5 * x - 0.3 * y + 0.8 * z) * 0.15;
  return 0.16 + 0.84 * diffuse + fill;
}

/**
 * The image is scaled by the light a few degrees off head-on, away from the key (the darkest of the
 * nearly head-on directions): every face within ~4° of facing the viewer, and a texel or two round the
 * image's middle, reads 1.0 exactly.
 */
const HEAD_ON = rawLight(0.05, -0.05, Math.sqrt(1 - 2 * 0.05 * 0.05));

/**
 * The matcap's light (0..1) for a view-space unit normal. 1.0 head-on and on the cap between the viewer
 * and the key light (brighter would only clip), falling off towards the rim.
 */
export function matcapLight(x: number, y: number, z: number): number {
  return Math.min(1, rawLight(x, y, z) / HEAD_ON);
}

let cached: DataTexture | null = null;

/** The sphere image: a neutral grey-white lit sphere; the material's colour and fibre texture tint it. */
export function matcapTexture(): DataTexture {
  if (cached) return cached;
  const texture = paintTexture(SIZE, (u, v, out) => {
    const x = u * 2 - 1;
    const y = v * 2 - 1;
    const z = Math.sqrt(1 - Math.min(1, x * x + y * y));
    const light = matcapLight(x, y, z);
    out[0] = light;
    out[1] = light;
    out[2] = light;
  });
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  cached = texture;
  return texture;
}

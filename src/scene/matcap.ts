// Lighting baked into small sphere images ("matcaps") for the structure materials. A matcap shader reads
// one texel per pixel instead of evaluating lights, so it compiles and draws several times faster — what
// decides whether turning the model is smooth on a machine without a GPU — and the shading follows the
// viewer, so every side of the model is lit when it is turned towards them. Drawn in code, nothing to download.
import { DataTexture, LinearFilter, SRGBColorSpace, Vector3 } from 'three';

const SIZE = 128;
/** Key light from above and to the left of the viewer (view space). */
const KEY = new Vector3(-0.45, 0.6, 0.66).normalize();
let cached: DataTexture | null = null;

const toSrgb = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear));
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
};

/** The sphere image: a neutral grey-white lit sphere; the material's colour and fibre texture tint it. */
export function matcapTexture(): DataTexture {
  if (cached) return cached;
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const x = ((i + 0.5) / SIZE) * 2 - 1;
      const y = ((j + 0.5) / SIZE) * 2 - 1;
      const r2 = Math.min(1, x * x + y * y);
      const z = Math.sqrt(1 - r2);
      const diffuse = Math.max(0, x * KEY.x + y * KEY.y + z * KEY.z);
      // A soft fill from below-right keeps the shadow side readable; a faint sheen marks the key light.
      const fill = Math.max(0, -0.5 * x - 0.3 * y + 0.8 * z) * 0.18;
      const sheen = Math.pow(Math.max(0, 2 * diffuse * z - KEY.z), 24) * 0.12;
      const light = toSrgb(0.2 + 0.72 * diffuse + fill + sheen);
      const k = (j * SIZE + i) * 4;
      data[k] = light;
      data[k + 1] = light;
      data[k + 2] = light;
      data[k + 3] = 255;
    }
  }
  const texture = new DataTexture(data, SIZE, SIZE);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  cached = texture;
  return texture;
}

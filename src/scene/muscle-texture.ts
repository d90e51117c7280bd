// A small procedural texture for muscles, so fibre direction and tendinous ends read at a glance:
// faint stripes across u (fibres run along v) and a pale tendon tint near v = 0 and v = 1.
// Generated in code (no download) once per layer colour.
import { Color, DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, SRGBColorSpace } from 'three';

const SIZE = 64;
const STRIPES = 8;
const TENDON = new Color('#f3ead8');
const cache = new Map<string, DataTexture>();

/** Fraction of the fibre length at each end drawn as tendon. */
const TENDON_FRACTION = 0.09;

export function muscleTexture(hex: string): DataTexture {
  const cached = cache.get(hex);
  if (cached) return cached;
  const base = new Color(hex);
  const data = new Uint8Array(SIZE * SIZE * 4);
  const c = new Color();
  const rgb = { r: 0, g: 0, b: 0 };
  for (let j = 0; j < SIZE; j++) {
    const v = (j + 0.5) / SIZE;
    const endDistance = Math.min(v, 1 - v);
    const tendon = Math.max(0, 1 - endDistance / TENDON_FRACTION);
    for (let i = 0; i < SIZE; i++) {
      const u = (i + 0.5) / SIZE;
      const stripe = 0.9 + 0.1 * Math.cos(u * Math.PI * 2 * STRIPES);
      c.copy(base).multiplyScalar(stripe).lerp(TENDON, tendon * 0.85);
      const k = (j * SIZE + i) * 4;
      c.getRGB(rgb, SRGBColorSpace);
      data[k] = Math.round(rgb.r * 255);
      data[k + 1] = Math.round(rgb.g * 255);
      data[k + 2] = Math.round(rgb.b * 255);
      data[k + 3] = 255;
    }
  }
  const tex = new DataTexture(data, SIZE, SIZE);
  // The texels are written sRGB-encoded; tell three so it decodes them before lighting.
  tex.colorSpace = SRGBColorSpace;
  tex.wrapS = RepeatWrapping;
  tex.magFilter = LinearFilter;
  tex.minFilter = LinearMipmapLinearFilter;
  tex.generateMipmaps = true;
  tex.needsUpdate = true;
  cache.set(hex, tex);
  return tex;
}

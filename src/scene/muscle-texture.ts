// A small procedural texture for muscles, so fibre direction and tendinous ends read at a glance:
// faint stripes across u (fibres run along v) and a pale tendon tint near v = 0 and v = 1.
// Generated in code (no download) once per layer colour.
import { Color, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, type DataTexture } from 'three';
import { paintTexture } from './paint-texture';

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
  const tex = paintTexture(SIZE, (u, v, out) => {
    const tendon = 0.85 * Math.max(0, 1 - Math.min(v, 1 - v) / TENDON_FRACTION);
    const stripe = 0.9 + 0.1 * Math.cos(u * Math.PI * 2 * STRIPES);
    out[0] = base.r * stripe + (TENDON.r - base.r * stripe) * tendon;
    out[1] = base.g * stripe + (TENDON.g - base.g * stripe) * tendon;
    out[2] = base.b * stripe + (TENDON.b - base.b * stripe) * tendon;
  });
  tex.wrapS = RepeatWrapping;
  tex.magFilter = LinearFilter;
  tex.minFilter = LinearMipmapLinearFilter;
  tex.generateMipmaps = true;
  cache.set(hex, tex);
  return tex;
}

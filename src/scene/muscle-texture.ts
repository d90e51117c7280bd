// A small procedural texture for muscles, so fibre direction and tendinous ends read at a glance:
// faint stripes across u (fibres run along v) and a pale tendon tint in the TENDON_BAND at v = 0 and v = 1.
// The stripes swing the layer colour ±STRIPE_DEPTH in linear light around the colour itself, so across
// the fibres the muscle's mean is its layer's colour, the legend's swatch (tests/e2e/colour.test.ts).
// Generated in code (no download) once per layer colour.
import { Color, LinearFilter, LinearMipmapLinearFilter, MathUtils, RepeatWrapping, type DataTexture } from 'three';
import { TENDON_BAND } from '../../contract';
import { paintTexture } from './paint-texture';

const SIZE = 64;
const STRIPES = 8;
/** How far the fibre stripes lighten and darken the colour (linear light); their mean is the colour. */
export const STRIPE_DEPTH = 0.1;
const TENDON = new Color('#f3ead8');
const cache = new Map<string, DataTexture>();
const { smoothstep } = MathUtils;

export function muscleTexture(hex: string): DataTexture {
  const cached = cache.get(hex);
  if (cached) return cached;
  const base = new Color(hex);
  const tex = paintTexture(SIZE, (u, v, out) => {
    // Full tint over most of the band, then a short fade: a tendon turns into muscle over millimetres.
    const tendon = 0.85 * (1 - smoothstep(Math.min(v, 1 - v), 0.55 * TENDON_BAND, TENDON_BAND));
    const stripe = 1 + STRIPE_DEPTH * Math.cos(u * Math.PI * 2 * STRIPES);
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

// Draws a small square texture in code: `paint` sets each texel's colour (linear RGB, at the texel's
// centre u, v in 0..1, v = 0 at the first row). Texels are stored sRGB-encoded and the texture says so,
// so three decodes them before shading. The callers set wrapping and filtering.
// The textures are painted at start-up, before the first frame, so the loop is plain arithmetic: no
// colour objects per texel, and the sRGB curve read from a table instead of computed per channel.
import { DataTexture, SRGBColorSpace } from 'three';

/** Linear RGB, each channel 0..1 (brighter is clamped). */
export type Rgb = [number, number, number];
export type Paint = (u: number, v: number, out: Rgb) => void;

/** Linear intensity steps in the encoding table: fine enough that no byte differs by more than one. */
const STEPS = 4096;
let table: Uint8Array | null = null;

/** sRGB byte for each linear step (the sRGB transfer function, IEC 61966-2-1). */
function encodingTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(STEPS + 1);
  for (let i = 0; i <= STEPS; i++) {
    const c = i / STEPS;
    const s = c < 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    table[i] = Math.round(s * 255);
  }
  return table;
}

export function paintTexture(size: number, paint: Paint): DataTexture {
  const encode = encodingTable();
  const byte = (c: number): number => encode[Math.round(Math.min(1, Math.max(0, c)) * STEPS)] ?? 0;
  const data = new Uint8Array(size * size * 4);
  const rgb: Rgb = [0, 0, 0];
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      paint((i + 0.5) / size, (j + 0.5) / size, rgb);
      const k = (j * size + i) * 4;
      data[k] = byte(rgb[0]);
      data[k + 1] = byte(rgb[1]);
      data[k + 2] = byte(rgb[2]);
      data[k + 3] = 255;
    }
  }
  const texture = new DataTexture(data, size, size);
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

// Draws a small square texture in code: `paint` sets each texel's colour (linear RGB, at the texel's
// centre u, v in 0..1, v = 0 at the first row). Texels are stored sRGB-encoded and the texture says so,
// so three decodes them before shading. The callers set wrapping and filtering.
import { Color, DataTexture, SRGBColorSpace } from 'three';

export type Paint = (u: number, v: number, out: Color) => void;

const byte = (c: number): number => Math.round(Math.min(1, Math.max(0, c)) * 255);

export function paintTexture(size: number, paint: Paint): DataTexture {
  const data = new Uint8Array(size * size * 4);
  const colour = new Color();
  const rgb = { r: 0, g: 0, b: 0 };
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      paint((i + 0.5) / size, (j + 0.5) / size, colour);
      colour.getRGB(rgb, SRGBColorSpace);
      const k = (j * size + i) * 4;
      data[k] = byte(rgb.r);
      data[k + 1] = byte(rgb.g);
      data[k + 2] = byte(rgb.b);
      data[k + 3] = 255;
    }
  }
  const texture = new DataTexture(data, size, size);
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

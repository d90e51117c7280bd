// One palette: the legend's swatches, the scene's materials and the generated GLB's materials all take
// their colours from contract/palette.ts, and the shading leaves a face seen head-on in that colour.
import { render } from '@testing-library/react';
import { Color } from 'three';
import { describe, expect, it } from 'vitest';
import { LAYER_COLORS, LAYERS, linearRgb, TENDON_BAND } from '../../contract';
import { baseColorFactor } from '../../generator/write-glb';
import { LayerPanel } from '../../src/overlays/LayerPanel';
import { matcapLight, matcapTexture } from '../../src/scene/matcap';
import { isMuscleLayer, materialFor } from '../../src/scene/structure-materials';
import { resetStoreBeforeEach } from './reset-store';

resetStoreBeforeEach();

const decode = (byte: number): number => new Color().setRGB(byte / 255, 0, 0, 'srgb').r;

/** Mean linear colour of a texture row band (v in [from, to]); the texture is painted sRGB-encoded. */
function meanLinear(image: { data: Uint8Array; width: number; height: number }, from: number, to: number): number[] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let j = 0; j < image.height; j++) {
    const v = (j + 0.5) / image.height;
    if (v < from || v > to) continue;
    for (let i = 0; i < image.width; i++) {
      const k = (j * image.width + i) * 4;
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + decode(image.data[k + c] ?? 0);
      n++;
    }
  }
  return sum.map((s) => s / n);
}

describe('one palette', () => {
  it('the legend shows each layer in its palette colour', () => {
    const { container } = render(<LayerPanel />);
    for (const layer of LAYERS) {
      const swatch = container.querySelector(`#layer-${layer}`)?.closest('label')?.querySelector<HTMLElement>('.swatch');
      expect(swatch, layer).toBeTruthy();
      const expected = new Color(LAYER_COLORS[layer]);
      const shown = new Color(swatch?.style.background ?? '');
      expect(shown.getHexString(), layer).toBe(expected.getHexString());
    }
  });

  it("the scene's materials draw each layer in that colour: plain looks by colour, muscles by a fibre texture whose mean it is", () => {
    for (const layer of LAYERS) {
      const material = materialFor({ layer, opacity: 1, glow: 'none', textured: true });
      const palette = new Color(LAYER_COLORS[layer]);
      if (!isMuscleLayer(layer)) {
        expect(material.color.getHexString(), layer).toBe(palette.getHexString());
        continue;
      }
      // Muscles: a white material over a texture; across the fibres (away from the tendinous ends) the
      // texture's mean is the layer colour to within 8-bit rounding.
      expect(material.color.getHexString()).toBe('ffffff');
      const image = material.map?.image as { data: Uint8Array; width: number; height: number };
      const mean = meanLinear(image, TENDON_BAND, 1 - TENDON_BAND);
      const want = [palette.r, palette.g, palette.b];
      for (let c = 0; c < 3; c++) expect(Math.abs((mean[c] ?? 0) / (want[c] ?? 1) - 1), `${layer} channel ${c}`).toBeLessThan(0.01);
    }
  });

  it('the generator writes the same colours into the GLB, in linear light as glTF wants', () => {
    for (const layer of LAYERS) {
      const c = new Color(LAYER_COLORS[layer]); // three converts the sRGB hex to linear (ColorManagement)
      const [r, g, b] = baseColorFactor(layer);
      expect([r, g, b], layer).toEqual(linearRgb(LAYER_COLORS[layer]));
      for (const [got, want] of [[r, c.r], [g, c.g], [b, c.b]] as const) expect(got).toBeCloseTo(want, 6);
    }
  });

  it('the matcap is 1.0 facing the viewer, so the lit middle of a face shows its colour unchanged', () => {
    expect(matcapLight(0, 0, 1)).toBe(1);
    // The texels around the middle of the sphere image are full white (255 is linear 1.0).
    const image = matcapTexture().image as { data: Uint8Array; width: number };
    const mid = image.width / 2;
    for (const [i, j] of [[mid - 1, mid - 1], [mid, mid - 1], [mid - 1, mid], [mid, mid]] as const) {
      expect(image.data[(j * image.width + i) * 4], `texel ${i},${j}`).toBe(255);
    }
    // Shading is still there: towards the rim, away from the key light, it falls off well below the middle.
    expect(matcapLight(0.7, -0.7, Math.sqrt(0.02))).toBeLessThan(0.4);
    expect(matcapLight(0.5, 0, Math.sqrt(0.75))).toBeLessThan(0.9);
  });
});

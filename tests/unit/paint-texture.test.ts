import { describe, expect, it } from 'vitest';
import { SRGBColorSpace } from 'three';
import { Color } from 'three';
import { paintTexture } from '../../src/scene/paint-texture';

describe('paintTexture', () => {
  it('stores each texel sRGB-encoded, row by row from v = 0, and clamps out-of-range light', () => {
    const tex = paintTexture(2, (u, v, out) => {
      out[0] = v < 0.5 ? 0.5 : 2;
      out[1] = u < 0.5 ? 0 : 1;
      out[2] = 0.5;
    });
    const data = (tex.image as { data: Uint8Array }).data;
    expect(tex.colorSpace).toBe(SRGBColorSpace);
    // Linear 0.5 is sRGB ~0.735 (188); 2 is clamped to 255.
    expect([...data.slice(0, 8)]).toEqual([188, 0, 188, 255, 188, 255, 188, 255]);
    expect([...data.slice(8, 12)]).toEqual([255, 0, 188, 255]);
  });

  it("matches three's sRGB encoding to within one step at every level", () => {
    const levels = Array.from({ length: 1000 }, (_, i) => i / 999);
    const tex = paintTexture(32, (u, v, out) => {
      const c = levels[Math.min(999, Math.floor((v * 32 - 0.5) * 32 + (u * 32 - 0.5)))] ?? 0;
      out[0] = c;
      out[1] = c;
      out[2] = c;
    });
    const data = (tex.image as { data: Uint8Array }).data;
    const rgb = { r: 0, g: 0, b: 0 };
    for (let k = 0; k < 1000; k++) {
      new Color().setRGB(levels[k] ?? 0, 0, 0).getRGB(rgb, SRGBColorSpace);
      expect(Math.abs((data[k * 4] ?? 0) - Math.round(rgb.r * 255))).toBeLessThanOrEqual(1);
    }
  });
});

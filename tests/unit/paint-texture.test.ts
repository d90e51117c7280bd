import { describe, expect, it } from 'vitest';
import { SRGBColorSpace } from 'three';
import { paintTexture } from '../../src/scene/paint-texture';

describe('paintTexture', () => {
  it('stores each texel sRGB-encoded, row by row from v = 0, and clamps out-of-range light', () => {
    const tex = paintTexture(2, (u, v, out) => out.setRGB(v < 0.5 ? 0.5 : 2, u < 0.5 ? 0 : 1, 0.5));
    const data = (tex.image as { data: Uint8Array }).data;
    expect(tex.colorSpace).toBe(SRGBColorSpace);
    // Linear 0.5 is sRGB ~0.735 (188); 2 is clamped to 255.
    expect([...data.slice(0, 8)]).toEqual([188, 0, 188, 255, 188, 255, 188, 255]);
    expect([...data.slice(8, 12)]).toEqual([255, 0, 188, 255]);
  });
});

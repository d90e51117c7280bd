import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, pixelRatioFor, SOFTWARE_PIXEL_RATIO } from '../../src/scene/early-webgl';

/** Just enough of a WebGL context to answer the renderer-name query. */
function fakeGl(name: string, withDebugInfo = true): WebGL2RenderingContext {
  const info = { UNMASKED_RENDERER_WEBGL: 0x9246 };
  return {
    RENDERER: 0x1f01,
    getExtension: (n: string) => (n === 'WEBGL_debug_renderer_info' && withDebugInfo ? info : null),
    getParameter: (p: number) => (p === 0x9246 || p === 0x1f01 ? name : null),
  } as unknown as WebGL2RenderingContext;
}

describe('isSoftwareRenderer', () => {
  it('knows the CPU renderers', () => {
    expect(isSoftwareRenderer(fakeGl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'))).toBe(true);
    expect(isSoftwareRenderer(fakeGl('llvmpipe (LLVM 15.0.6, 256 bits)'))).toBe(true);
    expect(isSoftwareRenderer(fakeGl('Microsoft Basic Render Driver', false))).toBe(true);
  });
  it('does not mistake a GPU for one', () => {
    expect(isSoftwareRenderer(fakeGl('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620, OpenGL 4.6)'))).toBe(false);
    expect(isSoftwareRenderer(fakeGl('Apple M2'))).toBe(false);
  });
});

describe('pixelRatioFor', () => {
  it('follows the screen between 1 and 2 on a GPU', () => {
    expect(pixelRatioFor(false, 1)).toBe(1);
    expect(pixelRatioFor(false, 1.5)).toBe(1.5);
    expect(pixelRatioFor(false, 3)).toBe(2);
    expect(pixelRatioFor(false, 0.8)).toBe(1);
  });
  it('draws at a reduced ratio on a CPU renderer', () => {
    expect(pixelRatioFor(true, 2)).toBe(SOFTWARE_PIXEL_RATIO);
    expect(SOFTWARE_PIXEL_RATIO).toBeLessThan(1);
  });
});

import type { Material, Mesh, Object3D, Texture, WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { compileLayerLooks, warmGlowTextures } from '../../src/scene/warm-shaders';
import { LAYERS } from '../../contract';
import { isMuscleLayer, layerTextures, materialCount, materialFor } from '../../src/scene/structure-materials';
import { createExplorerStore } from '../../src/store/explorer-store';
import { CATALOG } from './fixtures';

/** A renderer that records what it was asked to compile or upload (no WebGL in unit tests). */
function recordingRenderer(): { renderer: WebGLRenderer; compiled: Material[]; uploaded: Texture[] } {
  const compiled: Material[] = [];
  const uploaded: Texture[] = [];
  const renderer = {
    compile: (scene: Object3D) => {
      scene.traverse((o) => {
        if ((o as Mesh).isMesh) compiled.push((o as Mesh).material as Material);
      });
      return new Set();
    },
    initTexture: (t: Texture) => uploaded.push(t),
  } as unknown as WebGLRenderer;
  return { renderer, compiled, uploaded };
}

describe('compileLayerLooks', () => {
  it('compiles, before the model arrives, the very materials the shown layers will be drawn with', () => {
    const store = createExplorerStore(CATALOG);
    store.getState().setLayerVisible('intermediate', false);
    store.getState().setLayerVisible('skin', true);
    store.getState().setLayerOpacity('skin', 0.35);
    const { renderer, compiled } = recordingRenderer();
    compileLayerLooks(renderer, store.getState());

    const { layers } = store.getState();
    const shown = (['superficial', 'intrinsic', 'skeleton', 'skin'] as const).filter((l) => layers[l].visible);
    expect(shown).toContain('skin');
    // Same instances as the meshes will ask for, so three's program cache hits at the first frame.
    const expected = shown.map((layer) =>
      materialFor({ layer, opacity: layers[layer].opacity, glow: 'none', textured: isMuscleLayer(layer) }),
    );
    expect(compiled).toEqual(expected);
    expect(compiled.every((m, i) => m === expected[i])).toBe(true);
  });
});

describe('warmGlowTextures', () => {
  it("uploads every layer's hover and selection textures", () => {
    const { renderer, uploaded } = recordingRenderer();
    warmGlowTextures(renderer, ['superficial', 'skeleton']);
    expect(uploaded).toEqual([...layerTextures('superficial'), ...layerTextures('skeleton')]);
    expect(uploaded).toHaveLength(4);
  });

  it('makes every look ahead, so the first hover, selection or x-ray makes no material', () => {
    const { renderer } = recordingRenderer();
    warmGlowTextures(renderer);
    const made = materialCount();
    // 3 muscle layers × 3 glows × ghosted or not × textured or not, and bone and skin × 3 glows × 2.
    expect(made).toBe(48);
    for (const layer of LAYERS) {
      for (const glow of ['none', 'hover', 'selected'] as const) {
        materialFor({ layer, opacity: 0.12, glow, textured: true, ghosted: true });
        materialFor({ layer, opacity: 1, glow, textured: isMuscleLayer(layer) });
      }
    }
    expect(materialCount()).toBe(made);
  });
});

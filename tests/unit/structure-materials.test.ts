import { describe, expect, it } from 'vitest';
import { AddEquation, CustomBlending, DoubleSide, FrontSide, NormalBlending, OneFactor, ZeroFactor, type Material } from 'three';
import { LAYERS } from '../../contract';
import { glowOf, materialCount, materialFor, onMaterialChange, prepareLooks } from '../../src/scene/structure-materials';
import { createExplorerStore, visibilityInput } from '../../src/store/explorer-store';
import { GHOST_OPACITY, nodeLook } from '../../src/store/visibility';
import { CATALOG } from './fixtures';

describe('materialFor', () => {
  it('shares one material per look', () => {
    const a = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true });
    const b = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true });
    expect(b).toBe(a);
    expect(materialFor({ layer: 'superficial', opacity: 1, glow: 'selected', textured: true })).not.toBe(a);
    expect(materialFor({ layer: 'intermediate', opacity: 1, glow: 'none', textured: true })).not.toBe(a);
  });

  it('gives muscles their fibre texture and bone and skin a plain colour', () => {
    expect(materialFor({ layer: 'intrinsic', opacity: 1, glow: 'none', textured: true }).map).not.toBeNull();
    const textured = materialFor({ layer: 'intrinsic', opacity: 1, glow: 'none', textured: true }).map;
    const plain = materialFor({ layer: 'intrinsic', opacity: 1, glow: 'none', textured: false }).map;
    // Plain looks carry a one-texel white map (one shader program for all), and their colour.
    expect((plain?.image as { width: number } | undefined)?.width).toBe(1);
    expect(materialFor({ layer: 'skeleton', opacity: 1, glow: 'none', textured: true }).map).toBe(plain);
    expect((textured?.image as { width: number } | undefined)?.width).toBeGreaterThan(1);
  });

  it('tints a hovered and, more, a selected structure towards the selection yellow', () => {
    const plain = materialFor({ layer: 'skeleton', opacity: 1, glow: 'none', textured: false }).color;
    const hover = materialFor({ layer: 'skeleton', opacity: 1, glow: 'hover', textured: false }).color;
    const selected = materialFor({ layer: 'skeleton', opacity: 1, glow: 'selected', textured: false }).color;
    // Yellow has far less blue than bone: the more glow, the less blue.
    expect(hover.b).toBeLessThan(plain.b);
    expect(selected.b).toBeLessThan(hover.b);
    const muscle = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true });
    const muscleSelected = materialFor({ layer: 'superficial', opacity: 1, glow: 'selected', textured: true });
    expect(muscleSelected.map).not.toBe(muscle.map);
    expect(muscleSelected.matcap).toBe(muscle.matcap);
  });

  it('blends faded looks without writing depth, and draws every part from outside only', () => {
    const faded = materialFor({ layer: 'skin', opacity: 0.35, glow: 'none', textured: false });
    expect(faded.transparent).toBe(true);
    expect(faded.depthWrite).toBe(false);
    expect(faded.side).toBe(FrontSide);
    const solid = materialFor({ layer: 'skeleton', opacity: 1, glow: 'none', textured: false });
    expect(solid.transparent).toBe(false);
    expect(solid.depthWrite).toBe(true);
    // Every part is closed and faces outward (tests/model/closed.test.ts), so back faces are culled.
    expect(solid.side).toBe(FrontSide);
  });

  it('draws both faces, in looks of their own, for a model that does not declare its surfaces closed', () => {
    const front = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: false });
    const both = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: false, doubleSided: true });
    expect(front.side).toBe(FrontSide);
    expect(both.side).toBe(DoubleSide);
    expect(both).not.toBe(front);
    expect(materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: false, doubleSided: true })).toBe(both);
  });

  it('gives every look the same shader: none is "opaque" in three\'s sense, which would need a second program', () => {
    const looks = [
      materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true }),
      materialFor({ layer: 'skeleton', opacity: 1, glow: 'selected', textured: false }),
      materialFor({ layer: 'skin', opacity: 0.35, glow: 'none', textured: false }),
    ];
    for (const m of looks) expect(m.transparent === false && m.blending === NormalBlending).toBe(false);
    // Solid looks blend "source over nothing", which draws exactly what opaque drawing does.
    const solid = looks[0];
    expect([solid?.blending, solid?.blendSrc, solid?.blendDst, solid?.blendEquation]).toEqual([CustomBlending, OneFactor, ZeroFactor, AddEquation]);
    expect(solid?.depthWrite).toBe(true);
  });

  it('fades a look in place: the same material, its blending and depth writes follow the opacity', () => {
    const solid = materialFor({ layer: 'intermediate', opacity: 1, glow: 'hover', textured: true });
    const version = solid.version;
    const faded = materialFor({ layer: 'intermediate', opacity: 0.4, glow: 'hover', textured: true });
    expect(faded).toBe(solid);
    expect([faded.opacity, faded.transparent, faded.depthWrite, faded.blending]).toEqual([0.4, true, false, NormalBlending]);
    // `transparent` is one of three's program parameters: three is told to look at the material again.
    expect(faded.version).toBe(version + 1);
    // A further fade is only a uniform: nothing for three to re-check.
    materialFor({ layer: 'intermediate', opacity: 0.3, glow: 'hover', textured: true });
    expect(faded.version).toBe(version + 1);
    const back = materialFor({ layer: 'intermediate', opacity: 1, glow: 'hover', textured: true });
    expect(back).toBe(solid);
    expect([back.opacity, back.transparent, back.depthWrite, back.blending, back.blendSrc, back.blendDst]).toEqual([1, false, true, CustomBlending, OneFactor, ZeroFactor]);
    expect(back.version).toBe(version + 2);
  });

  it('keeps ghosted looks apart, so fading a layer leaves its ghosts as they are', () => {
    const solid = materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true });
    const ghost = materialFor({ layer: 'superficial', opacity: GHOST_OPACITY, glow: 'none', textured: true, ghosted: true });
    expect(ghost).not.toBe(solid);
    expect(ghost.map).toBe(solid.map);
    materialFor({ layer: 'superficial', opacity: 0.6, glow: 'none', textured: true });
    expect(ghost.opacity).toBe(GHOST_OPACITY);
    materialFor({ layer: 'superficial', opacity: 1, glow: 'none', textured: true });
  });

  it('makes and disposes no material while a person fades, hides, x-rays and selects (every look made once)', () => {
    const store = createExplorerStore(CATALOG);
    const s = store.getState;
    const seen = new Set<Material>();
    let disposed = 0;
    /** What the meshes ask for in the current state (as StructureMesh and warm-shaders.ts do). */
    const draw = (): void => {
      const input = visibilityInput(s());
      for (const node of CATALOG) {
        const look = nodeLook(input, node.name, node.layer);
        const m = materialFor({ layer: node.layer, opacity: look.opacity, glow: glowOf(node.name, s()), textured: true, ghosted: look.ghosted });
        if (!seen.has(m)) m.addEventListener('dispose', () => disposed++);
        seen.add(m);
        // The material is in the state the mesh's look asks for, whatever other meshes asked before.
        expect(m.opacity, node.name).toBe(look.opacity);
        expect(m.transparent, node.name).toBe(look.opacity < 1);
      }
    };
    for (const layer of LAYERS) prepareLooks(layer);
    const made = materialCount();
    draw();
    s().setLayerVisible('skin', true);
    for (let step = 0; step <= 100; step += 5) {
      s().setLayerOpacity('superficial', step / 100);
      s().setLayerOpacity('skin', 1 - step / 100);
      draw();
    }
    s().setXray('multifidus.left');
    draw();
    s().select('rhomboid-major.left');
    s().hover('trapezius.left');
    draw();
    s().setLayerOpacity('superficial', 0.2);
    draw();
    s().setXray(null);
    s().isolate('t4');
    draw();
    expect(materialCount()).toBe(made);
    expect(disposed).toBe(0);
    // Every look the sequence used, each once: far fewer than the states it went through.
    expect(seen.size).toBeLessThanOrEqual(made);
  });

  it('asks the view to draw again whenever a material changes in place, and only then', () => {
    let calls = 0;
    const stop = onMaterialChange(() => calls++);
    materialFor({ layer: 'skeleton', opacity: 1, glow: 'hover', textured: false });
    const before = calls;
    materialFor({ layer: 'skeleton', opacity: 1, glow: 'hover', textured: false });
    expect(calls).toBe(before);
    materialFor({ layer: 'skeleton', opacity: 0.5, glow: 'hover', textured: false });
    expect(calls).toBe(before + 1);
    stop();
    materialFor({ layer: 'skeleton', opacity: 1, glow: 'hover', textured: false });
    expect(calls).toBe(before + 1);
  });
});

describe('glowOf', () => {
  const structurePanel = { kind: 'structure' } as const;
  it('lets the selection win over the hover', () => {
    expect(glowOf('a', { selected: 'a', hovered: 'a', panel: structurePanel })).toBe('selected');
    expect(glowOf('a', { selected: 'b', hovered: 'a', panel: structurePanel })).toBe('hover');
    expect(glowOf('a', { selected: null, hovered: null, panel: structurePanel })).toBe('none');
  });

  it("lights the open cause's primary structures, on both sides, and nothing for a cause from the organs", () => {
    // MSK-04 (rhomboid strain): the rhomboids are its primary structures.
    const rhomboids = { kind: 'cause', id: 'MSK-04' } as const;
    expect(glowOf('rhomboid-major.left', { selected: null, hovered: null, panel: rhomboids })).toBe('hover');
    expect(glowOf('rhomboid-minor.right', { selected: null, hovered: null, panel: rhomboids })).toBe('hover');
    expect(glowOf('trapezius.left', { selected: null, hovered: null, panel: rhomboids })).toBe('none');
    expect(glowOf('rhomboid-major.left', { selected: 'rhomboid-major.left', hovered: null, panel: rhomboids })).toBe('selected');
    // VIS-01 (heart attack) involves no structure as primary: the model stays unlit.
    const heart = { kind: 'cause', id: 'VIS-01' } as const;
    expect(glowOf('trapezius.left', { selected: null, hovered: null, panel: heart })).toBe('none');
  });
});

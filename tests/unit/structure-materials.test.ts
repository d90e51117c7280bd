import { describe, expect, it } from 'vitest';
import { AddEquation, CustomBlending, FrontSide, NormalBlending, OneFactor, ZeroFactor } from 'three';
import { cachedLooks, glowOf, materialFor } from '../../src/scene/structure-materials';

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

  it('rounds opacity so a slider reuses looks', () => {
    const a = materialFor({ layer: 'skin', opacity: 0.501, glow: 'none', textured: false });
    expect(materialFor({ layer: 'skin', opacity: 0.499, glow: 'none', textured: false })).toBe(a);
    expect(a.opacity).toBe(0.5);
  });

  it('keeps a bounded number of looks and disposes the least recently used', () => {
    const first = materialFor({ layer: 'skin', opacity: 0.01, glow: 'hover', textured: false });
    let disposed = false;
    first.addEventListener('dispose', () => (disposed = true));
    for (let i = 2; i <= 100; i++) materialFor({ layer: 'skin', opacity: i / 100, glow: 'hover', textured: false });
    expect(cachedLooks()).toBeLessThanOrEqual(48);
    expect(disposed).toBe(true);
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

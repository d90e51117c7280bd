import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { PerspectiveCamera } from 'three';
import { frameFromBehind, freeArea, WIDE_SCREEN_FREE } from '../../src/scene/framing';

describe('frameFromBehind', () => {
  const box = new Box3(new Vector3(0.02, -0.2, -0.01), new Vector3(0.1, -0.05, 0.03));

  it('looks along +Z at the centre of the box, from the back side', () => {
    const { position, target } = frameFromBehind(box, 32, 16 / 9);
    expect(target).toEqual([0.06, -0.125, 0.01].map((v) => expect.closeTo(v, 6)));
    expect(position[0]).toBeCloseTo(target[0], 6);
    expect(position[1]).toBeCloseTo(target[1], 6);
    expect(position[2]).toBeLessThan(target[2]);
  });

  it('backs off for bigger boxes and narrower screens', () => {
    const big = new Box3(new Vector3(-0.2, -0.5, -0.1), new Vector3(0.2, 0.1, 0.1));
    const d = (b: Box3, aspect: number) => {
      const f = frameFromBehind(b, 32, aspect);
      return f.target[2] - f.position[2];
    };
    expect(d(big, 16 / 9)).toBeGreaterThan(d(box, 16 / 9));
    expect(d(big, 0.75)).toBeGreaterThan(d(big, 16 / 9));
  });
});

describe('freeArea', () => {
  const canvas = { left: 0, top: 0, right: 1000, bottom: 800 };

  it('takes side panels from the sides and bars from the top and bottom', () => {
    const wide = freeArea(canvas, [
      { left: 0, top: 0, right: 1000, bottom: 80 }, // top bar
      { left: 10, top: 90, right: 250, bottom: 790 }, // left panel
      { left: 700, top: 90, right: 990, bottom: 790 }, // right panel
    ]);
    expect(wide.left).toBeCloseTo(-0.5, 6);
    expect(wide.right).toBeCloseTo(0.4, 6);
    expect(wide.top).toBeCloseTo(0.8, 6);
    expect(wide.bottom).toBeCloseTo(-1, 6);
    // A portrait tablet: the information panel is a sheet along the bottom.
    const portrait = freeArea(canvas, [
      { left: 0, top: 0, right: 1000, bottom: 120 },
      { left: 10, top: 460, right: 990, bottom: 790 },
    ]);
    expect(portrait.top).toBeCloseTo(0.7, 6);
    expect(portrait.bottom).toBeCloseTo(-0.15, 6);
    expect([portrait.left, portrait.right]).toEqual([-1, 1]);
  });

  it('takes a small box along an edge (the hint line over the bottom) as a bar at that edge', () => {
    const withHint = freeArea(canvas, [
      { left: 10, top: 90, right: 250, bottom: 790 }, // left panel, tall: still a side panel
      { left: 300, top: 720, right: 700, bottom: 776 }, // the hint line, centred low
    ]);
    expect(withHint.left).toBeCloseTo(-0.5, 6);
    expect(withHint.right).toBe(1);
    expect(withHint.bottom).toBeCloseTo(-0.8, 6);
    expect(withHint.top).toBe(1);
  });

  it('ignores covers outside the canvas and falls back to the whole canvas when panels leave too little', () => {
    expect(freeArea(canvas, [{ left: 1200, top: 0, right: 1400, bottom: 800 }])).toEqual({ left: -1, right: 1, bottom: -1, top: 1 });
    expect(freeArea(canvas, [{ left: 0, top: 50, right: 1000, bottom: 800 }])).toEqual({ left: -1, right: 1, bottom: -1, top: 1 });
  });
});

describe('frameFromBehind in a free area', () => {
  const box = new Box3(new Vector3(0.02, -0.2, -0.01), new Vector3(0.1, -0.05, 0.03));

  it('puts the box centre in the middle of the free area, not under a panel', () => {
    const aspect = 0.75;
    const free = { left: -1, right: 1, bottom: -0.15, top: 0.7 }; // above a bottom sheet
    const f = frameFromBehind(box, 40, aspect, 1.5, free);
    const camera = new PerspectiveCamera(40, aspect, 0.01, 10);
    camera.position.set(...f.position);
    camera.lookAt(new Vector3(...f.target));
    camera.updateMatrixWorld();
    const centre = box.getCenter(new Vector3()).project(camera);
    expect(centre.x).toBeCloseTo(0, 6);
    expect(centre.y).toBeCloseTo((0.7 - 0.15) / 2, 6);
    // Every corner of the box stays inside the free area.
    for (const x of [box.min.x, box.max.x]) {
      for (const y of [box.min.y, box.max.y]) {
        for (const z of [box.min.z, box.max.z]) {
          const p = new Vector3(x, y, z).project(camera);
          expect(p.y).toBeLessThan(0.7);
          expect(p.y).toBeGreaterThan(-0.15);
        }
      }
    }
  });

  it('keeps the centred framing for the symmetric wide-screen area', () => {
    const f = frameFromBehind(box, 32, 16 / 9, 1.3, WIDE_SCREEN_FREE);
    expect(f.position[0]).toBeCloseTo(0.06, 6);
    expect(f.position[1]).toBeCloseTo(-0.125, 6);
  });

  it('shifts the view toward the free side: screen right is the patient\'s right (−X)', () => {
    const rightFree = { left: 0, right: 1, bottom: -1, top: 1 };
    const camera = new PerspectiveCamera(32, 16 / 9, 0.01, 10);
    const f = frameFromBehind(box, 32, 16 / 9, 1.3, rightFree);
    camera.position.set(...f.position);
    camera.lookAt(new Vector3(...f.target));
    camera.updateMatrixWorld();
    expect(box.getCenter(new Vector3()).project(camera).x).toBeCloseTo(0.5, 6);
  });
});

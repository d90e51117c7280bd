import { describe, expect, it } from 'vitest';
import { Box3, PerspectiveCamera, Vector3 } from 'three';
import { frameFromBehind, freeArea, viewOffset, WHOLE_CANVAS, type FreeArea } from '../../src/scene/framing';

const box = new Box3(new Vector3(0.02, -0.2, -0.01), new Vector3(0.1, -0.05, 0.03));

/** A camera placed as the framing says, with the view offset the free area asks for. */
function framedCamera(free: FreeArea, width: number, height: number, fov = 32): PerspectiveCamera {
  const f = frameFromBehind(box, fov, width / height, 1.5, free);
  const camera = new PerspectiveCamera(fov, width / height, 0.01, 10);
  camera.position.set(...f.position);
  camera.lookAt(new Vector3(...f.target));
  const o = viewOffset(width, height, free);
  camera.setViewOffset(width, height, o.x, o.y, width, height);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return camera;
}

describe('frameFromBehind', () => {
  it('looks along +Z at the centre of the box, from the back side: the pivot is the box centre', () => {
    const { position, target } = frameFromBehind(box, 32, 16 / 9, 1.3, { left: -0.2, right: 1, bottom: -0.5, top: 0.8 });
    expect(target).toEqual([0.06, -0.125, 0.01].map((v) => expect.closeTo(v, 6)));
    expect(position[0]).toBeCloseTo(target[0], 6);
    expect(position[1]).toBeCloseTo(target[1], 6);
    expect(position[2]).toBeLessThan(target[2]);
  });

  it('backs off for bigger boxes, narrower screens and smaller free areas', () => {
    const big = new Box3(new Vector3(-0.2, -0.5, -0.1), new Vector3(0.2, 0.1, 0.1));
    const d = (b: Box3, aspect: number, free: FreeArea = WHOLE_CANVAS) => {
      const f = frameFromBehind(b, 32, aspect, 1.3, free);
      return f.target[2] - f.position[2];
    };
    expect(d(big, 16 / 9)).toBeGreaterThan(d(box, 16 / 9));
    expect(d(big, 0.5)).toBeGreaterThan(d(big, 16 / 9));
    expect(d(big, 16 / 9, { left: -1, right: 1, bottom: -0.2, top: 1 })).toBeGreaterThan(d(big, 16 / 9));
  });
});

describe('freeArea', () => {
  it('turns the panels\' insets into the free part of the canvas', () => {
    const free = freeArea(1000, 800, { top: 80, left: 250, right: 300, bottom: 0 });
    expect(free.left).toBeCloseTo(-0.5, 6);
    expect(free.right).toBeCloseTo(0.4, 6);
    expect(free.top).toBeCloseTo(0.8, 6);
    expect(free.bottom).toBeCloseTo(-1, 6);
  });

  it('falls back to the whole canvas when the panels leave too little', () => {
    expect(freeArea(1000, 800, { top: 0, left: 0, right: 0, bottom: 700 })).toEqual(WHOLE_CANVAS);
    expect(freeArea(0, 0, { top: 0, left: 0, right: 0, bottom: 0 })).toEqual(WHOLE_CANVAS);
  });
});

describe('framing with a view offset', () => {
  it('draws the box centre in the middle of the free area and keeps the box inside it', () => {
    const [width, height] = [768, 1024];
    const free = freeArea(width, height, { top: 100, left: 0, right: 0, bottom: 420 }); // above a bottom sheet
    const camera = framedCamera(free, width, height, 40);
    const centre = box.getCenter(new Vector3()).project(camera);
    expect(centre.x).toBeCloseTo((free.left + free.right) / 2, 6);
    expect(centre.y).toBeCloseTo((free.top + free.bottom) / 2, 6);
    for (const x of [box.min.x, box.max.x]) {
      for (const y of [box.min.y, box.max.y]) {
        for (const z of [box.min.z, box.max.z]) {
          const p = new Vector3(x, y, z).project(camera);
          expect(p.y).toBeLessThan(free.top);
          expect(p.y).toBeGreaterThan(free.bottom);
          expect(p.x).toBeLessThan(free.right);
          expect(p.x).toBeGreaterThan(free.left);
        }
      }
    }
  });

  it('shifts toward the free side between unequal side panels', () => {
    const [width, height] = [1280, 720];
    const free = freeArea(width, height, { top: 70, left: 300, right: 380, bottom: 0 });
    const camera = framedCamera(free, width, height);
    expect(box.getCenter(new Vector3()).project(camera).x).toBeCloseTo((free.left + free.right) / 2, 6);
    expect(viewOffset(width, height, WHOLE_CANVAS)).toEqual({ x: -0, y: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { frameFromBehind } from '../../src/scene/framing';

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

// Tendinous ends in the texture (generator/tendons.ts): the app tints the band of v at each end of a
// fibre as tendon, so where v falls on the back decides what reads as tendon. The trapezius's tendinous
// diamond round C7–T1 and the latissimus's lumbar aponeurosis are tendon; the trapezius beside the
// mid-thoracic spines, and the latissimus beside the lower thoracic ones, are muscle.
import { beforeAll, describe, expect, it } from 'vitest';
import { tendonV } from '../../generator/tendons';
import { TENDON_BAND } from '../../contract';
import { committedModel, type LoadedNode } from './load-glb';

let byName = new Map<string, LoadedNode>();
beforeAll(async () => {
  byName = new Map((await committedModel()).map((n) => [n.name, n]));
});

/** Texture v where a ray from behind through the landmark-frame point (x, y) cm first meets the node. */
function vFromBehind(name: string, xCm: number, yCm: number): number {
  const n = byName.get(name);
  if (!n?.uvs) throw new Error(`no textured node ${name}`);
  const x = xCm / 100;
  const y = yCm / 100;
  const P = (i: number, c: number): number => n.positions[3 * i + c] ?? 0;
  let bestZ = Infinity;
  let v = NaN;
  for (let t = 0; t < n.indices.length; t += 3) {
    const [a, b, c] = [n.indices[t] ?? 0, n.indices[t + 1] ?? 0, n.indices[t + 2] ?? 0];
    // Barycentric coordinates of (x, y) in the triangle's projection onto the coronal plane.
    const d = (P(b, 1) - P(c, 1)) * (P(a, 0) - P(c, 0)) + (P(c, 0) - P(b, 0)) * (P(a, 1) - P(c, 1));
    if (Math.abs(d) < 1e-12) continue;
    const wa = ((P(b, 1) - P(c, 1)) * (x - P(c, 0)) + (P(c, 0) - P(b, 0)) * (y - P(c, 1))) / d;
    const wb = ((P(c, 1) - P(a, 1)) * (x - P(c, 0)) + (P(a, 0) - P(c, 0)) * (y - P(c, 1))) / d;
    const wc = 1 - wa - wb;
    if (wa < 0 || wb < 0 || wc < 0) continue;
    // The back faces −Z: the first surface met from behind has the lowest z.
    const z = wa * P(a, 2) + wb * P(b, 2) + wc * P(c, 2);
    if (z < bestZ) {
      bestZ = z;
      v = wa * (n.uvs[2 * a + 1] ?? 0) + wb * (n.uvs[2 * b + 1] ?? 0) + wc * (n.uvs[2 * c + 1] ?? 0);
    }
  }
  if (!Number.isFinite(v)) throw new Error(`${name} is not under (${xCm}, ${yCm})`);
  return v;
}

/** Fully tinted (the texture fades out over the outer part of the band). */
const isTendon = (v: number): boolean => Math.min(v, 1 - v) < 0.5 * TENDON_BAND;
const isMuscle = (v: number): boolean => Math.min(v, 1 - v) > TENDON_BAND;

describe('tendinous ends', () => {
  it('maps each end’s tendinous length onto the texture’s tendon band', () => {
    const ends = { origin: 2, insertion: 5 };
    expect(tendonV(0, 30, ends)).toBe(0);
    expect(tendonV(2 / 30, 30, ends)).toBeCloseTo(TENDON_BAND, 9);
    expect(tendonV(25 / 30, 30, ends)).toBeCloseTo(1 - TENDON_BAND, 9);
    expect(tendonV(1, 30, ends)).toBe(1);
    // Tendons longer than the fibre allows are capped, so the belly never vanishes.
    expect(tendonV(0.5, 4, { origin: 10, insertion: 10 })).toBeCloseTo(0.5, 9);
  });

  it('shows the trapezius’s tendinous diamond at C7–T1 but muscle beside the mid-thoracic spines', () => {
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1;
      expect(isTendon(vFromBehind(`trapezius.${side}`, s * 1.0, -1.0)), `${side} C7–T1`).toBe(true);
      expect(isMuscle(vFromBehind(`trapezius.${side}`, s * 1.5, -22.0)), `${side} T8`).toBe(true);
    }
  });

  it('shows the latissimus’s lumbar aponeurosis but muscle beside the lower thoracic spines', () => {
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1;
      expect(isTendon(vFromBehind(`latissimus-dorsi.${side}`, s * 4.0, -40.4)), `${side} L3`).toBe(true);
      expect(isMuscle(vFromBehind(`latissimus-dorsi.${side}`, s * 3.0, -24.5)), `${side} T9`).toBe(true);
    }
  });
});

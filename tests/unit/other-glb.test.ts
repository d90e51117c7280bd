// Another contract-keeping GLB (tests/e2e/other-glb.ts: no normals, no uvs, open sheets, quantised and
// non-indexed primitives, nesting, foreign names, unknown nodes) turns into the same drawable parts as ours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredNodeNames } from '../../contract';
import { collectParts, declaresClosedSurfaces } from '../../src/scene/collect-parts';
import { parseModel } from '../../src/scene/load-model';
import { buildOtherGlb } from '../e2e/other-glb';

const asBytes = (u: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(u);

describe('another contract-keeping GLB', () => {
  it('yields every required node, with normals computed, double-sided, and nothing else', async () => {
    const scene = await parseModel(asBytes(await buildOtherGlb()));
    expect(declaresClosedSurfaces(scene)).toBe(false);
    const parts = collectParts(scene);
    expect([...new Set(parts.map((p) => p.node))].sort()).toEqual(requiredNodeNames().sort());
    // One node is two primitives.
    expect(parts.filter((p) => p.node === 'rhomboid-minor.left')).toHaveLength(2);
    for (const p of parts) {
      expect(p.geometry.hasAttribute('normal'), p.key).toBe(true);
      expect(p.doubleSided, p.key).toBe(true);
    }
    expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
  });

  it('is the same bytes every time it is built', async () => {
    expect(Buffer.from(await buildOtherGlb()).equals(Buffer.from(await buildOtherGlb()))).toBe(true);
  });

  it('our own model declares closed surfaces, so its back faces are culled', async () => {
    const scene = await parseModel(asBytes(new Uint8Array(readFileSync('public/models/torso.glb'))));
    expect(declaresClosedSurfaces(scene)).toBe(true);
    expect(collectParts(scene).every((p) => !p.doubleSided)).toBe(true);
  });
});

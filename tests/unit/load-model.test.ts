import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectParts } from '../../src/scene/collect-parts';
import { ModelLoadError } from '../../src/scene/fetch-model';
import { parseModel } from '../../src/scene/load-model';

const glb = new Uint8Array(readFileSync('public/models/torso.glb'));

describe('parseModel', () => {
  it('reads the committed model into drawable structure parts, meshopt-compressed data included', async () => {
    const scene = await parseModel(glb);
    const parts = collectParts(scene);
    expect(parts.length).toBeGreaterThanOrEqual(80);
    expect(new Set(parts.map((p) => p.node))).toContain('trapezius.left');
    for (const p of parts) expect(p.geometry.getAttribute('position').count).toBeGreaterThan(0);
  });

  it('turns a file with a valid header but a broken body into a ModelLoadError', async () => {
    const broken = glb.slice();
    // Overwrite the start of the JSON chunk: the header still says "glTF", the content is garbage.
    broken.fill(0x7b, 20, 60);
    await expect(parseModel(broken)).rejects.toBeInstanceOf(ModelLoadError);
  });
});

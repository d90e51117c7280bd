import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGlb } from '../../src/scene/fetch-model';

const glb = new Uint8Array(readFileSync('public/models/torso.glb'));

describe('checkGlb', () => {
  it('accepts the committed model', () => {
    expect(checkGlb(glb)).toBeNull();
  });
  it('says a truncated file is incomplete', () => {
    expect(checkGlb(glb.slice(0, glb.byteLength >> 1))).toMatch(/incomplete/);
  });
  it('rejects what is not a GLB', () => {
    expect(checkGlb(new TextEncoder().encode('<html>Not found</html>'))).toMatch(/not a binary glTF/);
    expect(checkGlb(new Uint8Array(4))).toMatch(/too short/);
  });
});

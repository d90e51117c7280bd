// Every part is a closed surface whose faces point outward. The app culls back faces (structure-materials.ts):
// in software GL that made every frame about a third cheaper, and it is only right for closed meshes facing
// out, or one would look through a gap into a muscle and out through its far side.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedVolume } from '../../generator/mesh';
import { committedModel, type LoadedNode } from './load-glb';

/** Points closer than this (metres) are one point: the generator's rims meet to within 0.2 mm. */
const WELD_M = 0.0003;

/** Welded vertex ids: each vertex maps to the first earlier vertex within WELD_M. */
function weld(positions: Float32Array): Uint32Array {
  const ids = new Uint32Array(positions.length / 3);
  const cells = new Map<string, number[]>();
  const cell = (v: number): number => Math.floor(v / WELD_M);
  for (let i = 0; i < ids.length; i++) {
    const [x, y, z] = [positions[3 * i] ?? 0, positions[3 * i + 1] ?? 0, positions[3 * i + 2] ?? 0];
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++) {
      for (let dy = -1; dy <= 1 && found < 0; dy++) {
        for (let dz = -1; dz <= 1 && found < 0; dz++) {
          for (const j of cells.get(`${cell(x) + dx},${cell(y) + dy},${cell(z) + dz}`) ?? []) {
            const d = Math.hypot(x - (positions[3 * j] ?? 0), y - (positions[3 * j + 1] ?? 0), z - (positions[3 * j + 2] ?? 0));
            if (d < WELD_M) {
              found = j;
              break;
            }
          }
        }
      }
    }
    ids[i] = found < 0 ? i : (ids[found] ?? i);
    if (found < 0) {
      const key = `${cell(x)},${cell(y)},${cell(z)}`;
      cells.set(key, [...(cells.get(key) ?? []), i]);
    }
  }
  return ids;
}

/** Edges used by a single triangle once coincident vertices are welded: holes in the surface. */
function openEdges(node: LoadedNode): number {
  const ids = weld(node.positions);
  const uses = new Map<string, number>();
  for (let t = 0; t < node.indices.length; t += 3) {
    const tri = [0, 1, 2].map((c) => ids[node.indices[t + c] ?? 0] ?? 0);
    if (new Set(tri).size < 3) continue; // collapsed by the weld: no area, no edges
    for (let e = 0; e < 3; e++) {
      const a = tri[e] ?? 0;
      const b = tri[(e + 1) % 3] ?? 0;
      const key = a < b ? `${a}_${b}` : `${b}_${a}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  return [...uses.values()].filter((n) => n === 1).length;
}

/** The generator's signed volume, positive when the faces point outward, on the loaded mesh. */
function volumeOf(node: LoadedNode): number {
  return signedVolume({ positions: [...node.positions], indices: [...node.indices], normals: [], uvs: null });
}

let nodes: LoadedNode[] = [];
beforeAll(async () => {
  nodes = await committedModel();
});

describe('closed, outward-facing parts', () => {
  it('every part is closed', () => {
    const open = Object.fromEntries(nodes.map((n) => [n.name, openEdges(n)]).filter(([, k]) => k !== 0));
    expect(open).toEqual({});
  });

  it('every part faces outward', () => {
    const inward = nodes.filter((n) => volumeOf(n) <= 0).map((n) => n.name);
    expect(inward).toEqual([]);
  });
});

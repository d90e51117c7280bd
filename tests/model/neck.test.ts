// The neck and the midline, as they were seen to fail in renders: deep muscles that showed through the
// trapezius as pale dashes, the crease along the seam where the two trapezius halves meet, and the ends
// of the muscles at the top of the neck and of the levator scapulae.
import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGltfPoint } from '../../generator/frame';
import { POINTS } from '../../generator/landmarks';
import { readExtras } from '../../src/model/contract';
import { committedModel, type LoadedNode } from './load-glb';

let nodes: LoadedNode[] = [];
beforeAll(async () => {
  nodes = await committedModel();
});

const vertex = (n: LoadedNode, i: number): Vector3 =>
  new Vector3(n.positions[3 * i] ?? 0, n.positions[3 * i + 1] ?? 0, n.positions[3 * i + 2] ?? 0);

/** Area (m²) of the node's triangles that a viewer straight behind sees edge-on (within ~0.6°). */
function edgeOnArea(n: LoadedNode): number {
  let area = 0;
  for (let t = 0; t < n.indices.length; t += 3) {
    const a = vertex(n, n.indices[t] ?? 0);
    const b = vertex(n, n.indices[t + 1] ?? 0);
    const c = vertex(n, n.indices[t + 2] ?? 0);
    const cr = b.sub(a).cross(c.sub(a));
    if (Math.abs(cr.z) < 0.01 * cr.length()) area += cr.length() / 2;
  }
  return area;
}

function node(name: string): LoadedNode {
  const n = nodes.find((m) => m.name === name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
}

const normal = (n: LoadedNode, i: number): Vector3 =>
  new Vector3(n.normals[3 * i] ?? 0, n.normals[3 * i + 1] ?? 0, n.normals[3 * i + 2] ?? 0);

describe('the neck and the midline', () => {
  it('gives the deeper muscles no walls edge-on to a viewer behind (they flickered through the trapezius)', () => {
    // A rim closed by a wall straight down to the slips is a sliver seen from behind; multisampled
    // rasterisers let it show through the layers above. The superficial sheets' walls in the midsagittal
    // plane are excluded: each meets its mirror image's there.
    const walled: string[] = [];
    for (const n of nodes) {
      const e = readExtras(n.extras);
      if (!e || (e.layer !== 'intrinsic' && e.layer !== 'intermediate')) continue;
      const cm2 = edgeOnArea(n) * 1e4;
      if (cm2 > 10) walled.push(`${n.name}: ${cm2.toFixed(0)} cm²`);
    }
    expect(walled).toEqual([]);
  });

  it('shades the trapezius and latissimus as one sheet across the midline: seam normals have no x', () => {
    // The app shades from vertex normals. A vertex of the left half on x = 0 is shared with its mirror
    // image, whose normal is this one mirrored; unless neither leans sideways the seam shows as a crease.
    // Seam vertices: on the midline, on the back-facing surface (not the midsagittal wall, whose normals
    // are ±x), below the inion, where the trapezius's origin turns off the midline along the nuchal line.
    const inionY = toGltfPoint(POINTS.inion)[1] - 0.001;
    const leaning: string[] = [];
    let seam = 0;
    for (const name of ['trapezius.left', 'trapezius.right', 'latissimus-dorsi.left', 'latissimus-dorsi.right']) {
      const n = node(name);
      for (let i = 0; i < n.positions.length / 3; i++) {
        const p = vertex(n, i);
        const q = normal(n, i);
        if (Math.abs(p.x) > 1e-5 || p.y > inionY || q.z > -0.1 || Math.abs(q.x) > 0.99) continue;
        seam++;
        if (Math.abs(q.x) >= 0.05) leaning.push(`${name} y=${(p.y * 100).toFixed(1)} cm: nx ${q.x.toFixed(2)}`);
      }
    }
    expect(seam).toBeGreaterThan(80);
    expect(leaning).toEqual([]);
  });
});

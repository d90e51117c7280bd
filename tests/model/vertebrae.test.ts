// The vertebrae as a person who knows anatomy would check them (issue 3): a canal one can see through, the
// laminae roofing it, neighbours meeting at their facet joints, waisted bodies, hatchet-shaped lumbar spines,
// and each rib still meeting its vertebra at its head and at its tubercle.
import { Raycaster, Vector3, type Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_CENTRES, SPINOUS_TIPS, type Vec3 } from '../../generator/landmarks';
import { ribControlPoints } from '../../generator/ribs';
import { committedModel, type LoadedNode } from './load-glb';
import { distanceToSurface, glPoint, meshOf, named, vertexOf } from './queries';

const LEVELS = ['C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'];
const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'];
const CM = 0.01;

let byName = new Map<string, LoadedNode>();
const meshes = new Map<string, Mesh>();
beforeAll(async () => {
  byName = new Map((await committedModel()).map((n) => [n.name, n]));
});

const node = (name: string): LoadedNode => named(byName, name);

/** The vertebra's mesh, made once per test file. */
function meshNamed(name: string): Mesh {
  let m = meshes.get(name);
  if (!m) {
    m = meshOf(node(name));
    meshes.set(name, m);
  }
  return m;
}

const landmark = (level: string, rec: Readonly<Record<string, Vec3>>): Vector3 => {
  const p = rec[level];
  if (!p) throw new Error(level);
  return glPoint(p);
};

/**
 * Distances (m) along a ray to every crossing of a vertebra's surface, nearest first. A ray through a shared
 * edge hits both triangles: hits closer than 0.05 mm are one crossing.
 */
function crossings(name: string, from: Vector3, dir: Vector3, far = 1): number[] {
  const out: number[] = [];
  for (const h of new Raycaster(from, dir.clone().normalize(), 0, far).intersectObject(meshNamed(name), false)) {
    if (out.length === 0 || h.distance - (out[out.length - 1] ?? 0) > 5e-5) out.push(h.distance);
  }
  return out;
}

/** Just off the midline, so that rays along it do not run down the meshes' midline edges. */
const OFF_MIDLINE = 0.0003;

const POST = new Vector3(0, 0, -1); // toward the back in the glTF frame
const UP = new Vector3(0, 1, 0);
const LEFT = new Vector3(1, 0, 0);

/**
 * The canal seen along rays from the body backwards (body wall → canal → arch), at heights round the body's
 * centre; where the arch comes nearest the body is the canal's sagittal diameter, and its centre the canal's.
 */
function canal(level: string): { centre: Vector3; depth: number } {
  const b = landmark(level, BODY_CENTRES).add(new Vector3(OFF_MIDLINE, 0, 0));
  // Within the middle of the body's height, so every ray starts inside it.
  const half = 0.6 * Math.min(crossings(level.toLowerCase(), b, UP)[0] ?? 0, crossings(level.toLowerCase(), b, UP.clone().negate())[0] ?? 0);
  let best = { centre: b, depth: Infinity };
  for (let dy = -half; dy <= half + 1e-9; dy += half / 5) {
    const from = b.clone().add(new Vector3(0, dy, 0));
    const hits = crossings(level.toLowerCase(), from, POST);
    const [exit, arch] = [hits[0] ?? Infinity, hits[1] ?? Infinity];
    if (arch - exit > 0.5 * CM && arch - exit < best.depth) {
      best = { centre: from.clone().addScaledVector(POST, (exit + arch) / 2), depth: arch - exit };
    }
  }
  return best;
}

function verticesOf(n: LoadedNode, keep: (v: Vector3) => boolean): Vector3[] {
  const out: Vector3[] = [];
  for (let i = 0; i < n.positions.length / 3; i++) {
    const v = vertexOf(n, i);
    if (keep(v)) out.push(v);
  }
  return out;
}

const cm = (m: number): string => (m / CM).toFixed(2);

describe('vertebrae', () => {
  it('each has a vertebral canal: body in front, pedicles either side, arch behind, open from above and below', () => {
    const off: string[] = [];
    for (const level of LEVELS) {
      const name = level.toLowerCase();
      const { centre, depth } = canal(level);
      if (!(depth > 1.2 * CM && depth < 2.4 * CM)) off.push(`${level}: canal ${cm(depth)} cm deep`);
      // A ray up or down the canal meets nothing of this vertebra.
      for (const dir of [UP, UP.clone().negate()]) {
        const hit = crossings(name, centre, dir, 0.05);
        if (hit.length > 0) off.push(`${level}: a ray ${dir.y > 0 ? 'up' : 'down'} the canal hits the bone at ${cm(hit[0] ?? 0)} cm`);
      }
      for (const dir of [LEFT, LEFT.clone().negate()]) {
        const hit = crossings(name, centre, dir, 0.05)[0] ?? Infinity;
        if (!(hit > 0.5 * CM && hit < 1.6 * CM)) off.push(`${level}: pedicle ${cm(hit)} cm from the canal's centre`);
      }
    }
    expect(off).toEqual([]);
  });

  it('roofs the canal with laminae: from behind, beside the spinous process, bone covers ≥ 1.6 cm of height (C7 1.2)', () => {
    const off: string[] = [];
    for (const level of LEVELS) {
      const name = level.toLowerCase();
      const { centre } = canal(level);
      for (const x of [0.9 * CM, -0.9 * CM]) {
        // Rays from behind every mm over ±2.5 cm round the canal; a hit counts if the bone is behind the canal.
        let run = 0;
        let best = 0;
        for (let dy = -2.5 * CM; dy <= 2.5 * CM + 1e-9; dy += 0.1 * CM) {
          const from = new Vector3(x, centre.y + dy, -1);
          const first = crossings(name, from, POST.clone().negate(), 2)[0];
          const covered = first !== undefined && from.z + first < centre.z;
          run = covered ? run + 0.1 * CM : 0;
          best = Math.max(best, run);
        }
        const need = level === 'C7' ? 1.2 * CM : 1.6 * CM;
        if (best < need - 1e-9) off.push(`${level} at x=${cm(x)} cm: roof ${cm(best)} cm high`);
      }
    }
    expect(off).toEqual([]);
  });

  it('meets each neighbour at the facet joints, both sides: articular processes within 3 mm', () => {
    const off: string[] = [];
    for (let i = 0; i + 1 < LEVELS.length; i++) {
      const [up, low] = [LEVELS[i] ?? '', LEVELS[i + 1] ?? ''];
      const zCanal = canal(low).centre.z;
      const yTop = landmark(up, BODY_CENTRES).y;
      const yBottom = landmark(low, BODY_CENTRES).y;
      for (const side of [1, -1]) {
        // The upper vertebra's bone beside and behind the canal, between the two levels: its inferior processes.
        const pts = verticesOf(node(up.toLowerCase()), (v) => {
          const x = v.x * side;
          return x > 1.0 * CM && x < 3.2 * CM && v.y < yTop && v.y > yBottom && v.z < zCanal;
        });
        const d = Math.min(...pts.map((p) => distanceToSurface(node(low.toLowerCase()), p)));
        if (!(d < 0.3 * CM)) off.push(`${up}/${low} ${side > 0 ? 'left' : 'right'}: ${cm(d)} cm apart`);
      }
    }
    expect(off).toEqual([]);
  });

  it('has waisted bodies: narrower half-way up than just inside the end plates', () => {
    const off: string[] = [];
    for (const level of LEVELS) {
      const name = level.toLowerCase();
      const b = landmark(level, BODY_CENTRES).add(new Vector3(OFF_MIDLINE, 0, 0));
      const top = crossings(name, b, UP)[0] ?? 0;
      const bottom = crossings(name, b, UP.clone().negate())[0] ?? 0;
      const halfWidth = (dy: number): number => crossings(name, b.clone().add(new Vector3(0, dy, 0)), LEFT)[0] ?? 0;
      const mid = halfWidth((top - bottom) / 2);
      const rims = Math.min(halfWidth(top - 0.15 * CM), halfWidth(-bottom + 0.15 * CM));
      if (!(mid < 0.95 * rims)) off.push(`${level}: ${cm(mid)} cm at the waist, ${cm(rims)} cm at the rims`);
    }
    expect(off).toEqual([]);
  });

  it('gives the lumbar spines a tall posterior border (≥ 1.6 cm), more than twice the thoracic spines’ tips', () => {
    // A vertical ray 4 mm in front of each tip, through the spinous process only.
    const height = (level: string): number => {
      const tip = landmark(level, SPINOUS_TIPS);
      const from = new Vector3(OFF_MIDLINE, tip.y - 0.05, tip.z + 0.4 * CM);
      const h = crossings(level.toLowerCase(), from, UP, 0.1);
      // The crossing pair round the tip's height.
      for (let k = 0; k + 1 < h.length; k += 2) {
        const [a, b] = [from.y + (h[k] ?? 0), from.y + (h[k + 1] ?? 0)];
        if (a <= tip.y + 0.3 * CM && b >= tip.y - 0.3 * CM) return b - a;
      }
      return 0;
    };
    const lumbar = LUMBAR.map(height);
    const thoracic = ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'].map(height);
    const short = LUMBAR.flatMap((l, k) => ((lumbar[k] ?? 0) < 1.6 * CM ? [`${l}: ${cm(lumbar[k] ?? 0)} cm`] : []));
    expect(short).toEqual([]);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(lumbar)).toBeGreaterThan(2 * mean(thoracic));
  });

  it('still meets every rib at its head (body) and its tubercle (transverse process), within 1 mm', () => {
    const off: string[] = [];
    for (let n = 1; n <= 12; n++) {
      const [head, tubercle] = ribControlPoints(n).map((p) => glPoint(p));
      const rib = node(`rib-${n}.left`);
      const vertebra = node(`t${n}`);
      for (const [what, p] of [['head', head], ['tubercle', tubercle]] as const) {
        if (!p) continue;
        const near = verticesOf(rib, (v) => v.distanceTo(p) < 0.8 * CM);
        const d = Math.min(...near.map((v) => distanceToSurface(vertebra, v)));
        if (!(d < 0.1 * CM)) off.push(`rib ${n} ${what}: ${cm(d)} cm from T${n}`);
      }
    }
    expect(off).toEqual([]);
  });
});

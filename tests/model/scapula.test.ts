// The shoulder girdle's shape (issue 3): the spine of the scapula stands out of the blade as a shelf, the
// acromion is a flat plate overhanging the humeral head and meeting the clavicle, and the humeral head sits
// in the glenoid, with the intertubercular groove on the front of the humerus.
import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromGltfPoint } from '../../generator/frame';
import { HUMERAL_HEAD_CENTRE, scapularFrame } from '../../generator/girdle';
import { POINTS, SCAPULA, type Vec3 } from '../../generator/landmarks';
import { committedModel, type LoadedNode } from './load-glb';

// Everything here is in the landmark frame (cm, +z toward the back), left side.
let scapula: Mesh;
let clavicle: Mesh;
let humerus: Mesh;

function toMesh(n: LoadedNode | undefined): Mesh {
  if (!n) throw new Error('missing node');
  const p = new Float32Array(n.positions.length);
  for (let i = 0; i < p.length; i += 3) {
    const q = fromGltfPoint([n.positions[i] ?? 0, n.positions[i + 1] ?? 0, n.positions[i + 2] ?? 0]);
    p.set(q, i);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(p, 3));
  g.setIndex(new BufferAttribute(n.indices, 1));
  g.computeBoundingSphere();
  return new Mesh(g, new MeshBasicMaterial({ side: DoubleSide }));
}

beforeAll(async () => {
  const nodes = new Map((await committedModel()).map((n) => [n.name, n]));
  scapula = toMesh(nodes.get('scapula.left'));
  clavicle = toMesh(nodes.get('clavicle.left'));
  humerus = toMesh(nodes.get('humerus.left'));
});

const v = (p: Vec3): Vector3 => new Vector3(p[0], p[1], p[2]);

/** Distances (cm) along a ray to every crossing of a mesh's surface, nearest first. */
function crossings(m: Mesh, from: Vec3, dir: Vec3): number[] {
  return new Raycaster(v(from), v(dir).normalize()).intersectObject(m, false).map((h) => h.distance);
}

const { o, e1, e2, n } = scapularFrame();
/** A point of the scapula's own frame: a toward the glenoid, b up, c posterior (cm). */
const W = (a: number, b: number, c: number): Vec3 => {
  const p = v(o).addScaledVector(v(e1), a).addScaledVector(v(e2), b).addScaledVector(v(n), c);
  return [p.x, p.y, p.z];
};
const local = (p: Vec3): [number, number] => {
  const d = v(p).sub(v(o));
  return [d.dot(v(e1)), d.dot(v(e2))];
};

/** Posterior surface of the scapula (c, cm) seen along −n at (a, b), or null where the ray misses it. */
function backSurface(a: number, b: number): number | null {
  const t = crossings(scapula, W(a, b, 10), [-n[0], -n[1], -n[2]])[0];
  return t === undefined ? null : 10 - t;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((p, q) => p - q);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

describe('spine of the scapula', () => {
  it('stands ≥ 1.5 cm proud of the infraspinous fossa midway along it, and is low at the trigonum', () => {
    const angle = local(SCAPULA.acromial_angle);
    const prominence = (a: number): number => {
      // The crest's b where it passes this a (the spine rises toward the acromial angle).
      const bc = (a / angle[0]) * angle[1];
      let crest = -Infinity;
      for (let b = bc - 1.2; b <= bc + 1.2; b += 0.05) crest = Math.max(crest, backSurface(a, b) ?? -Infinity);
      const fossa: number[] = [];
      for (let b = bc - 3.5; b <= bc - 2.0; b += 0.1) {
        const c = backSurface(a, b);
        if (c !== null) fossa.push(c);
      }
      expect(fossa.length, `fossa found below the spine at a = ${a}`).toBeGreaterThan(5);
      return crest - median(fossa);
    };
    const midway = [0.45, 0.5, 0.55].map((f) => prominence(f * angle[0]));
    for (const h of midway) expect(h).toBeGreaterThanOrEqual(1.5);
    // The trigonum, where the spine meets the medial border, is smooth and barely raised.
    expect(prominence(0.6)).toBeLessThan(Math.min(...midway) - 0.6);
  });
});

describe('acromion', () => {
  /**
   * Cells (x, z; 2 mm) lateral to the glenoid's centre, where only the acromion can lie above the joint, in
   * which a ray from above meets a bony plate above the glenoid with room under it.
   */
  function plateCells(): Map<string, [number, number]> {
    const topOfGlenoid = SCAPULA.glenoid_centre[1] + 1.8;
    const cells = new Map<string, [number, number]>();
    for (let i = 0; i <= 30; i++) {
      for (let k = 0; k <= 55; k++) {
        const x = SCAPULA.glenoid_centre[0] + 0.5 + i * 0.2;
        const z = -12 + k * 0.2;
        const hits = crossings(scapula, [x, 0, z], [0, -1, 0]).map((t) => -t);
        const top = hits[0];
        if (top === undefined || top < topOfGlenoid) continue;
        // A plate at most 1.4 cm thick, with nothing of the scapula for 1.5 cm beneath it.
        const below = hits.filter((y) => y < top - 1.4);
        if (hits.some((y) => y < top && y >= top - 1.4 - 1e-9) && (below[0] ?? -Infinity) < top - 2.9) cells.set(`${i},${k}`, [x, z]);
      }
    }
    return cells;
  }

  it('projects forward from the acromial angle as a flat plate ≥ 3.5 × 1.5 cm over the humeral head, meeting the clavicle', () => {
    const cells = plateCells();
    // The plate grown from the acromial angle: the connected cells nearest to it.
    const start = [...cells.entries()].sort(
      ([, p], [, q]) =>
        Math.hypot(p[0] - SCAPULA.acromial_angle[0], p[1] - SCAPULA.acromial_angle[2]) -
        Math.hypot(q[0] - SCAPULA.acromial_angle[0], q[1] - SCAPULA.acromial_angle[2]),
    )[0];
    expect(start).toBeDefined();
    const seen = new Set<string>([start?.[0] ?? '']);
    const queue = [start?.[0] ?? ''];
    while (queue.length) {
      const [i, k] = (queue.pop() ?? '').split(',').map(Number);
      for (const [di, dk] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const key = `${(i ?? 0) + di},${(k ?? 0) + dk}`;
        if (cells.has(key) && !seen.has(key)) {
          seen.add(key);
          queue.push(key);
        }
      }
    }
    const pts: [number, number][] = [...seen].map((key) => cells.get(key) ?? [0, 0]);
    // Extents along the plate's principal axes (seen from above).
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const mz = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    let sxx = 0;
    let sxz = 0;
    let szz = 0;
    for (const [x, z] of pts) {
      sxx += (x - mx) ** 2;
      sxz += (x - mx) * (z - mz);
      szz += (z - mz) ** 2;
    }
    const th = 0.5 * Math.atan2(2 * sxz, sxx - szz);
    const along = pts.map(([x, z]) => (x - mx) * Math.cos(th) + (z - mz) * Math.sin(th));
    const across = pts.map(([x, z]) => -(x - mx) * Math.sin(th) + (z - mz) * Math.cos(th));
    const extent = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    expect(extent(along)).toBeGreaterThanOrEqual(3.5);
    expect(extent(across)).toBeGreaterThanOrEqual(1.5);
    // It overhangs the humeral head, and over the head it reaches well forward of the acromial angle (the
    // acromion turns forward there; the lateral end of the spine does not).
    const h = HUMERAL_HEAD_CENTRE;
    const overHead = pts.filter(([x, z]) => Math.hypot(x - h[0], z - h[2]) < 1.5);
    expect(overHead.length).toBeGreaterThan(10);
    const front = Math.min(...pts.filter(([x]) => Math.abs(x - h[0]) < 1.5).map(([, z]) => z));
    expect(SCAPULA.acromial_angle[2] - front).toBeGreaterThanOrEqual(3.2);
    // The clavicle's acromial end reaches the plate's medial border at the AC joint.
    const pos = clavicle.geometry.getAttribute('position');
    let gap = Infinity;
    const q = new Vector3();
    for (let i = 0; i < pos.count; i++) {
      q.fromBufferAttribute(pos, i);
      if (q.distanceTo(v(POINTS.acJoint)) > 1.2) continue;
      for (const d of [[1, 0, 0], [-1, 0, 0], [0, 0, 1], [0, 0, -1]] as const) {
        const t = crossings(scapula, [q.x, q.y, q.z], [...d])[0];
        if (t !== undefined) gap = Math.min(gap, t);
      }
    }
    expect(gap).toBeLessThan(0.5);
  });
});

describe('humerus', () => {
  it('sits with its head in the glenoid: a joint space of a few millimetres, never overlapping', () => {
    // Rays from around the head's centre straight toward the socket (medially along the scapular plane).
    const h = HUMERAL_HEAD_CENTRE;
    for (const [db, dc] of [[0, 0], [1.0, 0], [-1.0, 0], [0, 0.8], [0, -0.8]] as const) {
      const from: Vec3 = [h[0] + db * e2[0] + dc * n[0], h[1] + db * e2[1] + dc * n[1], h[2] + db * e2[2] + dc * n[2]];
      const dir: Vec3 = [-e1[0], -e1[1], -e1[2]];
      // Leaving the head, then entering the scapula.
      const out = crossings(humerus, from, dir)[0];
      const into = crossings(scapula, from, dir)[0];
      expect(out).toBeDefined();
      expect(into).toBeDefined();
      const space = (into ?? 0) - (out ?? 0);
      expect(space, `joint space toward (${db}, ${dc})`).toBeGreaterThanOrEqual(0);
      // The bony socket is shallower than the head is round: the space widens toward its rim.
      expect(space, `joint space toward (${db}, ${dc})`).toBeLessThan(db === 0 && dc === 0 ? 0.5 : 0.8);
    }
  });

  it('has the intertubercular groove, ≥ 2 mm deep, between the tubercles on its front', () => {
    for (const y of [-11.0, -12.0]) {
      // The front of a horizontal section: how far forward the bone reaches at each x.
      const front: [number, number][] = [];
      for (let x = 17; x <= 22.5; x += 0.1) {
        const t = crossings(humerus, [x, y, -20], [0, 0, 1])[0];
        if (t !== undefined) front.push([x, -20 + t]);
      }
      let deepest = 0;
      front.forEach(([, z], i) => {
        const medialLip = Math.min(...front.slice(0, i).map((p) => p[1]));
        const lateralLip = Math.min(...front.slice(i + 1).map((p) => p[1]));
        deepest = Math.max(deepest, Math.min(z - medialLip, z - lateralLip));
      });
      expect(deepest, `groove depth at y = ${y}`).toBeGreaterThanOrEqual(0.2);
    }
  });
});

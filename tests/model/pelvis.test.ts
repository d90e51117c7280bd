// The pelvis as a clinician would check it (issue 3): the sacrum wedged between the hip bones at the
// sacroiliac joints so that from behind the pelvis is one ring; the acetabulum a socket round the hip-joint
// centre, open laterally, forward and down; the obturator foramen a real hole ringed by bone; the pubic
// bodies meeting at the symphysis; the iliac crest through its landmarks.
import { Raycaster, Vector3, type Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACETABULAR_AXIS, ASIS, HIP_CENTRE, ILIAC_CREST } from '../../generator/pelvis';
import { POINTS, SPINOUS_TIPS, type Vec3 } from '../../generator/landmarks';
import { committedModel, type LoadedNode } from './load-glb';
import { distanceToSurface, glPoint, meshOf, named, vertexOf } from './queries';
import { castFromBehind, toScene, type SceneNode } from './scene';

let byName = new Map<string, LoadedNode>();
let skeleton: SceneNode[] = [];
beforeAll(async () => {
  const nodes = await committedModel();
  byName = new Map(nodes.map((n) => [n.name, n]));
  skeleton = toScene(nodes).filter((n) => n.layer === 'skeleton');
});

const node = (name: string): LoadedNode => named(byName, name);
const dirGl = (d: Vec3, side: 'left' | 'right'): Vector3 => new Vector3(side === 'right' ? -d[0] : d[0], d[1], -d[2]).normalize();

/** Distance (m) to the first hit of a ray on a mesh, Infinity if none within `far`. */
function firstHit(mesh: Mesh, origin: Vector3, dir: Vector3, far = 1): number {
  const rc = new Raycaster(origin, dir, 0, far);
  return rc.intersectObject(mesh, false)[0]?.distance ?? Infinity;
}

/** Unit vectors perpendicular to `n`, evenly round it. */
function round(n: Vector3, count: number): Vector3[] {
  const u = new Vector3(0, 1, 0).addScaledVector(n, -n.y).normalize();
  const w = n.clone().cross(u);
  return Array.from({ length: count }, (_, i) => {
    const a = (2 * Math.PI * i) / count;
    return u.clone().multiplyScalar(Math.cos(a)).addScaledVector(w, Math.sin(a));
  });
}

const SIDES = ['left', 'right'] as const;

describe('pelvis', () => {
  it('joins the sacrum to each hip bone along the sacroiliac joint, S1 to S3 (closest ≤ 3 mm at each level)', () => {
    const sacrum = node('sacrum');
    const off: string[] = [];
    for (const side of SIDES) {
      const hip = node(`hip-bone.${side}`);
      for (const level of [-48.5, -50.5, -52.5]) {
        let best = Infinity;
        for (let i = 0; i < sacrum.positions.length / 3; i++) {
          const v = vertexOf(sacrum, i);
          const x = side === 'left' ? v.x : -v.x;
          if (x < 0.03 || Math.abs(v.y - level / 100) > 0.006) continue;
          best = Math.min(best, distanceToSurface(hip, v));
        }
        if (!(best <= 0.003)) off.push(`${side} at y ${level} cm: ${(best * 1000).toFixed(1)} mm`);
      }
    }
    expect(off).toEqual([]);
  });

  it('shows no gap between sacrum and ilium from behind, from S1 down to the PIIS', () => {
    const gaps: string[] = [];
    for (let y = -49.5; y >= -53.0; y -= 0.25) {
      for (let x = -6; x <= 6; x += 0.25) {
        const hit = castFromBehind(skeleton, x / 100, y / 100).find((h) => h.node.layer === 'skeleton');
        if (!hit) gaps.push(`x ${x} y ${y}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('sinks the acetabulum round the hip-joint centre: a socket open laterally, forward and down', () => {
    const off: string[] = [];
    for (const side of SIDES) {
      const hip = node(`hip-bone.${side}`);
      const mesh = meshOf(hip);
      const c = glPoint(HIP_CENTRE, side);
      const axis = dirGl(ACETABULAR_AXIS, side);
      // The centre is in the socket's hollow, not in the bone.
      if (distanceToSurface(hip, c) < 0.02) off.push(`${side}: bone within 2 cm of the hip centre`);
      // Every ray into the cup (up to 60° from its floor) meets its surface at about the femoral head's radius,
      // except through the acetabular notch below, which only a ligament bridges.
      const down = new Vector3(0, -1, 0).addScaledVector(axis, axis.y).normalize();
      for (const tilt of [0, 30, 45, 60]) {
        for (const d of tilt === 0 ? [new Vector3()] : round(axis, 8).filter((v) => tilt < 60 || v.dot(down) < 0.7)) {
          const t = (tilt * Math.PI) / 180;
          const dir = axis.clone().multiplyScalar(-Math.cos(t)).addScaledVector(d, Math.sin(t)).normalize();
          const dist = firstHit(mesh, c, dir, 0.1);
          if (!(dist >= 0.02 && dist <= 0.036)) off.push(`${side}: ray ${tilt}° from the floor meets the cup at ${(dist * 100).toFixed(1)} cm`);
        }
      }
      // Out through the mouth (within 20° of the axis) nothing of the hip bone is met.
      for (const d of [new Vector3(), ...round(axis, 8)]) {
        const dir = axis.clone().addScaledVector(d, Math.tan((20 * Math.PI) / 180)).normalize();
        const dist = firstHit(mesh, c, dir, 0.1);
        if (dist < 0.1) off.push(`${side}: the mouth is closed ${(dist * 100).toFixed(1)} cm out`);
      }
    }
    expect(off).toEqual([]);
  });

  it('leaves the obturator foramen a hole, ringed by the pubis and ischium', () => {
    // Its centre and the direction it faces (estimates: between the superior ramus, the pubic body, the
    // ischiopubic ramus and the ischium; facing forward, laterally and down).
    const centre: Vec3 = [4.0, -59.9, -12.1];
    const facing: Vec3 = [0.56, -0.42, -0.71];
    const off: string[] = [];
    for (const side of SIDES) {
      const mesh = meshOf(node(`hip-bone.${side}`));
      const c = glPoint(centre, side);
      const n = dirGl(facing, side);
      // A line through the hole along its axis, 6 cm either side, meets no bone.
      const through = (p: Vector3): boolean => firstHit(mesh, p.clone().addScaledVector(n, -0.06), n, 0.12) === Infinity;
      round(n, 16).forEach((d, i) => {
        // Clear for 1.5 cm round the centre; bone within 5 cm in every direction (a ring, not a notch).
        if (!through(c.clone().addScaledVector(d, 0.015))) off.push(`${side}: blocked 1.5 cm out (${i})`);
        let r = 0.015;
        while (r < 0.05 && through(c.clone().addScaledVector(d, r))) r += 0.0025;
        if (r >= 0.05) off.push(`${side}: open toward direction ${i}`);
      });
    }
    expect(off).toEqual([]);
  });

  it('brings the pubic bodies to the midline, the symphyseal disc between them (1–8 mm)', () => {
    const left = node('hip-bone.left');
    const right = meshOf(node('hip-bone.right'));
    let best = Infinity;
    for (let i = 0; i < left.positions.length / 3; i++) {
      const v = vertexOf(left, i);
      if (v.x > 0.01) continue;
      best = Math.min(best, firstHit(right, v, new Vector3(-1, 0, 0), 0.02));
    }
    expect(best).toBeGreaterThanOrEqual(0.001);
    expect(best).toBeLessThanOrEqual(0.008);
  });

  it('keeps the sacrum’s S1 and S2 tubercles on their landmarks (Table G1), the crest’s most posterior points', () => {
    const sacrum = node('sacrum');
    const off: string[] = [];
    for (const level of ['S1', 'S2']) {
      const tip = SPINOUS_TIPS[level];
      if (!tip) throw new Error(level);
      const d = distanceToSurface(sacrum, glPoint(tip));
      if (d > 0.003) off.push(`${level}: ${(d * 1000).toFixed(1)} mm from the bone`);
      // Nothing of the sacrum stands behind the tubercle within a centimetre of its height.
      for (let i = 0; i < sacrum.positions.length / 3; i++) {
        const v = vertexOf(sacrum, i);
        if (Math.abs(v.y - tip[1] / 100) < 0.01 && v.z < glPoint(tip).z - 0.003) {
          off.push(`${level}: bone ${((glPoint(tip).z - v.z) * 1000).toFixed(1)} mm behind the tubercle`);
          break;
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('runs the iliac crest through its landmarks (PSIS, latissimus origins, highest point, ASIS)', () => {
    const off: string[] = [];
    for (const side of SIDES) {
      const hip = node(`hip-bone.${side}`);
      for (const p of [POINTS.psis, ...ILIAC_CREST.slice(2, 5), POINTS.iliacCrestHighest, ASIS]) {
        const d = distanceToSurface(hip, glPoint(p, side));
        if (d > 0.008) off.push(`${side} (${p.join(', ')}) ${(d * 1000).toFixed(1)} mm from the bone`);
      }
    }
    expect(off).toEqual([]);
  });
});

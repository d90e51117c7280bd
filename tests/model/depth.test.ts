// Depth order seen from behind (contracts.md §1; issue 3): on every ray over the back the hits run
// skin → superficial → intermediate → intrinsic → bone, with real clearance between layers except near
// attachments; and every muscle is found under a ray through the middle of its attachments once the
// layers above it are removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { toGltfPoint } from '../../generator/frame';
import { ATTACHMENTS, type Vec3 } from '../../generator/landmarks';
import { STRUCTURE_ENTRIES } from '../../generator/muscles';
import { committedModel } from './load-glb';
import { castFromBehind, DEPTH_RANK, distanceToAttachments, toScene, type Hit, type SceneNode } from './scene';

let scene: SceneNode[] = [];
beforeAll(async () => {
  scene = toScene(await committedModel());
});

/** Attachments may meet deeper layers: within this distance of one, order and clearance are not enforced. */
const NEAR_ATTACHMENT_M = 0.02;
const MIN_CLEARANCE_M = 0.0015;

const nearAttachment = (h: Hit): boolean =>
  h.node.layer !== 'skeleton' && h.node.layer !== 'skin'
    ? distanceToAttachments(h.node.structure, h.node.side, h.point) < NEAR_ATTACHMENT_M
    : false;

interface Problem {
  x: number;
  y: number;
  what: string;
}

/** Problems grouped by kind, with a count and the first place each was seen (a readable failure). */
function summary(problems: readonly Problem[]): Record<string, string> {
  const out: Record<string, { n: number; at: string }> = {};
  for (const p of problems) {
    const key = p.what.replace(/: [0-9.]+ mm$/, '');
    const e = (out[key] ??= { n: 0, at: `x=${p.x} y=${p.y}${p.what.endsWith('mm') ? ' ' + p.what.split(': ').pop() : ''}` });
    e.n++;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, `${v.n}× e.g. ${v.at}`]));
}

/** Checks one ray's hits up to the first bone; returns the problems found. */
function checkRay(x: number, y: number, hits: readonly Hit[]): Problem[] {
  const problems: Problem[] = [];
  if (hits.length === 0) return problems;
  const first = hits[0];
  if (first && first.node.layer !== 'skin') problems.push({ x, y, what: `first hit ${first.node.name}, not skin` });
  let deepest: Hit | null = null;
  for (const h of hits.slice(1)) {
    if (h.node.layer === 'skin') break; // leaving the body through the front
    const rank = DEPTH_RANK[h.node.layer];
    if (deepest && rank < DEPTH_RANK[deepest.node.layer] && !nearAttachment(h) && !nearAttachment(deepest)) {
      problems.push({ x, y, what: `${h.node.name} (${h.node.layer}) under ${deepest.node.name} (${deepest.node.layer})` });
    }
    if (!deepest || rank > DEPTH_RANK[deepest.node.layer]) deepest = h;
    if (h.node.layer === 'skeleton') break;
  }
  return problems;
}

function backGrid(): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 0.08; y >= -0.5; y -= 0.0125) {
    for (let x = -0.16; x <= 0.16 + 1e-9; x += 0.0125) out.push([Number(x.toFixed(4)), Number(y.toFixed(4))]);
  }
  return out;
}

describe('depth order from behind', () => {
  it('keeps skin > superficial > intermediate > intrinsic > bone on every ray over the back', () => {
    const problems: Problem[] = [];
    let rays = 0;
    for (const [x, y] of backGrid()) {
      const hits = castFromBehind(scene, x, y);
      if (hits.length === 0) continue;
      rays++;
      problems.push(...checkRay(x, y, hits));
    }
    expect(rays).toBeGreaterThan(1000);
    expect(summary(problems)).toEqual({});
  });

  it('leaves real clearance between layers away from attachments', () => {
    const tight: Problem[] = [];
    for (const [x, y] of backGrid()) {
      const hits = castFromBehind(scene, x, y);
      // Exit of a shallower layer's structure followed by entry into a deeper layer's structure.
      for (let i = 1; i + 1 < hits.length; i++) {
        const a = hits[i];
        const b = hits[i + 1];
        if (!a || !b || a.node.layer === 'skin' || b.node.layer === 'skin') continue;
        if (a.node.layer === 'skeleton') break;
        if (DEPTH_RANK[b.node.layer] <= DEPTH_RANK[a.node.layer]) continue;
        if (nearAttachment(a) || nearAttachment(b)) continue;
        const gap = b.distance - a.distance;
        if (gap < MIN_CLEARANCE_M) tight.push({ x, y, what: `${a.node.name} → ${b.node.name}: ${(gap * 1000).toFixed(2)} mm` });
      }
    }
    expect(summary(tight)).toEqual({});
  });

  it('closes the superficial layer over the midline: trapezius and latissimus meet from the neck to the sacrum', () => {
    // Just beside x = 0 (where the left and right sheets meet in a hairline), the first thing under the skin
    // is a superficial muscle all the way from the nuchal line down to the sacrum — no strip of deeper
    // muscle or bone shows between the two sides.
    const gaps: Problem[] = [];
    for (let y = 0.11; y >= -0.48; y -= 0.005) {
      for (const x of [-0.01, -0.005, -0.0025, 0.0025, 0.005, 0.01]) {
        const first = castFromBehind(scene, x, y).find((h) => h.node.layer !== 'skin');
        if (!first || first.node.layer !== 'superficial') {
          gaps.push({ x, y: Number(y.toFixed(3)), what: `first under the skin: ${first ? first.node.name : 'nothing'}` });
        }
      }
    }
    expect(summary(gaps)).toEqual({});
  });

  it('finds each muscle under a ray through the middle of its attachments, with the layers above removed', () => {
    const missing: string[] = [];
    const muscles = scene.filter((n) => n.layer !== 'skin' && n.layer !== 'skeleton');
    expect(muscles.length).toBeGreaterThanOrEqual(2 * 18);
    for (const m of muscles) {
      const remaining = scene.filter((n) => n.layer !== 'skin' && DEPTH_RANK[n.layer] >= DEPTH_RANK[m.layer]);
      const keys = STRUCTURE_ENTRIES[m.structure] ?? [];
      expect(keys.length, m.name).toBeGreaterThan(0);
      for (const key of keys) {
        const e = ATTACHMENTS[key];
        if (!e) continue;
        const centroid = (pts: readonly Vec3[]): Vec3 => {
          const s = pts.reduce<[number, number, number]>((acc, p) => [acc[0] + p[0], acc[1] + p[1], acc[2] + p[2]], [0, 0, 0]);
          return [s[0] / pts.length, s[1] / pts.length, s[2] / pts.length];
        };
        const o = centroid(e.origin);
        const i = centroid(e.insertion);
        let mid = toGltfPoint([(o[0] + i[0]) / 2, (o[1] + i[1]) / 2, (o[2] + i[2]) / 2]);
        // Paired muscles whose attachments are on the midline (interspinales) lie just beside it.
        if (Math.abs(mid[0]) < 0.005) mid = [0.003, mid[1], mid[2]];
        const x = m.side === 'right' ? -mid[0] : mid[0];
        const hits = castFromBehind(remaining, x, mid[1]);
        const idx = hits.findIndex((h) => h.node.name === m.name);
        const deeperFirst = hits.slice(0, Math.max(0, idx)).find((h) => DEPTH_RANK[h.node.layer] > DEPTH_RANK[m.layer]);
        if (idx < 0 || deeperFirst) missing.push(`${m.name} (${key}) at x=${x.toFixed(3)} y=${mid[1].toFixed(3)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

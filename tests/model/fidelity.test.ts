// Fidelity to the landmark data (issue 3): vertebral levels, scapular pose and every muscle's attachment
// ends within 1.5 cm of the reference points.
import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS, POINTS, SCAPULA, SPINOUS_TIPS, type Vec3 } from '../../generator/landmarks';
import { STRUCTURE_ENTRIES } from '../../generator/muscles';
import { nodeName } from '../../contract';
import { committedModel, type LoadedNode } from './load-glb';
import { distanceToSurface, glPoint, named, vertexOf } from './queries';

const TOLERANCE_M = 0.015;
let byName = new Map<string, LoadedNode>();
beforeAll(async () => {
  byName = new Map((await committedModel()).map((n) => [n.name, n]));
});

const node = (name: string): LoadedNode => named(byName, name);

/** The vertex that is most extreme along a direction. */
function extreme(n: LoadedNode, dir: Vector3): Vector3 {
  let best = vertexOf(n, 0);
  for (let i = 1; i < n.positions.length / 3; i++) {
    const v = vertexOf(n, i);
    if (v.dot(dir) > best.dot(dir)) best = v;
  }
  return best;
}

describe('fidelity to the landmark data', () => {
  it('puts each vertebra’s spinous tip, its most posterior point, at the Table G1 level', () => {
    const off: string[] = [];
    for (const level of ['C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5']) {
      const tip = SPINOUS_TIPS[level];
      if (!tip) throw new Error(level);
      const n = node(level.toLowerCase());
      const back = extreme(n, new Vector3(0, 0, -1));
      const d = back.distanceTo(glPoint(tip));
      if (d > TOLERANCE_M) off.push(`${level}: most posterior point ${(d * 100).toFixed(1)} cm from the SP tip`);
    }
    expect(off).toEqual([]);
  });

  it('rests each scapula with its angles, spine root, acromion and glenoid on the Table G3 landmarks', () => {
    const off: string[] = [];
    for (const side of ['left', 'right'] as const) {
      const n = node(nodeName('scapula', side));
      const lowest = extreme(n, new Vector3(0, -1, 0));
      const dInf = lowest.distanceTo(glPoint(SCAPULA.inferior_angle, side));
      if (dInf > TOLERANCE_M) off.push(`${side} inferior angle (lowest point) off by ${(dInf * 100).toFixed(1)} cm`);
      const checks: [string, Vec3][] = [
        ['superior angle', SCAPULA.superior_angle],
        ['root of spine', SCAPULA.root_of_spine_TS],
        ['medial border at T5', SCAPULA.medial_border_T5],
        ['acromial angle', SCAPULA.acromial_angle],
        ['acromion lateral edge', POINTS.acromionLateralEdge],
        ['glenoid centre', SCAPULA.glenoid_centre],
      ];
      for (const [what, p] of checks) {
        const d = distanceToSurface(n, glPoint(p, side));
        if (d > TOLERANCE_M) off.push(`${side} ${what} off by ${(d * 100).toFixed(1)} cm`);
      }
      // The medial border is the scapula's most medial edge: nothing of the blade lies nearer the spine.
      const medial = extreme(n, new Vector3(side === 'left' ? -1 : 1, 0, 0));
      if (Math.abs(medial.x) < Math.abs(glPoint(SCAPULA.root_of_spine_TS, side).x) - TOLERANCE_M) {
        off.push(`${side} scapula reaches ${(Math.abs(medial.x) * 100).toFixed(1)} cm from the midline`);
      }
    }
    expect(off).toEqual([]);
  });

  it('ends every muscle on its origin and insertion lines (each reference point within 1.5 cm)', () => {
    const off: string[] = [];
    let checked = 0;
    for (const [structure, keys] of Object.entries(STRUCTURE_ENTRIES)) {
      for (const side of ['left', 'right'] as const) {
        const n = node(nodeName(structure, side));
        for (const key of keys) {
          const e = ATTACHMENTS[key];
          if (!e) throw new Error(key);
          for (const [end, pts] of [['origin', e.origin], ['insertion', e.insertion]] as const) {
            pts.forEach((p, i) => {
              const d = distanceToSurface(n, glPoint(p, side));
              checked++;
              if (d > TOLERANCE_M) off.push(`${n.name} ${key} ${end}[${i}] ${(d * 100).toFixed(1)} cm away`);
            });
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect(off).toEqual([]);
  });
});

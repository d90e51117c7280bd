// The pain map's pure parts: zone geometry, the link encoding, and the ranking.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { causes, felt, painQuestions, warningSigns } from '../../content';
import { anchorsFromBoxes, CANONICAL_ANCHORS, type BoxLike } from '../../src/pain/anchors';
import { MAX_MARKS, parsePain, serializePain } from '../../src/pain/pain-link';
import { emergencySignsAnswered, rankCauses } from '../../src/pain/ranking';
import { intensityAt, patchRects, SPILL_WEIGHT, zoneRects } from '../../src/pain/zones';
import { readGlb } from '../model/load-glb';

const QUESTIONS = new Set(painQuestions.map((q) => q.id));
const ORDER = painQuestions.map((q) => q.id);
const rank = (marks: { x: number; y: number }[], answers: Record<string, 'yes' | 'no'> = {}) =>
  rankCauses({ marks, answers, anchors: CANONICAL_ANCHORS, causes, felt, questions: painQuestions });
/** Between the shoulder blades on the patient's left (model x > 0), at about T4. */
const LEFT_INTERSCAPULAR = { x: 4.5, y: -10 };

describe('anchors', () => {
  it('the canonical anchors are those measured from the committed model (within 1 mm)', async () => {
    const nodes = await readGlb(readFileSync('public/models/torso.glb'));
    const boxes = new Map<string, BoxLike>();
    for (const n of nodes) {
      const min = { x: Infinity, y: Infinity, z: Infinity };
      const max = { x: -Infinity, y: -Infinity, z: -Infinity };
      for (let i = 0; i < n.positions.length; i += 3) {
        const [x, y, z] = [n.positions[i]!, n.positions[i + 1]!, n.positions[i + 2]!];
        min.x = Math.min(min.x, x); min.y = Math.min(min.y, y); min.z = Math.min(min.z, z);
        max.x = Math.max(max.x, x); max.y = Math.max(max.y, y); max.z = Math.max(max.z, z);
      }
      boxes.set(n.name, { min, max });
    }
    const measured = anchorsFromBoxes((node) => boxes.get(node) ?? null);
    expect(measured).not.toBeNull();
    for (const [k, v] of Object.entries(CANONICAL_ANCHORS.levels)) expect(measured!.levels[k as keyof typeof CANONICAL_ANCHORS.levels], k).toBeCloseTo(v, 0);
    for (const [k, v] of Object.entries(CANONICAL_ANCHORS.edges)) expect(measured!.edges[k as keyof typeof CANONICAL_ANCHORS.edges], k).toBeCloseTo(v, 0);
  });

  it('run in anatomical order: levels downwards, edges outwards', () => {
    const { levels, edges } = CANONICAL_ANCHORS;
    const down = ['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;
    for (let i = 1; i < down.length; i++) expect(levels[down[i]!], down[i]).toBeLessThan(levels[down[i - 1]!]);
    expect(levels['scapula-top']).toBeGreaterThan(levels['scapula-spine']);
    expect(levels['scapula-spine']).toBeGreaterThan(levels['scapula-bottom']);
    // The inferior angle lies at about T7, the superior angle at about T2 (anatomy-facts.md).
    expect(Math.abs(levels['scapula-bottom'] - levels.T7)).toBeLessThan(1.5);
    expect(Math.abs(levels['scapula-top'] - levels.T2)).toBeLessThan(1.5);
    expect(edges.midline).toBeLessThan(edges.paraspinal);
    expect(edges.paraspinal).toBeLessThan(edges['scapula-medial']);
    expect(edges['scapula-medial']).toBeLessThan(edges['scapula-middle']);
    expect(edges['scapula-middle']).toBeLessThan(edges['scapula-lateral']);
  });

  it('are null when a bone they need is missing', () => {
    expect(anchorsFromBoxes(() => null)).toBeNull();
  });
});

describe('zones', () => {
  it('a right-sided patch lies at negative x (the patient faces +Z, left is +X)', () => {
    const [r] = patchRects({ side: 'right', top: 'T2', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial' }, CANONICAL_ANCHORS);
    expect(r!.x1).toBeLessThan(0);
    expect(r!.y0).toBeLessThan(r!.y1);
  });

  it('both sides mirror; spill is fainter; intensity fades over the soft edge', () => {
    const rects = patchRects({ side: 'both', top: 'T2', bottom: 'T6', inner: 'paraspinal', outer: 'scapula-medial', weight: 'spill' }, CANONICAL_ANCHORS);
    expect(rects).toHaveLength(2);
    expect(rects[0]!.x0).toBeCloseTo(-rects[1]!.x1);
    expect(intensityAt(rects, { x: 5, y: -10 })).toBeCloseTo(SPILL_WEIGHT);
    expect(intensityAt(rects, { x: 0, y: -10 })).toBeLessThan(SPILL_WEIGHT);
    expect(intensityAt(rects, { x: 20, y: -10 })).toBe(0);
  });

  it("VIS-06 (gall bladder) lies under the right shoulder blade and not on the left", () => {
    const rects = zoneRects(felt['VIS-06'], CANONICAL_ANCHORS);
    const under = { x: -11, y: CANONICAL_ANCHORS.levels['scapula-bottom'] - 3 };
    expect(intensityAt(rects, under)).toBeGreaterThan(0.9);
    expect(intensityAt(rects, { x: 11, y: under.y })).toBe(0);
  });
});

describe('the pain link', () => {
  it('round-trips marks and answers', () => {
    const marks = [{ x: 4.5, y: -10 }, { x: -3, y: -22.4 }];
    const text = serializePain(marks, { breath: 'yes', fever: 'no' }, ORDER);
    expect(text).toBe('4.5:-10,-3:-22.4,breath:y,fever:n');
    const back = parsePain(text, QUESTIONS);
    expect(back.marks).toEqual(marks);
    expect(back.answers).toEqual({ breath: 'yes', fever: 'no' });
    expect(back.dropped).toEqual([]);
  });

  it('drops garbage, unknown questions, off-body marks and duplicates, keeping the rest', () => {
    const back = parsePain(' 4.5:-10 ,<script>,nope:y,4.5:-10,900:1,breath:maybe,,1e3:2,sudden:y', QUESTIONS);
    expect(back.marks).toEqual([{ x: 4.5, y: -10 }]);
    expect(back.answers).toEqual({ sudden: 'yes' });
    expect(back.dropped).toEqual(['<script>', 'nope:y', '900:1', 'breath:maybe', '1e3:2']);
  });

  it(`keeps at most ${MAX_MARKS} marks`, () => {
    const many = Array.from({ length: 50 }, (_, i) => `${i % 20}:${-i}`).join(',');
    expect(parsePain(many, QUESTIONS).marks).toHaveLength(MAX_MARKS);
  });
});

describe('the ranking', () => {
  it('between the shoulder blades: heart attack among the emergencies, muscle causes among the rest', () => {
    const r = rank([LEFT_INTERSCAPULAR]);
    expect(r.emergencies.map((c) => c.id)).toContain('VIS-01');
    expect(r.emergencies.every((c) => causes.find((k) => k.id === c.id)?.urgency === 'emergency')).toBe(true);
    const others = r.others.map((c) => c.id);
    expect(others).toContain('MSK-01');
    expect(others).toContain('MSK-04');
    // Gall bladder pain is felt under the right shoulder blade: not for a mark on the left.
    expect(others).not.toContain('VIS-06');
  });

  it('under the right shoulder blade the gall bladder fits; sorted best first', () => {
    const r = rank([{ x: -11, y: CANONICAL_ANCHORS.levels['scapula-bottom'] - 3 }]);
    expect(r.others.map((c) => c.id)).toContain('VIS-06');
    for (const list of [r.emergencies, r.others]) for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
  });

  it('a "yes" raises what it favours; a "no" never lowers anything', () => {
    const base = rank([LEFT_INTERSCAPULAR]);
    const yes = rank([LEFT_INTERSCAPULAR], { effort: 'yes' });
    const score = (r: typeof base, id: string) => [...r.emergencies, ...r.others].find((c) => c.id === id)?.score ?? 0;
    expect(score(yes, 'VIS-12')).toBeGreaterThan(score(base, 'VIS-12'));
    expect(score(yes, 'MSK-01')).toBe(score(base, 'MSK-01'));
    const no = rank([LEFT_INTERSCAPULAR], { breath: 'no', sudden: 'no', effort: 'no', fever: 'no', weak: 'no', breathing: 'no' });
    expect(no).toEqual(base);
  });

  it('an emergency answer matches a tier-A sign; a pleuritic "yes" alone does not', () => {
    expect(emergencySignsAnswered({ breath: 'yes' }, painQuestions, warningSigns).map((s) => s.id)).toEqual(expect.arrayContaining(['A1', 'A3']));
    expect(emergencySignsAnswered({ breathing: 'yes' }, painQuestions, warningSigns)).toEqual([]);
    expect(emergencySignsAnswered({ breath: 'no' }, painQuestions, warningSigns)).toEqual([]);
  });
});

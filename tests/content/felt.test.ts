// Where pain is felt (issue 14): anatomical checks on content/felt.ts that could fail if a zone is drawn wrong.
import { describe, expect, it } from 'vitest';
import { content, structureById } from '../../content/index';
import { CLOWARD } from '../../content/felt';
import { zoneEdge, zoneLevel } from '../../content/schema';
import type { BackPatch, Felt } from '../../content/types';

/** Vertical order, top of the back first. The blade's landmarks sit at their usual levels (anatomy-facts.md §4.3):
 *  superior angle ≈ T2, root of the spine ≈ T3, inferior angle ≈ T7. */
const SPINE = ['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'];
const LEVEL: Record<string, number> = {
  ...Object.fromEntries(SPINE.map((l, i) => [l, i])),
  'scapula-top': SPINE.indexOf('T2'),
  'scapula-spine': SPINE.indexOf('T3'),
  'scapula-bottom': SPINE.indexOf('T7'),
};
/** Horizontal order, midline out (midline, ~3 cm, ~7 cm, ~11 cm, ~16 cm, side of the chest). */
const EDGE: Record<string, number> = { midline: 0, paraspinal: 1, 'scapula-medial': 2, 'scapula-middle': 3, 'scapula-lateral': 4, flank: 5 };

const lv = (l: string): number => LEVEL[l]!;
const ed = (e: string): number => EDGE[e]!;
const zone = (id: string): Felt => {
  const f = content.felt[id];
  if (!f) throw new Error(`no felt entry for ${id}`);
  return f;
};
const main = (f: Felt): BackPatch[] => f.back.filter((p) => p.weight !== 'spill');
const allZones = (): [string, Felt][] => [
  ...Object.entries(content.felt).map(([id, f]) => [`felt.${id}`, f] as [string, Felt]),
  ...Object.entries(content.referral).map(([id, f]) => [`referral.${id}`, f] as [string, Felt]),
];

describe('the ordering tables', () => {
  it('rank every anchor of the schema, and nothing else', () => {
    expect(Object.keys(LEVEL).sort()).toEqual([...zoneLevel.options].sort());
    expect(Object.keys(EDGE).sort()).toEqual([...zoneEdge.options].sort());
  });
  it('put the blade between T1 and T8, top to bottom', () => {
    expect(lv('T1')).toBeLessThan(lv('scapula-top'));
    expect(lv('scapula-top')).toBeLessThan(lv('scapula-spine'));
    expect(lv('scapula-spine')).toBeLessThan(lv('scapula-bottom'));
    expect(lv('scapula-bottom')).toBeLessThan(lv('T8'));
  });
});

describe('where pain is felt', () => {
  it('places every cause, with at least one place and a source', () => {
    expect(content.causes).toHaveLength(52);
    for (const c of content.causes) {
      const f = zone(c.id);
      expect(f.back.length + f.elsewhere.length, c.id).toBeGreaterThan(0);
      expect(f.sources.length, c.id).toBeGreaterThan(0);
    }
    expect(Object.keys(content.felt).sort()).toEqual(content.causes.map((c) => c.id).sort());
  });

  it('draws every patch top to bottom and inside to outside', () => {
    const bad: string[] = [];
    for (const [path, f] of allZones())
      f.back.forEach((p, i) => {
        if (lv(p.top) > lv(p.bottom)) bad.push(`${path}.back[${i}]: top ${p.top} is below bottom ${p.bottom}`);
        if (ed(p.inner) >= ed(p.outer)) bad.push(`${path}.back[${i}]: inner ${p.inner} is not medial to outer ${p.outer}`);
      });
    expect(bad).toEqual([]);
  });

  it('VIS-06 (gall bladder): right side only, reaching below the bottom of the shoulder blade', () => {
    const f = zone('VIS-06');
    expect(f.back.length).toBeGreaterThan(0);
    for (const p of f.back) expect(p.side).toBe('right');
    expect(f.back.some((p) => lv(p.bottom) > lv('scapula-bottom'))).toBe(true);
    expect(f.elsewhere).toEqual(expect.arrayContaining(['right-upper-belly', 'shoulder-right']));
    expect(f.elsewhere.filter((r) => r.includes('left'))).toEqual([]);
  });

  it('VIS-01 (heart): the interscapular band on both sides, both arms and the jaw', () => {
    const f = zone('VIS-01');
    const band = main(f).find(
      (p) => p.side === 'both' && p.inner === 'midline' && ed(p.outer) >= ed('scapula-medial') && lv(p.top) <= lv('T2') && lv(p.bottom) >= lv('T5'),
    );
    expect(band).toBeDefined();
    expect(f.elsewhere).toEqual(expect.arrayContaining(['arm-left', 'arm-right', 'jaw', 'chest-middle']));
  });

  it('VIS-07 (pancreas): a band at T10–L1 that crosses the midline, below the shoulder blades', () => {
    const f = zone('VIS-07');
    const band = main(f).find((p) => p.side === 'both' && p.inner === 'midline' && p.top === 'T10' && lv(p.bottom) >= lv('L1'));
    expect(band).toBeDefined();
    for (const p of f.back) expect(lv(p.top), 'pancreatic pain is below the interscapular region').toBeGreaterThan(lv('scapula-bottom'));
    expect(f.elsewhere).toContain('upper-belly');
  });

  it('NEU-04 (shingles): a band from the midline to the flank over a few levels, and round to the front', () => {
    const f = zone('NEU-04');
    const band = f.back.find((p) => p.inner === 'midline' && p.outer === 'flank');
    expect(band).toBeDefined();
    const levels = lv(band!.bottom) - lv(band!.top) + 1;
    expect(levels).toBeGreaterThanOrEqual(1);
    expect(levels).toBeLessThanOrEqual(4);
    expect(f.elsewhere.some((r) => r.startsWith('ribs-front'))).toBe(true);
  });

  it("Cloward's C6–C7 area lies between the shoulder blades, at the inferior angle, and NEU-02 draws it", () => {
    const c67 = CLOWARD['C6-C7'];
    expect(ed(c67.outer), 'not lateral to the medial border').toBeLessThanOrEqual(ed('scapula-medial'));
    expect(lv(c67.top)).toBeGreaterThanOrEqual(lv('scapula-top'));
    expect(lv(c67.bottom)).toBeLessThanOrEqual(lv('T8'));
    expect(lv(c67.bottom), 'the region of the inferior angle').toBeGreaterThanOrEqual(lv('T6'));
    expect(zone('NEU-02').back).toContainEqual(c67);
  });

  it("Cloward's front-lateral areas move down the back as the disc level goes down", () => {
    const order = ['C3-C4', 'C4-C5', 'C5-C6', 'C6-C7'] as const;
    for (let i = 1; i < order.length; i++) {
      const above = CLOWARD[order[i - 1]!];
      const below = CLOWARD[order[i]!];
      expect(lv(below.top), `${order[i]} is not below ${order[i - 1]}`).toBeGreaterThan(lv(above.top));
    }
    expect(CLOWARD['front-centre'].inner).toBe('midline');
  });

  it('VIS-04 (pericarditis) is on the trapezius ridge, above and not between the shoulder blades', () => {
    for (const p of zone('VIS-04').back) expect(lv(p.bottom)).toBeLessThanOrEqual(lv('scapula-top'));
  });

  it('the kidney (OTH-07) is felt low at the flank and in the groin, below the shoulder blades', () => {
    const f = zone('OTH-07');
    for (const p of f.back) expect(lv(p.top)).toBeGreaterThan(lv('T8'));
    expect(f.back.some((p) => p.outer === 'flank')).toBe(true);
    expect(f.elsewhere).toContain('groin');
  });

  it('the aorta (VIS-02) is felt high between the blades, with a spill lower down the back', () => {
    const f = zone('VIS-02');
    const high = main(f).find((p) => p.inner === 'midline' && lv(p.top) <= lv('T2'));
    const low = f.back.find((p) => p.weight === 'spill' && lv(p.top) > lv(high?.top ?? 'C2') && lv(p.bottom) > lv('scapula-bottom'));
    expect(high).toBeDefined();
    expect(low).toBeDefined();
  });
});

describe('trigger-point referral maps', () => {
  it('are given only for muscles, and at least for the thirteen the issue names', () => {
    for (const id of Object.keys(content.referral)) expect(structureById(id)?.kind, id).toBe('muscle');
    const named = [
      'trapezius', 'latissimus-dorsi', 'rhomboid-major', 'rhomboid-minor', 'levator-scapulae', 'serratus-posterior-superior', 'serratus-posterior-inferior',
      'splenius-capitis', 'splenius-cervicis', 'iliocostalis', 'longissimus', 'multifidus', 'semispinalis',
    ];
    expect(Object.keys(content.referral)).toEqual(expect.arrayContaining(named));
    for (const f of Object.values(content.referral)) expect(f.sources).toContain('travell-simons-1999');
  });

  it('rhomboid major refers along the medial border, between the blade and the spine', () => {
    const f = content.referral['rhomboid-major']!;
    expect(f.back.length).toBeGreaterThan(0);
    for (const p of main(f)) {
      expect(p.outer).toBe('scapula-medial');
      expect(ed(p.inner)).toBeGreaterThanOrEqual(ed('paraspinal'));
      expect(lv(p.top)).toBeGreaterThanOrEqual(lv('scapula-top'));
      expect(lv(p.bottom)).toBeLessThanOrEqual(lv('scapula-bottom'));
    }
  });

  it('rhomboid minor sits at the upper end of the medial border, above rhomboid major’s lower end', () => {
    const minor = content.referral['rhomboid-minor']!.back;
    for (const p of minor) {
      expect(p.outer).toBe('scapula-medial');
      expect(lv(p.bottom)).toBeLessThanOrEqual(lv('T4'));
    }
  });

  it('latissimus dorsi refers around the inferior angle and down the arm to the hand (ulnar side)', () => {
    const f = content.referral['latissimus-dorsi']!;
    expect(main(f).some((p) => lv(p.top) <= lv('scapula-bottom') && lv(p.bottom) >= lv('scapula-bottom'))).toBe(true);
    expect(f.elsewhere).toEqual(expect.arrayContaining(['arm-left', 'arm-right', 'hand-left', 'hand-right']));
  });

  it('serratus posterior inferior stays below the interscapular region', () => {
    for (const p of content.referral['serratus-posterior-inferior']!.back) expect(lv(p.top)).toBeGreaterThan(lv('T8'));
  });
});

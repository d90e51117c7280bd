import { describe, expect, it } from 'vitest';
import { causeById, causes, causesForStructure, structureById, warningSigns } from '../../content/index';

const tIds = Array.from({ length: 12 }, (_, i) => `t${i + 1}`);
const ribIds = Array.from({ length: 12 }, (_, i) => `rib-${i + 1}`);

/** anatomy-facts.md §2.6: when a user clicks these structures, show `first`, then `also`. */
const CLICK_MAP: { structures: string[]; first: string[]; also: string[] }[] = [
  { structures: ['trapezius'], first: ['MSK-02', 'MSK-03', 'MSK-01'], also: ['VIS-04', 'TRA-02', 'OTH-04'] },
  { structures: ['latissimus-dorsi'], first: ['MSK-01', 'MSK-03'], also: ['MSK-09', 'VIS-06'] },
  { structures: ['rhomboid-major', 'rhomboid-minor'], first: ['MSK-04', 'MSK-03', 'MSK-02'], also: ['NEU-03', 'NEU-01', 'NEU-02', 'VIS-01'] },
  { structures: ['levator-scapulae'], first: ['MSK-03', 'MSK-02'], also: ['NEU-03', 'NEU-01', 'TRA-02', 'VIS-10'] },
  { structures: ['serratus-posterior-superior'], first: ['MSK-03'], also: ['NEU-01', 'OTH-06', 'VIS-10'] },
  { structures: ['serratus-posterior-inferior'], first: ['MSK-01'], also: ['OTH-07', 'MSK-09'] },
  { structures: ['splenius-capitis', 'splenius-cervicis'], first: ['MSK-02', 'MSK-03'], also: ['TRA-02', 'NEU-01'] },
  { structures: ['iliocostalis', 'longissimus', 'spinalis'], first: ['MSK-01', 'MSK-06', 'MSK-07'], also: ['MSK-09', 'MSK-11', 'MSK-10'] },
  {
    structures: ['semispinalis', 'multifidus', 'rotatores', 'levatores-costarum', 'interspinales', 'intertransversarii'],
    first: ['MSK-06', 'MSK-07'],
    also: ['MSK-08', 'MSK-11'],
  },
  { structures: tIds, first: ['MSK-06', 'MSK-08', 'MSK-09'], also: ['VIS-11', 'OTH-03', 'MSK-11'] },
  { structures: ribIds, first: ['MSK-07', 'TRA-01'], also: ['VIS-03', 'VIS-05', 'NEU-04'] },
  { structures: ['scapula'], first: ['MSK-05'], also: ['TRA-01', 'VIS-06', 'VIS-10'] },
];

const relevance = (causeId: string, structure: string) => causeById(causeId)?.involves.find((i) => i.structure === structure)?.relevance;

describe('causes', () => {
  it('has the 40 causes of the fact sheet and the 12 added by issue 12 (52: eleven new causes and the minor knock, TRA-04), in all five groups', () => {
    expect(causes.length).toBeGreaterThanOrEqual(25);
    const expected = [
      ...Array.from({ length: 16 }, (_, i) => `MSK-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 8 }, (_, i) => `NEU-0${i + 1}`),
      ...Array.from({ length: 16 }, (_, i) => `VIS-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 4 }, (_, i) => `TRA-0${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `OTH-0${i + 1}`),
    ];
    expect(causes.map((c) => c.id).sort()).toEqual(expected.sort());
    expect(new Set(causes.map((c) => c.group))).toEqual(new Set(['musculoskeletal', 'neurological', 'visceral', 'trauma', 'other']));
  });

  it('includes the seed causes', () => {
    const strain = causeById('MSK-01');
    expect(strain?.name.patient).toMatch(/muscle strain/i);
    expect(strain?.keywords).toEqual(expect.arrayContaining(['lifting', 'sport']));
    const posture = causeById('MSK-02');
    expect(posture?.name.patient).toMatch(/posture/i);
    expect(posture?.keywords).toEqual(expect.arrayContaining(['desk', 'standing all day']));
    const trauma = causeById('TRA-01');
    expect(trauma?.keywords).toEqual(expect.arrayContaining(['fall', 'accident']));
    expect(trauma?.feelsLike.patient).toMatch(/numbness, tingling/);
    expect(trauma?.feelsLike.patient).toMatch(/arms/);
    const heart = causeById('VIS-01');
    expect(heart?.name.patient).toBe('Heart attack');
    expect(heart?.urgency).toBe('emergency');
  });

  it('points only at known structures', () => {
    for (const c of causes) for (const i of c.involves) expect(structureById(i.structure), `${c.id} → ${i.structure}`).toBeDefined();
  });

  it('links warning signs both ways', () => {
    for (const c of causes) for (const id of c.warningSigns) expect(warningSigns.find((w) => w.id === id)?.causes, `${c.id} ↔ ${id}`).toContain(c.id);
    for (const w of warningSigns) for (const id of w.causes) expect(causeById(id)?.warningSigns, `${w.id} ↔ ${id}`).toContain(w.id);
  });

  it('maps the heart attack to the interscapular band as "also consider"', () => {
    for (const id of ['rhomboid-major', 'trapezius', ...tIds.slice(0, 6)]) expect(relevance('VIS-01', id), id).toBe('secondary');
  });

  describe('follows the click-through map (§2.6)', () => {
    for (const row of CLICK_MAP) {
      const label = row.structures.length > 3 ? `${row.structures[0]}…${row.structures.at(-1)}` : row.structures.join(', ');
      it(label, () => {
        for (const s of row.structures) {
          for (const id of row.first) expect(relevance(id, s), `${id} on ${s} (show first)`).toBe('primary');
          const primaries = causes.filter((c) => relevance(c.id, s) === 'primary').map((c) => c.id);
          expect(primaries.filter((id) => !row.first.includes(id)), `unexpected primaries on ${s}`).toEqual([]);
        }
        for (const id of row.also) {
          const onSome = row.structures.some((s) => relevance(id, s) === 'secondary');
          expect(onSome, `${id} as "also consider" on ${label}`).toBe(true);
        }
      });
    }
  });
});

describe('causesForStructure', () => {
  it('orders emergency causes first, then primary, then secondary, stable within each', () => {
    const list = causesForStructure('rhomboid-major');
    const rank = (r: (typeof list)[number]) => (r.cause.urgency === 'emergency' ? 0 : r.relevance === 'primary' ? 1 : 2);
    expect(list.map(rank)).toEqual([...list.map(rank)].sort((a, b) => a - b));
    expect(list[0]?.cause.id).toBe('VIS-01');
    const primaries = list.filter((r) => rank(r) === 1).map((r) => r.cause.id);
    expect(primaries).toEqual(causes.filter((c) => c.urgency !== 'emergency' && relevance(c.id, 'rhomboid-major') === 'primary').map((c) => c.id));
  });

  it('returns every cause that involves the structure, and nothing for an unknown id', () => {
    const ids = causesForStructure('t7').map((r) => r.cause.id).sort();
    expect(ids).toEqual(causes.filter((c) => c.involves.some((i) => i.structure === 't7')).map((c) => c.id).sort());
    expect(causesForStructure('no-such-structure')).toEqual([]);
  });
});

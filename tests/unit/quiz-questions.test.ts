// Quiz question generation (issue 15): every question has exactly one right answer, its distractors are real
// structures (or causes, layers) of a plausible kind and distinct, and a seed gives the same round every time.
import { describe, expect, it } from 'vitest';
import { causes, structures } from '../../content';
import { LAYERS } from '../../contract';
import { FINDABLE, firstSentence, generateRound, isRightPick, layersFor, seededRandom, vignette, type Question } from '../../src/quiz/questions';

const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const MODES = ['patient', 'clinician'] as const;
const rounds = MODES.flatMap((mode) => SEEDS.map((seed) => ({ mode, seed, round: generateRound({ structures, causes, mode, seed }) })));
const all: { mode: (typeof MODES)[number]; q: Question }[] = rounds.flatMap((r) => r.round.map((q) => ({ mode: r.mode, q })));
const structureById = new Map(structures.map((s) => [s.id, s]));
const causeById = new Map(causes.map((c) => [c.id, c]));

describe('quiz questions', () => {
  it('a round has about ten questions, no question twice, and mixes the kinds', () => {
    for (const { mode, round } of rounds) {
      expect(round.length).toBe(10);
      expect(new Set(round.map((q) => q.key)).size).toBe(round.length);
      const kinds = new Set(round.map((q) => q.kind));
      expect(kinds.has('find-it')).toBe(true);
      expect(kinds.has('name-it')).toBe(true);
      expect(kinds.has('which-cause')).toBe(true);
      if (mode === 'clinician') expect(['origin', 'insertion', 'innervation'].filter((k) => kinds.has(k as never)).length).toBe(3);
      else expect(kinds.has('which-layer')).toBe(true);
      // At least one vignette is a warning-sign (emergency) cause.
      expect(round.some((q) => q.kind === 'which-cause' && causeById.get(q.answer)?.urgency === 'emergency')).toBe(true);
    }
  });

  it('is deterministic with a seed, and different seeds give different rounds', () => {
    const a = generateRound({ structures, causes, mode: 'patient', seed: 42 });
    const b = generateRound({ structures, causes, mode: 'patient', seed: 42 });
    expect(b).toEqual(a);
    const c = generateRound({ structures, causes, mode: 'patient', seed: 43 });
    expect(c.map((q) => q.key)).not.toEqual(a.map((q) => q.key));
    const r1 = seededRandom(5);
    const r2 = seededRandom(5);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });

  it('every choice question has exactly one right answer among distinct choices', () => {
    for (const { q } of all) {
      if (q.kind === 'find-it') {
        expect(q.choices).toEqual([]);
        continue;
      }
      expect(q.choices.length).toBe(4);
      expect(q.choices.filter((c) => c.id === q.answer)).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
      expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
      for (const c of q.choices) expect(c.label.trim().length).toBeGreaterThan(1);
    }
  });

  it('"find it" asks for a real structure that can be seen once the outer layers are peeled', () => {
    for (const { q } of all.filter((x) => x.q.kind === 'find-it')) {
      const s = structureById.get(q.answer);
      expect(s).toBeDefined();
      expect(FINDABLE).toContain(q.answer);
      expect(q.layers[0]).toBe(s?.layer);
      expect(q.prompt).toContain(s?.name.toLowerCase());
      expect(isRightPick(q, q.answer)).toBe(true);
      expect(isRightPick(q, 'skin')).toBe(false);
    }
  });

  it('"name it" distractors are real structures of the same kind, the same layer where there are enough', () => {
    for (const { q } of all.filter((x) => x.q.kind === 'name-it')) {
      const answer = structureById.get(q.answer);
      expect(answer).toBeDefined();
      expect(q.lit?.split('.')[0]).toBe(q.answer);
      expect(q.layers).toContain(answer?.layer);
      const sameLayerCount = structures.filter((s) => s.kind === answer?.kind && s.layer === answer?.layer).length;
      for (const c of q.choices) {
        const s = structureById.get(c.id);
        expect(s, c.id).toBeDefined();
        expect(s?.kind).toBe(answer?.kind);
        expect(c.label).toBe(s?.name);
        if (sameLayerCount >= 4) expect(s?.layer).toBe(answer?.layer);
      }
    }
  });

  it('"which layer" offers the four layers of the back and the structure\'s own is right', () => {
    for (const { q } of all.filter((x) => x.q.kind === 'which-layer')) {
      expect(q.choices.map((c) => c.id).every((id) => (LAYERS as readonly string[]).includes(id))).toBe(true);
      expect(structureById.get(q.subject.id)?.layer).toBe(q.answer);
    }
  });

  it('anatomy questions (clinician mode only) never offer two muscles whose fact could both fit', () => {
    const anatomy = all.filter((x) => ['origin', 'insertion', 'innervation'].includes(x.q.kind));
    expect(anatomy.length).toBeGreaterThan(0);
    for (const { mode, q } of anatomy) {
      expect(mode).toBe('clinician');
      const answer = structureById.get(q.answer);
      expect(answer?.kind).toBe('muscle');
      for (const c of q.choices) expect(structureById.get(c.id)?.kind).toBe('muscle');
      if (q.kind === 'innervation') {
        expect(q.choices.find((c) => c.id === q.answer)?.label).toBe(firstSentence(answer?.anatomy?.innervation.clinician ?? ''));
        // Rhomboid major and minor (one nerve), or two deep muscles (dorsal rami), are never offered together.
        const ids = q.choices.map((c) => c.id);
        expect(ids.filter((id) => ['rhomboid-major', 'rhomboid-minor', 'levator-scapulae'].includes(id)).length).toBeLessThanOrEqual(1);
        expect(ids.filter((id) => structureById.get(id)?.layer === 'intrinsic').length).toBeLessThanOrEqual(1);
      } else {
        const kind = q.kind === 'origin' ? 'origin' : 'insertion';
        expect(q.prompt).toContain(firstSentence(answer?.anatomy?.[kind].clinician ?? ''));
      }
    }
  });

  it('"which cause fits?" is built from the cause\'s features and offers causes from other groups', () => {
    for (const { mode, q } of all.filter((x) => x.q.kind === 'which-cause')) {
      const c = causeById.get(q.answer);
      expect(c).toBeDefined();
      if (!c) continue;
      expect(q.prompt).toBe(`Which cause fits? ${vignette(c, mode)}`);
      // Built from the cause's own features, and never naming it: "can be a heart attack" would give it away.
      const text = `${c.feelsLike[mode]} ${c.whoItAffects[mode]}`;
      const kept = vignette(c, mode);
      expect(kept.length).toBeGreaterThanOrEqual(60);
      for (const sentence of kept.split(/(?<=[.!?])\s+/)) expect(text).toContain(sentence);
      for (const name of [c.name.patient, c.name.clinician]) expect(q.prompt.toLowerCase()).not.toContain(name.toLowerCase());
      expect(q.subject).toEqual({ kind: 'cause', id: q.answer });
      const groups = q.choices.map((ch) => causeById.get(ch.id)?.group);
      expect(new Set(groups).size).toBe(groups.length);
      for (const ch of q.choices) expect(ch.label).toBe(causeById.get(ch.id)?.name[mode]);
    }
  });

  it('shows a structure in its own layer and the deeper ones', () => {
    expect(layersFor('superficial')).toEqual(['superficial', 'intermediate', 'intrinsic', 'skeleton']);
    expect(layersFor('intrinsic')).toEqual(['intrinsic', 'skeleton']);
    expect(layersFor('skeleton')).toEqual(['skeleton']);
  });
});

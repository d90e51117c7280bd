// Quiz questions generated from the content (issue 15). Pure: the same content, wording and seed give the same
// round, so tests can check every question. Rules every question keeps:
// - exactly one right answer among its choices (or, for "find it", one right structure to pick);
// - distractors are real structures (or causes, layers) of a plausible kind: the same kind, the same layer where
//   there are enough, and distinct from each other and from the answer;
// - where two structures' facts could both fit (rhomboid major and minor share a nerve; several deep muscles
//   share a tendon of origin), they are never offered together (the keys below).
import { LAYER_LABELS, LAYERS_OUTSIDE_IN, type Layer } from '../../contract';
import type { Cause, Mode, Structure } from '../../content/types';
import { seededRandom } from '../seeded-random';

export type QuestionKind = 'find-it' | 'name-it' | 'which-layer' | 'origin' | 'insertion' | 'innervation' | 'which-cause';

export interface Choice {
  /** Structure id, cause id or layer. */
  id: string;
  label: string;
}

export interface Question {
  /** Unique within a round. */
  key: string;
  kind: QuestionKind;
  /** What is asked, in the round's wording. */
  prompt: string;
  /** For choice questions; empty for "find it". */
  choices: Choice[];
  /** The right choice id, or for "find it" the structure id to pick. */
  answer: string;
  /** What the answer is about: a structure (shown after the answer) or a cause (its panel). */
  subject: { kind: 'structure'; id: string } | { kind: 'cause'; id: string };
  /** The layers shown while asking. */
  layers: Layer[];
  /** The model node lit (x-rayed and framed) while asking; null for none. */
  lit: string | null;
}

export { seededRandom };

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function pick<T>(items: readonly T[], rand: () => number): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * Structures a "find it" question can ask for: each is in plain sight from behind once the layers outside its own
 * are peeled (so a tap can reach it). Paired structures are right on either side.
 */
export const FINDABLE = [
  'trapezius',
  'latissimus-dorsi',
  'serratus-posterior-superior',
  'serratus-posterior-inferior',
  'splenius-capitis',
  'iliocostalis',
  'longissimus',
  'scapula',
  'sacrum',
  'hip-bone',
] as const;

/** Muscles too small or deep to make out when lit; offered as names, never asked to be named from the model. */
const TOO_SMALL_TO_SEE = new Set(['rotatores', 'levatores-costarum', 'interspinales', 'intertransversarii']);

/** Bones big enough to name on sight; the vertebrae and ribs are left to the list (T4 against T5 is a count). */
const NAMEABLE_BONES = ['scapula', 'clavicle', 'humerus', 'sacrum', 'hip-bone'] as const;

/** Nerve families: muscles sharing one could share an answer, so a question never offers two of a family. */
const NERVE_KEY: Record<string, string> = {
  trapezius: 'accessory',
  'latissimus-dorsi': 'thoracodorsal',
  'rhomboid-major': 'dorsal-scapular',
  'rhomboid-minor': 'dorsal-scapular',
  'levator-scapulae': 'dorsal-scapular',
  'serratus-posterior-superior': 'upper-intercostal',
  'serratus-posterior-inferior': 'lower-intercostal',
};
const nerveKey = (s: Structure): string => NERVE_KEY[s.id] ?? (s.layer === 'intrinsic' ? 'dorsal-rami' : s.id);

/** Muscles whose origin, and whose insertion, no other muscle of the list shares closely enough to be mistaken. */
const DISTINCT_ORIGINS = ['trapezius', 'latissimus-dorsi', 'rhomboid-major', 'levator-scapulae', 'serratus-posterior-superior', 'serratus-posterior-inferior'];
const DISTINCT_INSERTIONS = [
  'trapezius',
  'latissimus-dorsi',
  'rhomboid-major',
  'levator-scapulae',
  'serratus-posterior-superior',
  'serratus-posterior-inferior',
  'splenius-capitis',
  'splenius-cervicis',
];

/**
 * Causes whose descriptions tell them apart from each other across groups, for "which cause fits?". Causes of one
 * group (a heart attack and angina, say) are never offered together; emergencies (warning signs) included.
 */
const VIGNETTE_CAUSES = [
  'VIS-01',
  'VIS-02',
  'VIS-03',
  'VIS-06',
  'NEU-07',
  'MSK-02',
  'MSK-03',
  'MSK-09',
  'MSK-11',
  'NEU-01',
  'NEU-04',
  'NEU-05',
  'OTH-02',
  'OTH-07',
  'TRA-02',
];
/** Choices per question: the answer and three distractors. */
const CHOICES = 4;

/** First sentence of a text (the rest is detail a choice does not need). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.;])(\s|$)/.exec(text);
  return (m?.[1] ?? text).replace(/[;]$/, '.');
}

/** The layers shown for a question about a structure: its own and every deeper one, so it is in plain sight. */
export function layersFor(layer: Layer): Layer[] {
  if (layer === 'skin') return ['skin', 'superficial', 'intermediate', 'intrinsic', 'skeleton'];
  return LAYERS_OUTSIDE_IN.slice(LAYERS_OUTSIDE_IN.indexOf(layer)).filter((l) => l !== 'skin');
}

const DEFAULT_VIEW: Layer[] = ['superficial', 'intermediate', 'intrinsic', 'skeleton'];
const nodeOf = (s: Structure): string => (s.paired ? `${s.id}.left` : s.id);

export interface RoundInput {
  structures: readonly Structure[];
  causes: readonly Cause[];
  mode: Mode;
  seed: number;
  /** About ten; the kinds are mixed in a fixed proportion. */
  count?: number;
}

/** Up to `n` items of `pool`, none sharing a key with `taken` or with each other. */
/** Characters a vignette needs, once the sentences naming the cause are gone, to be a fair question. */
const MIN_VIGNETTE = 60;

/** Words of a cause's names that would give the answer away if a vignette used them ("heart attack"). */
function giveaways(c: Cause): string[] {
  return [c.name.patient, c.name.clinician]
    .flatMap((n) => n.split(/\s*(?:\/|\(|\)|;)\s*/))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length >= 5);
}

/**
 * The vignette of a "which cause fits?" question: what the cause feels like and whom it affects, in the
 * current wording, without any sentence that names the cause itself.
 */
export function vignette(c: Cause, mode: Mode): string {
  const names = giveaways(c);
  return `${c.feelsLike[mode]} ${c.whoItAffects[mode]}`
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !names.some((n) => sentence.toLowerCase().includes(n)))
    .join(' ');
}

function distinctBy<T>(pool: readonly T[], key: (t: T) => string, taken: readonly string[], n: number, rand: () => number): T[] {
  const used = new Set(taken);
  const out: T[] = [];
  for (const item of shuffle(pool, rand)) {
    if (out.length >= n) break;
    const k = key(item);
    if (used.has(k)) continue;
    used.add(k);
    out.push(item);
  }
  return out;
}

/** Other structures of the same kind, the same layer first, then the rest of that kind; distinct names. */
function sameKindDistractors(answer: Structure, pool: readonly Structure[], rand: () => number): Structure[] {
  const others = pool.filter((s) => s.id !== answer.id && s.kind === answer.kind && s.name !== answer.name);
  const sameLayer = shuffle(others.filter((s) => s.layer === answer.layer), rand);
  const rest = shuffle(others.filter((s) => s.layer !== answer.layer), rand);
  return [...sameLayer, ...rest].slice(0, CHOICES - 1);
}

export function generateRound({ structures, causes, mode, seed, count = 10 }: RoundInput): Question[] {
  const rand = seededRandom(seed);
  const byId = new Map(structures.map((s) => [s.id, s]));
  const muscles = structures.filter((s) => s.kind === 'muscle' && s.anatomy);
  const nameable = [...muscles, ...NAMEABLE_BONES.flatMap((id) => byId.get(id) ?? [])];
  const litAnswers = nameable.filter((s) => !TOO_SMALL_TO_SEE.has(s.id));
  const used = new Set<string>();
  const fresh = <T extends { id: string }>(pool: readonly T[], tag: string): T | undefined => {
    const left = pool.filter((p) => !used.has(`${tag}:${p.id}`));
    if (left.length === 0) return undefined;
    const item = pick(left, rand);
    used.add(`${tag}:${item.id}`);
    return item;
  };
  const asChoices = (items: readonly Choice[]): Choice[] => shuffle(items, rand);

  const findIt = (): Question | undefined => {
    const s = fresh(FINDABLE.flatMap((id) => byId.get(id) ?? []), 'find');
    if (!s) return undefined;
    return {
      key: `find-it:${s.id}`,
      kind: 'find-it',
      prompt: `Find the ${s.name.toLowerCase()} on the model and tap it.`,
      choices: [],
      answer: s.id,
      subject: { kind: 'structure', id: s.id },
      layers: layersFor(s.layer),
      lit: null,
    };
  };

  const nameIt = (): Question | undefined => {
    const s = fresh(litAnswers, 'name');
    if (!s) return undefined;
    const others = sameKindDistractors(s, nameable, rand);
    return {
      key: `name-it:${s.id}`,
      kind: 'name-it',
      prompt: mode === 'patient' ? 'What is the part lit on the model called?' : 'Name the structure highlighted on the model.',
      choices: asChoices([s, ...others].map((o) => ({ id: o.id, label: o.name }))),
      answer: s.id,
      subject: { kind: 'structure', id: s.id },
      layers: layersFor(s.layer),
      lit: nodeOf(s),
    };
  };

  const whichLayer = (): Question | undefined => {
    const s = fresh(muscles, 'layer');
    if (!s) return undefined;
    const layers: Layer[] = ['superficial', 'intermediate', 'intrinsic', 'skeleton'];
    return {
      key: `which-layer:${s.id}`,
      kind: 'which-layer',
      prompt: `Which layer is the ${s.name.toLowerCase()} in?`,
      choices: layers.map((l) => ({ id: l, label: LAYER_LABELS[l] })),
      answer: s.layer,
      subject: { kind: 'structure', id: s.id },
      layers: DEFAULT_VIEW,
      lit: null,
    };
  };

  const anatomy = (kind: 'origin' | 'insertion' | 'innervation'): Question | undefined => {
    if (kind === 'innervation') {
      const s = fresh(muscles, 'nerve');
      if (!s?.anatomy) return undefined;
      const others = distinctBy(muscles, nerveKey, [nerveKey(s)], CHOICES - 1, rand);
      return {
        key: `innervation:${s.id}`,
        kind,
        prompt: `What is the nerve supply of the ${s.name.toLowerCase()}?`,
        choices: asChoices([s, ...others].map((o) => ({ id: o.id, label: firstSentence(o.anatomy?.innervation.clinician ?? '') }))),
        answer: s.id,
        subject: { kind: 'structure', id: s.id },
        layers: layersFor(s.layer),
        lit: nodeOf(s),
      };
    }
    const allowed = (kind === 'origin' ? DISTINCT_ORIGINS : DISTINCT_INSERTIONS).flatMap((id) => byId.get(id) ?? []);
    const s = fresh(allowed, kind);
    if (!s?.anatomy) return undefined;
    const others = shuffle(allowed.filter((o) => o.id !== s.id), rand).slice(0, CHOICES - 1);
    const fact = firstSentence(s.anatomy[kind].clinician);
    return {
      key: `${kind}:${s.id}`,
      kind,
      prompt: kind === 'origin' ? `Which muscle arises here? ${fact}` : `Which muscle inserts here? ${fact}`,
      choices: asChoices([s, ...others].map((o) => ({ id: o.id, label: o.name }))),
      answer: s.id,
      subject: { kind: 'structure', id: s.id },
      layers: DEFAULT_VIEW,
      lit: null,
    };
  };

  const vignettePool = VIGNETTE_CAUSES.flatMap((id) => causes.find((c) => c.id === id) ?? []);
  const whichCause = (emergency: boolean): Question | undefined => {
    // A cause whose description is mostly its own name cannot be asked this way.
    const pool = vignettePool.filter((c) => (c.urgency === 'emergency') === emergency && vignette(c, mode).length >= MIN_VIGNETTE);
    const c = fresh(pool, 'cause');
    if (!c) return undefined;
    const others = distinctBy(vignettePool.filter((o) => o.id !== c.id), (o) => o.group, [c.group], CHOICES - 1, rand);
    return {
      key: `which-cause:${c.id}`,
      kind: 'which-cause',
      prompt: `Which cause fits? ${vignette(c, mode)}`,
      choices: asChoices([c, ...others].map((o) => ({ id: o.id, label: o.name[mode] }))),
      answer: c.id,
      subject: { kind: 'cause', id: c.id },
      layers: DEFAULT_VIEW,
      lit: null,
    };
  };

  // The mix: finding and naming on the model, layers, anatomy for clinicians, and vignettes (one or more urgent).
  const [a0 = 'origin', a1 = 'insertion', a2 = 'innervation'] = shuffle(['origin', 'insertion', 'innervation'] as const, rand);
  const plan: (() => Question | undefined)[] =
    mode === 'clinician'
      ? [findIt, nameIt, () => anatomy(a0), () => whichCause(true), findIt, () => anatomy(a1), whichLayer, nameIt, () => whichCause(false), () => anatomy(a2)]
      : [findIt, nameIt, whichLayer, () => whichCause(true), findIt, nameIt, () => whichCause(false), whichLayer, findIt, () => whichCause(rand() < 0.5)];
  const out: Question[] = [];
  for (let i = 0; out.length < count && i < plan.length * 3; i++) {
    const q = plan[i % plan.length]?.();
    if (q) out.push(q);
  }
  return out;
}

/** Whether a pick (a model node or structure id) answers a "find it" question: either side counts. */
export function isRightPick(q: Question, structureId: string): boolean {
  return q.kind === 'find-it' && structureId === q.answer;
}

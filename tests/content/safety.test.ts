// Safety consistency over ALL content (issue 12): nothing a patient reads may make them wait when they should
// call for help, and the tiers and the advice texts say the same thing.
//
// THE RULE, precisely. Texts are the `patient` wordings of every claim, name and title (content/validate.ts
// patientTexts: structures, causes, warning tiers, warning signs, disclaimer). A text is split into sentences at
// ". ", "! " and "? ". A sentence NAMES a danger feature when it matches one of these (case-insensitive):
//   breathless      short of breath, shortness of breath, breathless(ness), trouble/difficulty breathing,
//                   hard/difficult to breathe, struggling to breathe, cannot breathe, out of breath
//   chest pressure  pressure, squeezing, tightness, heaviness or crushing (not "blood pressure") AND "chest"
//   fainting        faint, fainting, fainted, faintness, pass(ed) out, black(ed) out
//   coughing blood  cough(ing) (up) blood, blood in your spit/phlegm/sputum
//   fever + yellow  yellow skin/eyes or jaundice AND fever, chills, shivering or rigors in the same sentence
//   limb weakness   weak(ness), numb(ness), paralysed, cannot/hard to move AND leg(s), foot/feet or arms (plural).
//                   A single "arm" or "hand" is left out on purpose: one arm slowly getting weaker with neck pain is
//                   usually a nerve root (Tier B, same day); sudden one-limb weakness is named in A4 anyway.
// A sentence CALLS NOW when it contains "call <number> now" (or "right away", "at once", "immediately", "straight
// away"), where <number> is the clinic's emergency number, one of the listed common numbers, or the words "your
// local emergency number". "Call for help", "get help now", "call 911 if …" (no "now") and "go to the emergency room"
// do not count.
//   R1  Cause, structure and tier texts: for every feature a text names, the SAME text has a sentence that calls
//       now and either names that same feature or is unconditional (no "if", "when", "unless", "in case").
//   R2  No sentence anywhere (signs included) weakens a feature with a qualifier just before it ("very short of
//       breath", "severely breathless", "a bit faint"): that wording implies milder forms can wait.
//   R3  No sentence anywhere names a feature together with a lesser action (same day, today, soon, see a doctor,
//       book, urgent care, get checked, heart check, get/call for help, go to the emergency room) unless that
//       same sentence also calls now.
//   R4  Every warning sign that names a feature is Tier A (the Tier A action carries the call; see R5).
// Negations: "no shortness of breath", "without a fever and yellow skin" still NAME the feature. This is the safe
// reading: a sentence that says a cause comes without breathlessness must still say what to do if it appears, so
// it needs a call-now in its text (R1) and cannot pair the feature with "see a doctor the same day" (R3).
// Further checks below: the Tier A action and every emergency cause start with the call (R5, R6); the number in
// every "call … now" is the clinic's (R7), and it changes with the clinic file alone; the tiers and advice agree on
// "soon", on the weeks before muscle pain needs a review, on cancer history (same day), and on pain on breathing
// (an emergency only with breathlessness, a racing heart or coughing blood).
//
// Checked against the pre-issue-12 content (commit 2a1fcbf): R4 fails on B7 ("pain in the back of your chest with
// shortness of breath", same-day) and B3 ("with a fever, yellow skin or eyes", same-day); R1 and R3 fail on VIS-09
// ("New squeezing chest pain needs a heart check first."; "Call 911 for …" without "now").
import { describe, expect, it, vi } from 'vitest';
import type { Content } from '../../content/types';
import { causes, clinic, content, emergencyNumbers, urgencyLabels, warningSigns, warningTiers } from '../../content/index';
import { patientTexts } from '../../content/validate';

export type Feature = 'breathless' | 'chest pressure' | 'fainting' | 'coughing blood' | 'fever + yellow' | 'limb weakness';

/** Key words of each feature (global, to find where they are), and what else the sentence must contain. */
const FEATURES: Record<Feature, { term: RegExp; context?: RegExp }> = {
  breathless: {
    term: /\b(?:short(?:ness)? of breath|breathless(?:ness)?|(?:trouble|difficulty) breathing|(?:hard|difficult) to breathe|struggl\w* to breathe|can(?:not|'t) breathe|out of breath)\b/gi,
  },
  'chest pressure': { term: /(?<!blood )\b(?:pressure|squeez\w*|tightness|heaviness|crushing)\b/gi, context: /\bchest\b/i },
  fainting: { term: /\b(?:faint(?:s|ed|ing|ness)?|pass(?:es|ed|ing)? out|black(?:s|ed)? out)\b/gi },
  'coughing blood': { term: /\b(?:cough\w*(?: up)? blood|blood in (?:your )?(?:spit|phlegm|sputum))\b/gi },
  'fever + yellow': {
    term: /\b(?:yellow(?:ing)? (?:skin|eyes)|yellow skin|jaundice)\b/gi,
    context: /\b(?:fever\w*|chills|shiver\w*|rigors?|high temperature)\b/i,
  },
  'limb weakness': {
    term: /\b(?:weak(?:er|ness)?|numb(?:ness)?|paraly[sz]\w*|(?:cannot|can't|hard to) move)\b/gi,
    context: /\b(?:legs?|foot|feet|arms)\b/i,
  },
};
const FEATURE_NAMES = Object.keys(FEATURES) as Feature[];

const NUMBERS = [...new Set([clinic.emergencyNumber, ...emergencyNumbers.map((e) => e.number)])];
const CALL_NOW = new RegExp(`\\bcall (?:${NUMBERS.join('|')}|your local emergency number)(?: \\([^)]*\\))? (?:now|right away|at once|immediately|straight away)\\b`, 'i');
const CONDITION = /\b(?:if|when|whenever|unless|in case)\b/i;
const WEAKENING = /\b(?:very|really|severely|badly|extremely|quite|slightly|mildly|a little|a bit|significantly|markedly|too|severe|serious|significant|marked|mild|slight)\s+(?:\w+\s+)?$/i;
const LESSER =
  /\b(?:same day|today|soon|within (?:a|one|two|three|a few|\d+) (?:days?|weeks?)|next few days|book|make a visit|see (?:a|your|the) (?:doctor|gp|clinician)|get seen|urgent care|get (?:it |this )?checked|heart check|get help|call for help|call your doctor|go to the emergency room)\b/i;

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The features a sentence names (negated or not: see the header). */
export function named(sentence: string): Feature[] {
  return FEATURE_NAMES.filter((f) => {
    const { term, context } = FEATURES[f];
    term.lastIndex = 0;
    return term.test(sentence) && (!context || context.test(sentence));
  });
}

export const callsNow = (sentence: string): boolean => CALL_NOW.test(sentence);

/** R1 for one text: the features it names that no call-now sentence of the same text covers. */
export function uncovered(text: string): Feature[] {
  const ss = sentences(text);
  const features = new Set(ss.flatMap(named));
  return [...features].filter((f) => !ss.some((s) => callsNow(s) && (named(s).includes(f) || !CONDITION.test(s))));
}

/** R2: "very short of breath" and the like. */
export function weakened(sentence: string): string[] {
  const out: string[] = [];
  for (const f of named(sentence)) {
    const term = new RegExp(FEATURES[f].term.source, 'gi');
    for (const m of sentence.matchAll(term)) if (WEAKENING.test(sentence.slice(0, m.index))) out.push(`${f}: "${m[0]}"`);
  }
  return out;
}

/** R3: a feature with a lesser action and no call in the same sentence. */
export const downgraded = (sentence: string): boolean => named(sentence).length > 0 && LESSER.test(sentence) && !callsNow(sentence);

const WORD_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10, twelve: 12 };
const num = (w: string): number => (/^\d+$/.test(w) ? Number(w) : (WORD_NUMBERS[w.toLowerCase()] ?? NaN));

/** Week spans like "two to four weeks" or "2–4 weeks", as "2-4". */
export function weekSpans(text: string): string[] {
  return [...text.matchAll(/\b(\w+)(?: to |\s?[–-]\s?)(\w+) weeks\b/gi)].map((m) => `${num(m[1]!)}-${num(m[2]!)}`);
}

/** Single durations like "within two weeks", "within 2 weeks", "in the next few days", as "2 weeks". */
export function durations(text: string): string[] {
  return [...text.matchAll(/\bwithin (?:the next )?(\w+) (day|week)s?\b/gi)].map((m) => `${num(m[1]!)} ${m[2]!.toLowerCase()}s`);
}

// ---------------------------------------------------------------------------------------------------------------

/** The rule's findings over one content object (so the same rule can be run on changed content). */
export function violations(c: Content): string[] {
  const out: string[] = [];
  const signPaths = new Set<string>();
  c.warningSigns.forEach((_, i) => signPaths.add(`content.warningSigns[${i}].sign.patient`));
  // The pain map's questions ask about a sign rather than advise; R8 below makes a "yes" call instead.
  c.painQuestions.forEach((_, i) => signPaths.add(`content.painQuestions[${i}].question.patient`));
  const where = (path: string): string => {
    const m = /^content\.(causes|warningSigns|structures|warningTiers)\[(\d+)\]/.exec(path);
    if (!m) return path;
    const item = (c[m[1] as 'causes'] as { id?: string; tier?: string }[])[Number(m[2])];
    return `${item?.id ?? item?.tier ?? m[0]}${path.slice(m[0].length)}`;
  };
  for (const { path, text } of patientTexts(c)) {
    const isSign = signPaths.has(path);
    if (!isSign) for (const f of uncovered(text)) out.push(`R1 ${where(path)}: names "${f}" but no sentence says to call the emergency number now: "${text}"`);
    for (const s of sentences(text)) {
      for (const w of weakened(s)) out.push(`R2 ${where(path)}: weakened ${w}: "${s}"`);
      if (downgraded(s)) out.push(`R3 ${where(path)}: names ${named(s).join(', ')} with a lesser action: "${s}"`);
    }
  }
  for (const sign of c.warningSigns) {
    const features = sentences(sign.sign.patient).flatMap(named);
    if (features.length > 0 && sign.tier !== 'emergency') out.push(`R4 warning sign ${sign.id} (${sign.tier}) names ${[...new Set(features)].join(', ')}: "${sign.sign.patient}"`);
  }
  // R8: a pain-map question that names a danger feature matches an emergency sign, so "yes" shows the call at once.
  const tierOf = new Map(c.warningSigns.map((w) => [w.id, w.tier]));
  for (const q of c.painQuestions) {
    const features = sentences(q.question.patient).flatMap(named);
    if (features.length > 0 && !q.signs.some((id) => tierOf.get(id) === 'emergency'))
      out.push(`R8 pain question "${q.id}" names ${[...new Set(features)].join(', ')} but matches no emergency sign: "${q.question.patient}"`);
  }
  return out;
}

describe('the rule itself (it must be able to fail)', () => {
  it('finds each feature, and leaves ordinary sentences alone', () => {
    expect(named('Pain in the back of your chest with shortness of breath.')).toEqual(['breathless']);
    expect(named('A squeezing chest pain from a food pipe spasm.')).toEqual(['chest pressure']);
    expect(named('A big difference in blood pressure between your chest and arms.')).not.toContain('chest pressure');
    expect(named('You may faint.')).toEqual(['fainting']);
    expect(named('You may cough up blood.')).toEqual(['coughing blood']);
    expect(named('Pain with a fever, yellow skin or eyes.')).toEqual(['fever + yellow']);
    expect(named('Yellow skin or eyes.')).toEqual([]);
    expect(named('Your legs may feel weak or numb.')).toEqual(['limb weakness']);
    expect(named('Call your local emergency number now.')).toEqual([]);
    expect(named('Pain when you breathe in deeply.')).toEqual([]);
  });

  it('counts only "call <emergency number> now" as the call', () => {
    expect(callsNow(`Call ${clinic.emergencyNumber} now.`)).toBe(true);
    expect(callsNow('This is an emergency: call your local emergency number now.')).toBe(true);
    expect(callsNow(`Call ${clinic.emergencyNumber} if you are short of breath.`)).toBe(false);
    expect(callsNow('Call for help at once if you are very short of breath.')).toBe(false);
    expect(callsNow('Get help now.')).toBe(false);
  });

  it('rejects "if very short of breath", lesser actions, and a call that covers something else', () => {
    const n = clinic.emergencyNumber;
    expect(weakened(`Call ${n} now if you are very short of breath.`)).toHaveLength(1);
    expect(downgraded('If it comes with shortness of breath, get help the same day.')).toBe(true);
    expect(downgraded(`Call ${n} now if it comes with shortness of breath.`)).toBe(false);
    expect(uncovered(`You may faint. Call ${n} now if your lips look blue.`)).toEqual(['fainting']);
    expect(uncovered(`You may faint. This is an emergency: call ${n} now.`)).toEqual([]);
    expect(uncovered(`You may faint. Call ${n} now if you faint.`)).toEqual([]);
  });

  it('treats a negation as naming the feature (the safe reading)', () => {
    expect(named('Pain on breathing with a fever, but no shortness of breath.')).toEqual(['breathless']);
    expect(downgraded('See a doctor the same day if you have a fever but no shortness of breath.')).toBe(true);
    expect(uncovered('It comes without breathlessness.')).toEqual(['breathless']);
  });
});

describe('every patient text sends danger features to the emergency number (R1–R4)', () => {
  it('has no violation in the real content', () => {
    expect(violations(content)).toEqual([]);
  });

  it('fails on the wording that issue 12 found dangerous', () => {
    const broken = structuredClone(content);
    const sign = (id: string) => broken.warningSigns.find((w) => w.id === id)!;
    const cause = (id: string) => broken.causes.find((x) => x.id === id)!;
    sign('B7').sign.patient = 'Pain when you breathe in, with a fever and a cough. Or pain in the back of your chest with shortness of breath.';
    sign('B3').sign.patient = 'Pain under your right shoulder blade after meals, with a fever, yellow skin or eyes, or dark pee.';
    cause('VIS-09').whenToSeeDoctor.patient = `See a doctor soon if you have trouble swallowing. Call ${clinic.emergencyNumber} for severe pain after vomiting. New squeezing chest pain needs a heart check first.`;
    cause('MSK-07').whenToSeeDoctor.patient = 'If the pain on breathing comes with shortness of breath, get help the same day. Call for help at once if you are very short of breath.';
    const found = violations(broken).join('\n');
    expect(found).toMatch(/R4 warning sign B7 \(same-day\) names breathless/);
    expect(found).toMatch(/R4 warning sign B3 \(same-day\) names fever \+ yellow/);
    expect(found).toMatch(/R1 VIS-09\.whenToSeeDoctor\.patient: names "chest pressure"/);
    expect(found).toMatch(/R3 VIS-09\.whenToSeeDoctor\.patient/);
    expect(found).toMatch(/R2 MSK-07\.whenToSeeDoctor\.patient: weakened breathless/);
    expect(found).toMatch(/R3 MSK-07\.whenToSeeDoctor\.patient/);
  });
});

describe('the call comes first where it matters (R5, R6)', () => {
  it('the Tier A action starts with the call and is unconditional', () => {
    const a = warningTiers.find((t) => t.tier === 'emergency')!.action.patient;
    expect(sentences(a)[0]).toMatch(new RegExp(`^${CALL_NOW.source}`, 'i'));
    expect(sentences(a).some((s) => callsNow(s) && !CONDITION.test(s))).toBe(true);
  });

  it('names the common emergency numbers beside the clinic country\'s own', () => {
    const a = warningTiers.find((t) => t.tier === 'emergency')!.action;
    for (const n of ['911', '112', '999', '000', '111']) expect(a.patient).toContain(n);
    expect(a.patient).toContain(clinic.country);
    expect(a.patient).toMatch(/your local emergency number/);
  });

  const emergencyCauses = causes.filter((c) => c.urgency === 'emergency');
  it.each(emergencyCauses.map((c) => [c.id, c] as const))('%s: "when to see a doctor" starts with the call', (_, c) => {
    expect(c.whenToSeeDoctor.patient).toMatch(new RegExp(`^${CALL_NOW.source}`, 'i'));
  });

  it('every cause that points to a Tier A sign says, in its advice, to call now', () => {
    const tierA = new Set(warningSigns.filter((w) => w.tier === 'emergency').map((w) => w.id));
    const missing = causes
      .filter((c) => c.warningSigns.some((id) => tierA.has(id)))
      .filter((c) => !sentences(c.whenToSeeDoctor.patient).some(callsNow))
      .map((c) => `${c.id}: "${c.whenToSeeDoctor.patient}"`);
    expect(missing).toEqual([]);
  });
});

describe('the emergency number comes from the clinic file (R7)', () => {
  it('every "call <number>" in patient wording uses the clinic country\'s number', () => {
    const wrong = patientTexts(content).flatMap(({ path, text }) =>
      [...text.matchAll(/\bcall (\d{2,4})\b/gi)].filter((m) => m[1] !== clinic.emergencyNumber).map((m) => `${path}: ${m[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('changes everywhere when only content/clinic.ts changes', async () => {
    vi.resetModules();
    vi.doMock('../../content/clinic', () => ({ clinic: { ...clinic, country: 'Australia', emergencyNumber: '000' } }));
    const other = (await import('../../content/index')).content;
    vi.doUnmock('../../content/clinic');
    vi.resetModules();
    const texts = patientTexts(other);
    const calls = texts.flatMap(({ text }) => [...text.matchAll(/\bcall (\d{2,4})\b/gi)].map((m) => m[1]));
    expect(calls.length).toBeGreaterThan(10);
    expect(new Set(calls)).toEqual(new Set(['000']));
    // 911 may appear only in the list of common numbers ("911 in the US and Canada").
    const stray = texts.filter(({ text }) => /\b911\b/.test(text.replace(/911 in the US and Canada/g, '')));
    expect(stray.map((t) => t.path)).toEqual([]);
    expect(other.warningTiers[0]!.action.patient).toContain('In Australia that is 000');
  });
});

describe('tiers and advice agree (issue 12)', () => {
  const soonTier = warningTiers.find((t) => t.tier === 'soon')!;

  it('"soon" means the same time for patients, clinicians and the cause badge', () => {
    const patient = durations(`${soonTier.title.patient}. ${soonTier.action.patient}`);
    const clinician = durations(`${soonTier.title.clinician}. ${soonTier.action.clinician}`);
    expect(patient.length).toBeGreaterThan(0);
    expect(new Set(patient)).toEqual(new Set(clinician));
    expect(new Set(durations(urgencyLabels.soon))).toEqual(new Set(patient));
  });

  it('muscle causes name the same weeks before a review as C1', () => {
    const c1 = warningSigns.find((w) => w.id === 'C1')!;
    const expected = weekSpans(c1.sign.patient);
    expect(expected).toHaveLength(1);
    expect(weekSpans(c1.sign.clinician)).toEqual(expected);
    const checked = causes.filter((c) => c.group === 'musculoskeletal' || c.warningSigns.includes('C1'));
    const differing = checked.flatMap((c) =>
      [c.whenToSeeDoctor.patient, c.whenToSeeDoctor.clinician].flatMap((t) => weekSpans(t).filter((s) => s !== expected[0]).map((s) => `${c.id}: ${s} weeks`)),
    );
    expect(differing).toEqual([]);
    for (const id of ['MSK-01', 'MSK-04']) expect(weekSpans(causes.find((c) => c.id === id)!.whenToSeeDoctor.patient), id).toEqual(expected);
  });

  it('a cancer history with new back pain is "the same day" everywhere (as B1), and B1 is same-day', () => {
    expect(warningSigns.find((w) => w.id === 'B1')!.tier).toBe('same-day');
    const cancer = /\b(?:have|had) (?:or had )?cancer\b/i;
    const off = causes.flatMap((c) =>
      sentences(c.whenToSeeDoctor.patient)
        .filter((s) => cancer.test(s) && !callsNow(s))
        .filter((s) => !/\bsame day\b/i.test(s))
        .map((s) => `${c.id}: "${s}"`),
    );
    expect(off).toEqual([]);
  });

  it('pain on breathing is an emergency only with breathlessness, a racing heart or coughing blood', () => {
    const pleuritic = /\bpain (?:when you breathe in|on breathing|when breathing)\b/i;
    const paired = /short(?:ness)? of breath|breathless|racing heart|cough\w*(?: up)? blood/i;
    const emergencyWords = [
      ...warningSigns.filter((w) => w.tier === 'emergency').map((w) => ({ where: w.id, text: w.sign.patient })),
      ...causes.map((c) => ({ where: c.id, text: c.whenToSeeDoctor.patient })),
    ];
    const alone = emergencyWords.flatMap(({ where, text }) =>
      sentences(text)
        .filter((s) => pleuritic.test(s) && !paired.test(s))
        .filter((s) => where.startsWith('A') || callsNow(s))
        .map((s) => `${where}: "${s}"`),
    );
    expect(alone).toEqual([]);
  });

  it('cord compression counts one leg as well as both (A4)', () => {
    expect(warningSigns.find((w) => w.id === 'A4')!.sign.patient).toMatch(/one or both legs/);
  });

  it('dark urine is "dark urine (pee)" where patients read about it', () => {
    const bare = patientTexts(content).filter(({ text }) => /\bdark (?:pee|urine)\b(?! \(pee\))/i.test(text));
    expect(bare.map((t) => t.path)).toEqual([]);
  });
});

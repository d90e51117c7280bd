// Flesch–Kincaid grade level for the patient wording (target: grade 8 or below).
//   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
// Syllables are counted with a standard English heuristic (vowel groups, minus a silent final "e" and a
// silent "-ed"), plus a short list of exceptions. Numbers count as one syllable per digit (911 → 3).
// Hyphens and dashes separate words ("light-headed" = "light" + "headed").

const EXCEPTIONS: Record<string, number> = {
  every: 2,
  everyday: 3,
  everyone: 3,
  area: 3,
  areas: 3,
  being: 2,
  doing: 2,
  going: 2,
  idea: 3,
  ideas: 3,
  lying: 2,
  dying: 2,
  trying: 2,
  create: 2,
  created: 3,
  creates: 2,
  science: 2,
  quiet: 2,
  diet: 2,
  via: 2,
  aorta: 3,
  aortic: 3,
  business: 2,
  people: 2,
  tissue: 2,
  tissues: 2,
  issue: 2,
  issues: 2,
  rescue: 2,
  fire: 1,
  hour: 1,
  hours: 1,
  our: 1,
  naive: 2,
  shoe: 1,
  shoes: 1,
  canoe: 2,
  poem: 2,
  poems: 2,
  real: 1,
  really: 2,
  usual: 3,
  usually: 4,
  unusual: 4,
  unusually: 5,
  ear: 1,
  eye: 1,
  eyes: 1,
  eyelid: 2,
  eyelids: 2,
  scapula: 3,
  sciatica: 4,
  pneumonia: 3,
  pleura: 2,
  anatomy: 4,
  vertebra: 3,
  vertebrae: 3,
  orthopaedic: 5,
  ribcage: 2,
  someone: 2,
  sometimes: 2,
  somewhere: 2,
  breathe: 1,
  breathes: 1,
  clothes: 1,
  whole: 1,
  more: 1,
  sure: 1,
};

/** Syllables in one word (letters, apostrophes and digits; other characters are ignored). */
export function countSyllables(word: string): number {
  const raw = word.toLowerCase().replace(/[’]/g, "'").replace(/[^a-z0-9']/g, '');
  if (raw === '') return 0;
  if (/^\d+$/.test(raw)) return raw.length;
  const digits = (raw.match(/\d/g) ?? []).length;
  const w = raw.replace(/'s$/, '').replace(/'/g, '').replace(/\d/g, '');
  if (w === '') return Math.max(1, digits);
  if (digits > 0) return countSyllables(w) + digits;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  let stem = w;
  // Silent endings: "-ed" after a consonant ("walked", but not "needed"/"rated"); "-es" after most consonants
  // ("makes", but not "boxes", "pages", "places", "wishes"); a final silent "e" ("stone", but not "muscle").
  if (/[^aeiouy]ed$/.test(stem) && !/[td]ed$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^aeiouysxzcg]es$/.test(stem) && !/(?:ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1);
  stem = stem.replace(/^y/, '');
  const groups = stem.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  // Vowel pairs that are usually two syllables after a consonant: media, radio, video, medium, actual.
  count += (stem.match(/[^aeiouy](?:ia|io|iu|eo|ua|uo)/g) ?? []).length;
  // ...except in the common one-syllable endings: nation, special, partial, gracious, physician.
  count -= (stem.match(/(?:tion|sion|cial|tial|cious|tious|geon|cian|tian|sia)/g) ?? []).length;
  return Math.max(1, count);
}

/** Words of a text (hyphens and dashes split words; punctuation-only tokens are dropped). */
export function words(text: string): string[] {
  return text
    .split(/[\s\-–—/]+/)
    .map((t) => t.replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9']+$/g, ''))
    .filter((t) => /[a-zA-Z0-9]/.test(t));
}

/** Sentences: runs of text ending in . ! ? (or the end of the text). At least 1 for any non-empty text. */
export function sentenceCount(text: string): number {
  const parts = text
    .split(/[.!?]+(?=\s|$)/)
    .map((s) => s.trim())
    .filter((s) => /[a-zA-Z0-9]/.test(s));
  return Math.max(1, parts.length);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Flesch–Kincaid grade level of a text. */
export function fleschKincaid(text: string): Readability {
  const ws = words(text);
  const sentences = sentenceCount(text);
  const syllables = ws.reduce((n, w) => n + countSyllables(w), 0);
  if (ws.length === 0) return { words: 0, sentences, syllables: 0, grade: 0 };
  const grade = 0.39 * (ws.length / sentences) + 11.8 * (syllables / ws.length) - 15.59;
  return { words: ws.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The grade the patient wording must not exceed. */
export const MAX_PATIENT_GRADE = 8;

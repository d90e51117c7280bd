// Search over structures and causes by display name, Latin name, lay names and keywords, forgiving
// one typo per word ("trapezuis", "rhombiod"). Pure and small: the whole index is a few hundred words.
import type { Cause, Structure } from '../../content/types';

export type SearchHit =
  | { kind: 'structure'; id: string; label: string; detail: string; paired: boolean; score: number }
  | { kind: 'cause'; id: string; label: string; detail: string; score: number };

interface Entry {
  hit: Omit<SearchHit, 'score'>;
  /** Normalised phrases this entry answers to; the first is its name. */
  phrases: string[];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'my', 'and', 'or', 'to', 'on', 'at']);

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const words = (text: string): string[] => text.split(' ').filter((w) => w && !STOP.has(w));

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** How well one query word matches one indexed word: 3 exact, 2 prefix, 1 one typo away, 0 no match. */
function wordScore(q: string, w: string): number {
  if (q === w) return 3;
  if (q.length >= 2 && w.startsWith(q)) return 2;
  // Plural and short words: one edit on a 3-letter word is a different word, so require length.
  if (q.length >= 4 && (editDistance(q, w) <= 1 || (w.length > q.length && editDistance(q, w.slice(0, q.length)) <= 1)))
    return 1;
  return 0;
}

function phraseScore(qWords: string[], phrase: string): number {
  // Compare without small words, so "between shoulder blades" is the same as "between the shoulder blades".
  const pWords = words(phrase);
  const q = qWords.join(' ');
  const p = pWords.join(' ');
  if (p === q) return 100;
  if (p.startsWith(q)) return 90;
  if (` ${p} `.includes(` ${q} `) || p.includes(q)) return 80;
  let total = 0;
  for (const q of qWords) {
    const best = Math.max(0, ...pWords.map((w) => wordScore(q, w)));
    if (best === 0) return 0;
    total += best;
  }
  return 40 + (total / (qWords.length * 3)) * 30;
}

export function buildIndex(structures: readonly Structure[], causes: readonly Cause[]): Entry[] {
  return [
    ...structures.map((s) => ({
      hit: { kind: 'structure' as const, id: s.id, label: s.name, detail: s.group ?? `${s.layer} layer`, paired: s.paired },
      phrases: [s.name, ...(s.latin ? [s.latin] : []), ...s.layNames, s.id.replace(/-/g, ' ')].map(normalise),
    })),
    ...causes.map((c) => ({
      hit: { kind: 'cause' as const, id: c.id, label: c.name.patient, detail: 'Cause of pain' },
      phrases: [c.name.patient, c.name.clinician, ...c.keywords].map(normalise),
    })),
  ];
}

export function search(index: readonly Entry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  const qWords = words(q);
  if (qWords.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const e of index) {
    const score = Math.max(...e.phrases.map((p) => phraseScore(qWords, p)));
    // Structures ahead of causes on a tie: the explorer is about finding things on the model.
    if (score > 0) hits.push({ ...e.hit, score: score + (e.hit.kind === 'structure' ? 1 : 0) } as SearchHit);
  }
  return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

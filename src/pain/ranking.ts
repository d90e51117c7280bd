// The pain map's likely causes: each cause scored by how well its zone covers the marks, raised by the
// questions answered "yes", and split so that emergencies come first. A "no" never lowers a cause.
import type { Cause, Felt, PainQuestion, WarningSign } from '../../content/types';
import type { Anchors } from './anchors';
import { intensityAt, zoneRects, type BackPoint } from './zones';

export type Answer = 'yes' | 'no';
export type Answers = Readonly<Record<string, Answer>>;

export interface RankedCause {
  id: string;
  /** 0..1: the mean, over the marks, of the zone's intensity at each mark. */
  cover: number;
  /** Questions answered "yes" that favour this cause. */
  favouredBy: string[];
  score: number;
  emergency: boolean;
}

export interface Ranking {
  /** Emergency causes that fit, best first: shown first and marked. */
  emergencies: RankedCause[];
  /** The other causes that fit, best first. */
  others: RankedCause[];
}

/** A cause fits the marks when its zone covers them at least this well on average (or a "yes" favours it). */
export const MIN_COVER = 0.3;
/** How much one "yes" that favours a cause adds to its score. */
export const YES_BONUS = 0.5;

export interface RankingInput {
  marks: readonly BackPoint[];
  answers: Answers;
  anchors: Anchors;
  causes: readonly Cause[];
  felt: Readonly<Record<string, Felt>>;
  questions: readonly PainQuestion[];
}

export function rankCauses({ marks, answers, anchors, causes, felt, questions }: RankingInput): Ranking {
  const yes = questions.filter((q) => answers[q.id] === 'yes');
  const ranked: RankedCause[] = [];
  for (const cause of causes) {
    const rects = zoneRects(felt[cause.id], anchors);
    const cover = marks.length === 0 ? 0 : marks.reduce((sum, m) => sum + intensityAt(rects, m), 0) / marks.length;
    const favouredBy = yes.filter((q) => q.favours.includes(cause.id)).map((q) => q.id);
    if (cover < MIN_COVER && favouredBy.length === 0) continue;
    // Without marks only the answers rank; with marks, a cause that is favoured but felt elsewhere still shows.
    const score = cover + YES_BONUS * favouredBy.length;
    ranked.push({ id: cause.id, cover, favouredBy, score, emergency: cause.urgency === 'emergency' });
  }
  // Stable order for equal scores: the content's own order (commonest first within each group).
  ranked.sort((a, b) => b.score - a.score);
  return { emergencies: ranked.filter((r) => r.emergency), others: ranked.filter((r) => !r.emergency) };
}

/** The emergency (tier A) warning signs that the "yes" answers match: non-empty means call now. */
export function emergencySignsAnswered(answers: Answers, questions: readonly PainQuestion[], signs: readonly WarningSign[]): WarningSign[] {
  const ids = new Set(questions.filter((q) => answers[q.id] === 'yes').flatMap((q) => q.signs));
  return signs.filter((s) => s.tier === 'emergency' && ids.has(s.id));
}

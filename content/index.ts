// THE content API the app imports. Plain data assembled from the files of content/; no zod at runtime
// (only type imports), so the bundle stays small. Validation: content/validate.ts (build script and tests).
import type { BodyRegion, Cause, Clinic, Content, Disclaimer, EmergencyNumber, Felt, PainQuestion, Source, Structure, TourStep, WarningSign, WarningTier } from './types';
import { sources as sourceList } from './sources';
import { superficial } from './structures/superficial';
import { intermediate } from './structures/intermediate';
import { intrinsic } from './structures/intrinsic';
import { skeleton } from './structures/skeleton';
import { skin } from './structures/skin';
import { musculoskeletal } from './causes/musculoskeletal';
import { neurological } from './causes/neurological';
import { visceral } from './causes/visceral';
import { trauma } from './causes/trauma';
import { other } from './causes/other';
import { warningSigns as signList, warningTiers as tierList } from './warning-signs';
import { clinic as clinicData } from './clinic';
import { emergencyNumbers as emergencyNumberList } from './emergency';
import { disclaimer as disclaimerData, painMapCallout as calloutData, painMapNote as noteData } from './disclaimer';
import { tour as tourSteps } from './tour';
import { felt as feltMap, referral as referralMap } from './felt';
import { bodyRegions as regionList } from './body-regions';
import { painQuestions as questionList } from './pain-questions';

export type { BackPatch, BodyRegion, BodyRegionId, Cause, Clinic, Content, Disclaimer, EmergencyNumber, Felt, PainQuestion, Source, Structure, TourStep, WarningSign, WarningTier, ZoneEdge, ZoneLevel } from './types';

export const structures: Structure[] = [...superficial, ...intermediate, ...intrinsic, ...skeleton, ...skin];
export const causes: Cause[] = [...musculoskeletal, ...neurological, ...visceral, ...trauma, ...other];
export const sources: Source[] = sourceList;
export const warningTiers: WarningTier[] = tierList;
export const warningSigns: WarningSign[] = signList;
export const clinic: Clinic = clinicData;
/** Common emergency numbers; the clinic's own (clinic.emergencyNumber) is the one every call link uses. */
export const emergencyNumbers: EmergencyNumber[] = emergencyNumberList;
export const disclaimer: Disclaimer = disclaimerData;
/** The guided tour's steps, in order (content/tour.ts). */
export const tour: TourStep[] = tourSteps;
export { tourTitle } from './tour';
export { causeGroupList as causeGroups, type CauseGroupTitle } from './cause-groups';
export { contactLabels, urgencyLabels, CALL_NOW } from './emergency';

/** Where each cause is felt, by cause id (issue 14). */
export const felt: Record<string, Felt> = feltMap;
/** Each muscle's trigger-point referral map, by structure id. */
export const referral: Record<string, Felt> = referralMap;
/** Names of the places past the back (the 2D body chart). */
export const bodyRegions: BodyRegion[] = regionList;
/** The pain map's yes/no questions. */
export const painQuestions: PainQuestion[] = questionList;
/** Under the pain map's findings: not a diagnosis. */
export const painMapNote: Disclaimer = noteData;
/** Heads the call-out when an answer matches an emergency sign. */
export const painMapCallout: Disclaimer = calloutData;

export const content: Content = {
  sources,
  structures,
  causes,
  warningTiers,
  warningSigns,
  clinic,
  emergencyNumbers,
  disclaimer,
  tour,
  felt,
  referral,
  bodyRegions,
  painQuestions,
  painMapNote,
  painMapCallout,
};

const structureIndex = new Map(structures.map((s) => [s.id, s]));
const causeIndex = new Map(causes.map((c) => [c.id, c]));
const sourceIndex = new Map(sources.map((s) => [s.id, s]));

export function structureById(id: string): Structure | undefined {
  return structureIndex.get(id);
}

export function causeById(id: string): Cause | undefined {
  return causeIndex.get(id);
}

const tourIndex = new Map(tour.map((t) => [t.id, t]));

export function tourStepById(id: string): TourStep | undefined {
  return tourIndex.get(id);
}

export function sourceById(id: string): Source | undefined {
  return sourceIndex.get(id);
}

export interface RelatedCause {
  cause: Cause;
  relevance: 'primary' | 'secondary';
}

/** Causes that involve the structure: emergency-tier first, then primary, then secondary; stable within each. */
export function causesForStructure(id: string): RelatedCause[] {
  const related: RelatedCause[] = [];
  for (const cause of causes) {
    const hit = cause.involves.find((i) => i.structure === id);
    if (hit) related.push({ cause, relevance: hit.relevance });
  }
  const rank = (r: RelatedCause): number => (r.cause.urgency === 'emergency' ? 0 : r.relevance === 'primary' ? 1 : 2);
  // Array.prototype.sort is stable (ES2019), so the content order is kept within each rank.
  return related.sort((a, b) => rank(a) - rank(b));
}

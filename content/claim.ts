// Small typed builders for content files. They only shape data; the schema and validate.ts check it.
import type { Claim, Involvement } from './types';
import type { SourceId } from './sources';

/** One claim: plain words for patients, precise words for clinicians, and at least one source id. */
export function claim(patient: string, clinician: string, sources: readonly [SourceId, ...SourceId[]]): Claim {
  return { patient, clinician, sources: [...sources] };
}

/** `range(1, 3)` → [1, 2, 3]. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Structures a cause involves, shown first for that structure. */
export function primary(...ids: string[]): Involvement[] {
  return ids.map((structure) => ({ structure, relevance: 'primary' as const }));
}

/** Structures a cause involves, under "also consider" for that structure. */
export function secondary(...ids: string[]): Involvement[] {
  return ids.map((structure) => ({ structure, relevance: 'secondary' as const }));
}

/** Thoracic vertebra ids: `tLevels(1, 3)` → ['t1', 't2', 't3']. */
export const tLevels = (from: number, to: number): string[] => range(from, to).map((n) => `t${n}`);
/** Lumbar vertebra ids. */
export const lLevels = (from: number, to: number): string[] => range(from, to).map((n) => `l${n}`);
/** Rib ids: `ribs(2, 5)` → ['rib-2', …, 'rib-5']. */
export const ribs = (from: number, to: number): string[] => range(from, to).map((n) => `rib-${n}`);

/** The three erector spinae columns and the transversospinal/segmental muscles, as the click-through map groups them. */
export const ERECTOR_SPINAE = ['iliocostalis', 'longissimus', 'spinalis'] as const;
export const TRANSVERSOSPINALES_AND_SEGMENTAL = [
  'semispinalis',
  'multifidus',
  'rotatores',
  'levatores-costarum',
  'interspinales',
  'intertransversarii',
] as const;

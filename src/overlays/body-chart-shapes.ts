// The drawing of the 2D body chart: the silhouette's parts and one shape per content body region, all in the
// back's own frame (cm, x = patient's left, y up, origin at C7's spinous tip; src/pain/zones.ts). Drawing in
// that frame keeps the chart and the pain zones on one scale: the back's cm land on the silhouette unchanged,
// and each view only mirrors and shifts them (BodyChart.tsx). Shapes are given for the patient's left; the
// right is the mirror image.
import { CANONICAL_ANCHORS } from '../pain/anchors';
import type { BodyRegionId } from '../../content/types';

export type View = 'front' | 'back';

export type Shape =
  | { kind: 'path'; d: string }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number };

/** The head: the neck joins it at y = 13, about 13 cm above C7 as on an adult. */
export const HEAD: Shape = { kind: 'ellipse', cx: 0, cy: 23.5, rx: 8, ry: 10.5 };
/**
 * The neck's sides, from the trunk (C7 sits at its base, y = 0) up into the head. Left open at both ends and
 * drawn over the trunk, so its fill hides the trunk's top edge and the head hides its top.
 */
export const NECK: Shape = { kind: 'path', d: 'M -5.5 1.5 L -5.5 18 L 5.5 18 L 5.5 1.5' };
/**
 * The trunk, symmetric: neck root, shoulders at about ±20 cm a little below C7, armpits, waist at L1–L2
 * (y ≈ −40), hips at the pelvis (y ≈ −58) and the crotch.
 */
export const TORSO: Shape = {
  kind: 'path',
  d:
    'M -5.5 3 L 5.5 3 C 8 0 14 -1 19 -2 C 22 -2.5 23 -6 21.8 -9 L 18.6 -15 C 19.2 -24 18.8 -32 16 -40 ' +
    'C 15.4 -46 18.6 -52 18.6 -58 L 17.5 -64 C 12 -68 4 -70 0 -72 C -4 -70 -12 -68 -17.5 -64 L -18.6 -58 ' +
    'C -18.6 -52 -15.4 -46 -16 -40 C -18.8 -32 -19.2 -24 -18.6 -15 L -21.8 -9 C -23 -6 -22 -2.5 -19 -2 ' +
    'C -14 -1 -8 0 -5.5 3 Z',
};
/** The left arm hanging by the side, from under the shoulder to the wrist (its top hides under the trunk). */
export const ARM: Shape = {
  kind: 'path',
  d: 'M 20 -3 C 23.5 -8 24.8 -20 25 -32 C 26 -42 26.6 -50 26.6 -57 L 21.8 -57 C 21.8 -50 21.4 -42 21 -33 C 20.6 -26 19.8 -20 18.6 -14 Z',
};
export const HAND: Shape = { kind: 'path', d: 'M 21.8 -57 C 21 -62 21.6 -67 23.6 -69 C 25.8 -70 27.2 -65 26.6 -57 Z' };
/** The left leg, from the hip (its top hides under the trunk) to the foot; a little short, to spare the page. */
export const LEG: Shape = {
  kind: 'path',
  d:
    'M 18.4 -58 C 18.8 -74 15.6 -88 13.4 -97 C 12.6 -108 11.2 -116 9.4 -124 L 10.6 -128 L 2.6 -128 L 3.2 -124 ' +
    'C 3.2 -116 2.8 -108 3.2 -97 C 2.2 -89 1 -80 0.4 -72 Z',
};

/** Top of the head and the soles, for the chart's layout. */
export const FIGURE_TOP = 34;
export const FIGURE_BOTTOM = -128;
/** Half the figure's width (hands included). */
export const FIGURE_HALF_WIDTH = 27.5;

/** A silhouette part: drawn back to front so each part's fill hides the hidden ends of the ones under it. */
export interface Part {
  shape: Shape;
  mirrored: boolean;
}

export const SILHOUETTE: readonly Part[] = [
  { shape: LEG, mirrored: false },
  { shape: LEG, mirrored: true },
  { shape: ARM, mirrored: false },
  { shape: ARM, mirrored: true },
  { shape: HAND, mirrored: false },
  { shape: HAND, mirrored: true },
  { shape: TORSO, mirrored: false },
  { shape: NECK, mirrored: false },
  { shape: HEAD, mirrored: false },
];

/** Where a body region is drawn: on which views, and on which side (`right` mirrors the left-side shape). */
export interface RegionShape {
  views: readonly View[];
  mirrored: boolean;
  shape: Shape;
}

const SHOULDER_TOP: Shape = { kind: 'ellipse', cx: 18.2, cy: -3, rx: 3.8, ry: 2.8 };
const CHEST_SIDE: Shape = { kind: 'path', d: 'M 4.5 -4 L 15 -3 L 17 -9 L 16.5 -19 L 4.5 -19 Z' };
const RIBS_FRONT: Shape = { kind: 'path', d: 'M 7 -19.5 L 18.6 -19.5 C 18.9 -24 18.6 -29 17.6 -33 L 7 -31 Z' };
const UPPER_BELLY_SIDE: Shape = { kind: 'path', d: 'M 3.5 -31.5 L 16.8 -33.5 C 16.4 -36 16.2 -38 16 -41 L 3.5 -41 Z' };
const BOTH: readonly View[] = ['front', 'back'];
const FRONT: readonly View[] = ['front'];

const left = (views: readonly View[], shape: Shape): RegionShape => ({ views, mirrored: false, shape });
const right = (views: readonly View[], shape: Shape): RegionShape => ({ views, mirrored: true, shape });

/** One shape per content region (content/body-regions.ts); the Record type makes a new region fail to compile here. */
export const REGION_SHAPES: Record<BodyRegionId, RegionShape> = {
  head: left(['back'], HEAD),
  jaw: left(FRONT, { kind: 'path', d: 'M -6.8 18 Q 0 8 6.8 18 L 5.4 19.5 Q 0 12.5 -5.4 19.5 Z' }),
  'neck-front': left(FRONT, { kind: 'rect', x: -4.5, y: -0.5, width: 9, height: 12.5 }),
  'chest-middle': left(FRONT, { kind: 'rect', x: -3.5, y: -21, width: 7, height: 17 }),
  'chest-left': left(FRONT, CHEST_SIDE),
  'chest-right': right(FRONT, CHEST_SIDE),
  'ribs-front-left': left(FRONT, RIBS_FRONT),
  'ribs-front-right': right(FRONT, RIBS_FRONT),
  'upper-belly': left(FRONT, { kind: 'path', d: 'M -7 -23 L 0 -21.5 L 7 -23 L 7 -32 L -7 -32 Z' }),
  'left-upper-belly': left(FRONT, UPPER_BELLY_SIDE),
  'right-upper-belly': right(FRONT, UPPER_BELLY_SIDE),
  'lower-belly': left(FRONT, { kind: 'ellipse', cx: 0, cy: -50, rx: 12, ry: 6.5 }),
  groin: left(FRONT, { kind: 'path', d: 'M -17 -59 L -2 -68 L 2 -68 L 17 -59 L 15.5 -56.5 L 0 -65 L -15.5 -56.5 Z' }),
  'shoulder-left': left(BOTH, SHOULDER_TOP),
  'shoulder-right': right(BOTH, SHOULDER_TOP),
  'arm-left': left(BOTH, ARM),
  'arm-right': right(BOTH, ARM),
  'hand-left': left(BOTH, HAND),
  'hand-right': right(BOTH, HAND),
  'leg-left': left(BOTH, LEG),
  'leg-right': right(BOTH, LEG),
};

const { levels, edges } = CANONICAL_ANCHORS;

/**
 * The left shoulder blade as a faint landmark on the back view, from the same anchors the zones use, so a
 * zone bounded by the blade's borders sits against the drawn blade.
 */
export const SCAPULA: Shape = {
  kind: 'path',
  d:
    `M ${edges['scapula-medial'] + 0.6} ${levels['scapula-top']} ` +
    `L ${edges['scapula-lateral'] + 1.6} ${levels['scapula-top'] + 1} ` +
    `L ${edges['scapula-lateral']} ${levels['scapula-top'] - 3} ` +
    `L ${edges['scapula-medial'] + 3} ${levels['scapula-bottom']} ` +
    `L ${edges['scapula-medial']} ${levels['scapula-spine']} Z`,
};
/** The spine's line, C7 to the sacrum. */
export const SPINE_LINE: Shape = { kind: 'path', d: `M 0 ${levels.C7} L 0 ${levels.S1}` };
/** The left collarbone and the navel, so the front view reads as the front. */
export const COLLARBONE: Shape = { kind: 'path', d: 'M 2.5 1 Q 10 1.5 18.5 -1.5' };
export const NAVEL: Shape = { kind: 'ellipse', cx: 0, cy: -44, rx: 0.7, ry: 0.7 };

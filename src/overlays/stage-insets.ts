// From the boxes of the panels drawn over the canvas to the insets they cover (StageInsets in the store).
// Pure: the DOM side is StageInsets.tsx.
import type { StageInsets } from '../store/explorer-store';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NO_INSETS: StageInsets = { top: 0, right: 0, bottom: 0, left: 0 };

const EDGES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * Each panel box is charged to the one edge of the stage it costs least to give up: the edge whose inset,
 * reaching to the box's far side, is the smallest share of the stage. So a bar along the top (or a bottom
 * sheet, or the hint line near the bottom) takes from the height, and a side panel or a drawer from the
 * width, whatever its exact proportions. Boxes outside the stage or empty count for nothing. Whole CSS px.
 */
export function insetsFromRects(stage: Rect, covers: readonly Rect[]): StageInsets {
  const width = stage.right - stage.left;
  const height = stage.bottom - stage.top;
  const out = { ...NO_INSETS };
  if (width <= 0 || height <= 0) return out;
  for (const r of covers) {
    const left = Math.max(r.left, stage.left);
    const right = Math.min(r.right, stage.right);
    const top = Math.max(r.top, stage.top);
    const bottom = Math.min(r.bottom, stage.bottom);
    if (right <= left || bottom <= top) continue;
    const reach: StageInsets = {
      top: bottom - stage.top,
      right: stage.right - left,
      bottom: stage.bottom - top,
      left: right - stage.left,
    };
    const share = (e: (typeof EDGES)[number]): number => reach[e] / (e === 'top' || e === 'bottom' ? height : width);
    const edge = EDGES.reduce((a, b) => (share(b) < share(a) ? b : a));
    out[edge] = Math.max(out[edge], Math.round(reach[edge]));
  }
  return out;
}

/** The part of the stage no panel covers, as a box in the stage's coordinates. */
export function freeRect(stage: Rect, insets: StageInsets): Rect {
  return {
    left: stage.left + insets.left,
    top: stage.top + insets.top,
    right: stage.right - insets.right,
    bottom: stage.bottom - insets.bottom,
  };
}

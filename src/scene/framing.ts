// Where the camera goes to frame a box from behind: on the −Z side (the back faces −Z), looking along
// +Z, far enough back that the box fits the part of the canvas the panels leave free, and shifted so the
// box sits in the middle of that part (between the side panels on a wide screen, above the bottom sheet
// on a portrait tablet), not under a panel.
import type { Box3 } from 'three';
import { Vector3 } from 'three';

export interface Framing {
  position: [number, number, number];
  target: [number, number, number];
}

/** A rectangle of the canvas in normalised device coordinates (−1..1, y up). */
export interface FreeArea {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** What a wide screen leaves free when nothing better is known: the middle 55 % of the width, 78 % of the height. */
export const WIDE_SCREEN_FREE: FreeArea = { left: -0.55, right: 0.55, bottom: -0.78, top: 0.78 };
/** Closest framing distance (m): small structures stay in context instead of filling the screen. */
const MIN_DISTANCE = 0.32;
/** A free area smaller than this share of the canvas on either axis is ignored (the panels fill the screen). */
const MIN_FREE_SHARE = 0.2;

/** Viewport rectangle (CSS pixels), as getBoundingClientRect gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The canvas area that the covering panels leave free. A cover spanning most of the canvas's width is a
 * bar along the top or bottom, one spanning most of its height a side panel; a smaller one (the hint line
 * over the bottom edge) takes its strip from the edge it lies nearest to. Falls back to the whole canvas
 * when too little is left to frame into.
 */
export function freeArea(canvas: Rect, covers: readonly Rect[]): FreeArea {
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  const inset = { left: 0, right: 0, top: 0, bottom: 0 };
  for (const r of covers) {
    const left = Math.max(r.left, canvas.left);
    const right = Math.min(r.right, canvas.right);
    const top = Math.max(r.top, canvas.top);
    const bottom = Math.min(r.bottom, canvas.bottom);
    if (right <= left || bottom <= top) continue;
    const wide = (right - left) / width > 0.6;
    const tall = (bottom - top) / height > 0.6;
    const gaps = { left: left - canvas.left, right: canvas.right - right, top: top - canvas.top, bottom: canvas.bottom - bottom };
    const nearest = (['left', 'right', 'top', 'bottom'] as const).reduce((a, b) => (gaps[b] < gaps[a] ? b : a));
    const bar = wide || (!tall && (nearest === 'top' || nearest === 'bottom'));
    if (bar) {
      if ((top + bottom) / 2 < canvas.top + height / 2) inset.top = Math.max(inset.top, bottom - canvas.top);
      else inset.bottom = Math.max(inset.bottom, canvas.bottom - top);
    } else if ((left + right) / 2 < canvas.left + width / 2) inset.left = Math.max(inset.left, right - canvas.left);
    else inset.right = Math.max(inset.right, canvas.right - left);
  }
  const freeWidth = width - inset.left - inset.right;
  const freeHeight = height - inset.top - inset.bottom;
  if (freeWidth < width * MIN_FREE_SHARE || freeHeight < height * MIN_FREE_SHARE) return { left: -1, right: 1, bottom: -1, top: 1 };
  return {
    left: (inset.left / width) * 2 - 1,
    right: 1 - (inset.right / width) * 2,
    top: 1 - (inset.top / height) * 2,
    bottom: (inset.bottom / height) * 2 - 1,
  };
}

export function frameFromBehind(box: Box3, fovDeg: number, aspect: number, padding = 1.3, free: FreeArea = WIDE_SCREEN_FREE): Framing {
  const size = box.getSize(new Vector3());
  const c = box.getCenter(new Vector3());
  const tan = Math.tan(((fovDeg / 2) * Math.PI) / 180);
  const halfWidth = (free.right - free.left) / 2;
  const halfHeight = (free.top - free.bottom) / 2;
  const byHeight = ((size.y / 2) * padding) / (tan * halfHeight);
  const byWidth = ((size.x / 2) * padding) / (tan * Math.max(0.2, aspect * halfWidth));
  const d = Math.max(byHeight, byWidth, MIN_DISTANCE) + size.z / 2;
  // Looking along +Z, screen right is world −X. Move the view so the box centre, at distance d, projects
  // to the free area's centre.
  const x = c.x + ((free.left + free.right) / 2) * d * tan * aspect;
  const y = c.y - ((free.top + free.bottom) / 2) * d * tan;
  return { position: [x, y, c.z - d], target: [x, y, c.z] };
}

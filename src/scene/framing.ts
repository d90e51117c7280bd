// Where the camera goes to frame a box from behind, and how the picture is shifted into the part of the
// canvas the panels leave free. The camera looks along +Z (the back faces −Z) at the box's centre, which
// stays the orbit pivot, so turning the back turns it round what was framed; the shift is the camera's
// view offset (a sub-rectangle of a larger image), not a move of the pivot.
import type { Box3 } from 'three';
import { Vector3 } from 'three';
import type { StageInsets } from '../store/explorer-store';

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

export const WHOLE_CANVAS: FreeArea = { left: -1, right: 1, bottom: -1, top: 1 };
/** Closest framing distance (m): small structures stay in context instead of filling the screen. */
const MIN_DISTANCE = 0.32;
/** A free area smaller than this share of the canvas on either axis is ignored (the panels fill the screen). */
const MIN_FREE_SHARE = 0.2;

/** The canvas area (CSS px `width` × `height`) that the panels' insets leave free, in device coordinates. */
export function freeArea(width: number, height: number, insets: StageInsets): FreeArea {
  if (width <= 0 || height <= 0) return WHOLE_CANVAS;
  const freeWidth = width - insets.left - insets.right;
  const freeHeight = height - insets.top - insets.bottom;
  if (freeWidth < width * MIN_FREE_SHARE || freeHeight < height * MIN_FREE_SHARE) return WHOLE_CANVAS;
  return {
    left: (insets.left / width) * 2 - 1,
    right: 1 - (insets.right / width) * 2,
    top: 1 - (insets.top / height) * 2,
    bottom: (insets.bottom / height) * 2 - 1,
  };
}

/**
 * The view offset (camera.setViewOffset's x and y, CSS px) that draws the view's centre in the middle of
 * the free area: the visible window is moved the other way across a full image of the same size.
 */
export function viewOffset(width: number, height: number, free: FreeArea): { x: number; y: number } {
  return {
    x: (-(free.left + free.right) / 2) * (width / 2),
    y: ((free.top + free.bottom) / 2) * (height / 2),
  };
}

/** Camera position and target that fit `box`, seen from behind, into the free area's size. */
export function frameFromBehind(box: Box3, fovDeg: number, aspect: number, padding = 1.3, free: FreeArea = WHOLE_CANVAS): Framing {
  const size = box.getSize(new Vector3());
  const c = box.getCenter(new Vector3());
  const tan = Math.tan(((fovDeg / 2) * Math.PI) / 180);
  const halfWidth = (free.right - free.left) / 2;
  const halfHeight = (free.top - free.bottom) / 2;
  const byHeight = ((size.y / 2) * padding) / (tan * halfHeight);
  const byWidth = ((size.x / 2) * padding) / (tan * Math.max(0.2, aspect * halfWidth));
  const d = Math.max(byHeight, byWidth, MIN_DISTANCE) + size.z / 2;
  return { position: [c.x, c.y, c.z - d], target: [c.x, c.y, c.z] };
}

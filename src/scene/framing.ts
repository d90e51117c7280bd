// Where the camera goes to frame a box from behind: on the −Z side (the back faces −Z), looking along
// +Z at the box centre, far enough back that the box fits the part of the canvas the panels leave free.
import type { Box3 } from 'three';
import { Vector3 } from 'three';

export interface Framing {
  position: [number, number, number];
  target: [number, number, number];
}

/** Share of the canvas width left between the side panels on a wide screen. */
const FREE_WIDTH = 0.55;
/** Share of the half-height above the centre that the top bar leaves free. */
const FREE_HEIGHT = 0.78;
/** Closest framing distance (m): small structures stay in context instead of filling the screen. */
const MIN_DISTANCE = 0.32;

export function frameFromBehind(box: Box3, fovDeg: number, aspect: number, padding = 1.3): Framing {
  const size = box.getSize(new Vector3());
  const c = box.getCenter(new Vector3());
  const tan = Math.tan(((fovDeg / 2) * Math.PI) / 180);
  const byHeight = ((size.y / 2) * padding) / (tan * FREE_HEIGHT);
  const byWidth = ((size.x / 2) * padding) / (tan * Math.max(0.2, aspect * FREE_WIDTH));
  const d = Math.max(byHeight, byWidth, MIN_DISTANCE) + size.z / 2;
  return { position: [c.x, c.y, c.z - d], target: [c.x, c.y, c.z] };
}

// While the view is being turned, zoomed or panned, frames that take too long are drawn at a lower pixel
// ratio; once the camera comes to rest the view is drawn again at its full ratio. In software GL (no GPU)
// a frame's cost grows with its pixels, and an orbit with every layer shown ran at ~15 fps at 1280×720;
// the still view, what people read and what the tests and screenshots see, is drawn exactly as before.
// Decided by measured frame time, not by device: a GPU that keeps up never lowers the ratio.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

/** Frames slower than this (ms, smoothed) while moving lower the ratio a step. */
export const MOTION_FRAME_BUDGET_MS = 1000 / 30;
/** Each step multiplies the ratio by this. */
const STEP = 0.75;
/** Never below this share of the full ratio (0.75 → 0.375 in software GL): the model stays readable. */
const FLOOR_SHARE = 0.5;
/** A longer gap between two frames is no frame time at all (nothing was moving in between): start again. */
const GAP_MS = 250;
/** Weight of the newest frame in the smoothed frame time. */
const SMOOTHING = 0.5;

interface ControlsEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface MotionDprProps {
  /** The view's full pixel ratio (early-webgl.ts). */
  full: number;
}

export function MotionDpr({ full }: MotionDprProps) {
  const controls = useThree((s) => s.controls) as unknown as ControlsEvents | null;
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  // `learned`: the ratio the last motion settled on, taken up again at once when the view moves again.
  const motion = useRef({ driven: false, released: false, moving: false, last: 0, smoothed: 0, ratio: full, learned: full });

  useEffect(() => {
    if (!controls) return;
    const m = motion.current;
    // 'update' fires for every frame in which the camera moved: dragged, gliding to rest, or flying to a view.
    // Only a person's own drag, pinch or pan lowers the ratio: the app's flights (framing at start-up, a new
    // selection, the tour) are short, and lowering the ratio during the start-up framing resized the canvas
    // again and again while the page was still loading (Lighthouse counted it as ~1 s of blocking time).
    const onControlStart = (): void => {
      m.driven = true;
      m.released = false;
    };
    // The camera still glides a moment after the hand lets go; that glide is the person's too, until rest.
    const onControlEnd = (): void => {
      m.released = true;
    };
    const onMove = (): void => {
      if (!m.driven || m.moving) return;
      m.moving = true;
      m.last = 0;
      m.smoothed = 0;
      if (m.learned < m.ratio) {
        m.ratio = m.learned;
        setDpr(m.ratio);
      }
    };
    const onRest = (): void => {
      m.moving = false;
      // 'rest' can come while a slow drag goes on: only a released drag stops being the person's.
      if (m.released) {
        m.driven = false;
        m.released = false;
      }
      if (m.ratio !== full) {
        m.ratio = full;
        setDpr(full);
        invalidate();
      }
    };
    controls.addEventListener('controlstart', onControlStart);
    controls.addEventListener('controlend', onControlEnd);
    controls.addEventListener('update', onMove);
    controls.addEventListener('rest', onRest);
    controls.addEventListener('sleep', onRest);
    return () => {
      controls.removeEventListener('controlstart', onControlStart);
      controls.removeEventListener('controlend', onControlEnd);
      controls.removeEventListener('update', onMove);
      controls.removeEventListener('rest', onRest);
      controls.removeEventListener('sleep', onRest);
      onRest();
    };
  }, [controls, full, setDpr, invalidate]);

  useFrame(() => {
    const m = motion.current;
    if (!m.moving) return;
    const now = performance.now();
    if (m.last > 0 && now - m.last < GAP_MS) {
      const frame = now - m.last;
      m.smoothed = m.smoothed === 0 ? frame : m.smoothed + SMOOTHING * (frame - m.smoothed);
      const floor = full * FLOOR_SHARE;
      if (m.smoothed > MOTION_FRAME_BUDGET_MS && m.ratio > floor) {
        m.ratio = Math.max(floor, m.ratio * STEP);
        m.learned = m.ratio;
        setDpr(m.ratio);
        // Judge the new ratio on frames drawn at it.
        m.smoothed = 0;
        m.last = 0;
        return;
      }
    }
    m.last = now;
  });
  return null;
}

// The information panel as a bottom sheet (phones, portrait tablets): three resting heights — a peek that
// shows the handle and the heading, the default that leaves the model most of the screen, and nearly the
// whole screen — and a handle that drags between them and is also a button (Enter/Space: peek ↔ default).
import {
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type PointerEvent as ReactPointerEvent,
  type SetStateAction,
  type RefObject,
} from 'react';

export type SheetSnap = 'peek' | 'default' | 'full';
export type SheetHeights = Record<SheetSnap, number>;

/** Share of the window's height the sheet takes by default: the model keeps well over 40 % above it. */
const DEFAULT_SHARE = 0.34;
/** Of the model, at least this strip stays visible between the top bar and a fully raised sheet. */
const FULL_GAP = 48;
/** Pixels a press must travel to be a drag rather than a tap on the handle. */
const DRAG_SLOP = 6;
/** A drag shorter than this returns to where it started. */
const SNAP_THRESHOLD = 32;

const ORDER: readonly SheetSnap[] = ['peek', 'default', 'full'];

/**
 * Where a drag released at `height` comes to rest: back where it started when it hardly moved, else the
 * next resting height in the direction it moved, at or beyond the release (a drag up from the peek past the
 * default opens fully; any drag down from the default far enough to count collapses to the peek).
 */
export function snapAfterDrag(heights: SheetHeights, from: SheetSnap, height: number): SheetSnap {
  const moved = height - heights[from];
  if (Math.abs(moved) < SNAP_THRESHOLD) return from;
  if (moved > 0) return ORDER.find((s) => heights[s] >= height) ?? 'full';
  return [...ORDER].reverse().find((s) => heights[s] <= height) ?? 'peek';
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export interface BottomSheet {
  snap: SheetSnap;
  setSnap: Dispatch<SetStateAction<SheetSnap>>;
  /** The sheet's height now (CSS px): its resting height, or where the finger holds it. */
  height: number;
  dragging: boolean;
  handleProps: {
    onPointerDown(e: ReactPointerEvent<HTMLElement>): void;
    onPointerMove(e: ReactPointerEvent<HTMLElement>): void;
    onPointerUp(e: ReactPointerEvent<HTMLElement>): void;
    onPointerCancel(e: ReactPointerEvent<HTMLElement>): void;
    onClick(): void;
  };
}

/**
 * `handle` is the sheet's handle; `heading` finds the element the peek must show (the panel's heading);
 * `topEdge` is how far down the top bar reaches. `contentKey` changes when the panel shows something else,
 * so the peek is measured again.
 */
export function useBottomSheet(
  enabled: boolean,
  handle: RefObject<HTMLElement | null>,
  heading: () => HTMLElement | null,
  topEdge: () => number,
  contentKey: string,
): BottomSheet {
  const viewport = useSyncExternalStore(subscribeResize, () => window.innerHeight, () => 768);
  const [snap, setSnap] = useState<SheetSnap>('default');
  const [peek, setPeek] = useState(120);
  const [top, setTop] = useState(76);
  const [drag, setDrag] = useState<number | null>(null);
  const press = useRef<{ id: number; y: number; from: number; moved: boolean } | null>(null);
  /** Until when a click is the end of a drag, not a tap (touch drags end with no click at all). */
  const swallowClickUntil = useRef(0);

  // The peek shows the handle and everything down to the bottom of the heading (a "Back" button above it
  // too); the heading's offsetTop is within the scrolling body (position: relative in styles.css).
  useLayoutEffect(() => {
    if (!enabled) return;
    const h = heading();
    const bar = handle.current;
    if (h && bar) setPeek(Math.ceil(bar.offsetHeight + h.offsetTop + h.offsetHeight + 12));
    setTop(Math.ceil(topEdge()));
  }, [enabled, contentKey, viewport, heading, handle, topEdge]);

  const full = Math.max(peek, viewport - top - FULL_GAP);
  const heights: SheetHeights = {
    peek,
    default: Math.min(full, Math.max(peek + 80, Math.round(viewport * DEFAULT_SHARE))),
    full,
  };
  const clamp = (h: number): number => Math.min(heights.full, Math.max(heights.peek, h));

  const end = (e: ReactPointerEvent<HTMLElement>, commit: boolean): void => {
    const p = press.current;
    if (!p || p.id !== e.pointerId) return;
    press.current = null;
    if (!p.moved) return;
    setDrag(null);
    if (!commit) return;
    // The click that ends a drag is not a tap on the handle.
    swallowClickUntil.current = performance.now() + 500;
    setSnap(snapAfterDrag(heights, snap, clamp(p.from - (e.clientY - p.y))));
  };

  return {
    snap,
    setSnap,
    height: drag ?? heights[snap],
    dragging: drag !== null,
    handleProps: {
      onPointerDown: (e) => {
        if (!enabled || (e.pointerType === 'mouse' && e.button !== 0)) return;
        press.current = { id: e.pointerId, y: e.clientY, from: heights[snap], moved: false };
        swallowClickUntil.current = 0;
        e.currentTarget.setPointerCapture(e.pointerId);
      },
      onPointerMove: (e) => {
        const p = press.current;
        if (!p || p.id !== e.pointerId) return;
        const dy = e.clientY - p.y;
        if (!p.moved && Math.abs(dy) < DRAG_SLOP) return;
        p.moved = true;
        setDrag(clamp(p.from - dy));
      },
      onPointerUp: (e) => end(e, true),
      onPointerCancel: (e) => end(e, false),
      onClick: () => {
        if (performance.now() < swallowClickUntil.current) {
          swallowClickUntil.current = 0;
          return;
        }
        setSnap(snap === 'peek' ? 'default' : 'peek');
      },
    },
  };
}

// Publishes what the panels cover of the canvas: the boxes of the panels marked `data-covers-stage` (the top
// bar, the left panel or open drawer, the information panel or bottom sheet at its current height) become
// `stageInsets` in the store, for the scene to frame the model in what is left. The same insets go to CSS
// (--panels-top/right/bottom/left on <html>) so the messages that float over the model (notices, loading,
// the hint) sit between the panels on every layout. The hint line floats and is left out: it comes and goes
// with the first interaction, and the picture must not jump when it does (the default framing leaves room
// for it instead, CameraRig.tsx). Re-measured whenever one of those boxes, or the stage, changes size.
import { useEffect, type RefObject } from 'react';
import { explorerStore } from '../store/use-explorer';
import { insetsFromRects, type Rect } from './stage-insets';

const COVERS = '[data-covers-stage]';
/** The hint line floats between the panels (placed by the CSS insets), so it is left out of them. */
const FLOATING = 'hint';

function boxOf(el: Element): Rect | null {
  const b = el.getBoundingClientRect();
  return b.width > 0 && b.height > 0 ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
}

export function StageInsets({ stage }: { stage: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const root = document.documentElement;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const area = stage.current ? boxOf(stage.current) : null;
      if (!area) return;
      const panels: Rect[] = [];
      for (const el of document.querySelectorAll(COVERS)) {
        const box = el.classList.contains(FLOATING) ? null : boxOf(el);
        if (box) panels.push(box);
      }
      const insets = insetsFromRects(area, panels);
      for (const [edge, px] of Object.entries(insets)) root.style.setProperty(`--panels-${edge}`, `${px}px`);
      explorerStore.getState().setStageInsets(insets);
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    // Sizes: the panels (a sheet dragged, a drawer opened) and the stage itself (the window resized).
    const sizes = new ResizeObserver(schedule);
    const observe = (): void => {
      sizes.disconnect();
      if (stage.current) sizes.observe(stage.current);
      for (const el of document.querySelectorAll(COVERS)) sizes.observe(el);
      schedule();
    };
    // Presence and class changes: the hint line comes and goes, a drawer opens by its class.
    const tree = new MutationObserver(observe);
    tree.observe(document.body, { childList: true, subtree: true, attributeFilter: ['class', 'hidden'] });
    // A panel that slides keeps its size: measure again where its transition ends.
    document.addEventListener('transitionend', schedule);
    observe();
    return () => {
      tree.disconnect();
      sizes.disconnect();
      document.removeEventListener('transitionend', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [stage]);
  return null;
}

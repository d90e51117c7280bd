// A small name tag next to the pointer for the structure under it. Pointer-only help, so hidden from
// screen readers (the structure list names everything for them). The store says which structure is under
// the pointer (and changes only when that does); the tag follows the pointer itself, so a pointer move
// writes no app state.
import { useEffect, useRef } from 'react';
import { useExplorer } from '../store/use-explorer';
import { displayName } from './display-name';

const OFFSET = 16;

export function HoverLabel() {
  const hovered = useExplorer((s) => s.hovered);
  const tag = useRef<HTMLDivElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const place = (): void => {
      const el = tag.current;
      const p = last.current;
      if (!el || !p) return;
      el.style.left = `${p.x + OFFSET}px`;
      el.style.top = `${p.y + OFFSET}px`;
    };
    const onMove = (e: PointerEvent): void => {
      last.current = { x: e.clientX, y: e.clientY };
      place();
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    place();
    return () => window.removeEventListener('pointermove', onMove);
  }, [hovered]);

  if (!hovered) return null;
  const p = last.current;
  return (
    <div ref={tag} className="hover-label" aria-hidden="true" style={p ? { left: p.x + OFFSET, top: p.y + OFFSET } : undefined}>
      {displayName(hovered)}
    </div>
  );
}

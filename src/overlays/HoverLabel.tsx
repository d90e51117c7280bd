// A small name tag next to the pointer for the structure under it. Pointer-only help, so hidden from
// screen readers (the structure list names everything for them).
import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../store/use-explorer';
import { displayName } from './display-name';

const OFFSET = 16;

export function HoverLabel() {
  const { hovered, point } = useExplorer(useShallow((s) => ({ hovered: s.hovered, point: s.hoverPoint })));
  if (!hovered || !point) return null;
  return (
    <div className="hover-label" aria-hidden="true" style={{ left: point.x + OFFSET, top: point.y + OFFSET }}>
      {displayName(hovered)}
    </div>
  );
}

// The pain map's part of the scene: measures the landmarks zones are anchored to, paints the open zone
// and the marks onto the back map (zone-paint.ts), and finds what lies beneath each mark. It keeps no
// state: it reads the store and reports through its actions.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Box3 } from 'three';
import { anchorsFromBoxes, type BoxLike } from '../pain/anchors';
import type { ExplorerState } from '../store/explorer-store';
import { paintedZone } from '../store/painted-zone';
import { explorerStore } from '../store/use-explorer';
import { nodesBeneath } from './beneath';
import type { StructurePart } from './collect-parts';
import { paintBackMap } from './zone-paint';

export interface PainLayerProps {
  /** The model's parts, as TorsoModel draws them. */
  parts: readonly StructurePart[];
}

function boxesOf(parts: readonly StructurePart[]): (node: string) => BoxLike | null {
  const boxes = new Map<string, Box3>();
  for (const p of parts) {
    p.geometry.computeBoundingBox();
    const box = p.geometry.boundingBox?.clone().applyMatrix4(p.matrix);
    if (!box) continue;
    const had = boxes.get(p.node);
    boxes.set(p.node, had ? had.union(box) : box);
  }
  return (node) => boxes.get(node) ?? null;
}

/** What the painted back map depends on; anything else changing leaves it alone. */
function paintInputs(s: ExplorerState): unknown[] {
  return [s.panel, s.selected, s.referralShown, s.anchors, s.painMap, s.marks];
}

export function PainLayer({ parts }: PainLayerProps) {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const anchors = anchorsFromBoxes(boxesOf(parts));
    if (anchors) explorerStore.getState().setAnchors(anchors);
  }, [parts]);

  useEffect(() => {
    let last: unknown[] = [];
    const paint = (s: ExplorerState): void => {
      const now = paintInputs(s);
      if (now.length === last.length && now.every((v, i) => v === last[i])) return;
      last = now;
      paintBackMap(paintedZone(s), s.painMap ? s.marks : []);
      invalidate();
    };
    const beneath = (s: ExplorerState): void => {
      if (s.beneath === null) s.setBeneath(s.marks.map((m) => nodesBeneath(parts, m)));
    };
    const onChange = (s: ExplorerState): void => {
      paint(s);
      beneath(s);
    };
    onChange(explorerStore.getState());
    return explorerStore.subscribe(onChange);
  }, [parts, invalidate]);

  return null;
}

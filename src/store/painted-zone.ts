// Which zone the back shows, derived from the state: the open cause's, or the selected muscle's referral
// map when it is asked for (on the selected side only). Read by the scene's painter and the handout.
import { felt, referral } from '../../content';
import type { BodyRegionId } from '../../content/types';
import { parseNodeName } from '../../contract';
import { zoneRects, type ZoneRect } from '../pain/zones';
import type { ExplorerState } from './explorer-store';

export function paintedZone(s: Pick<ExplorerState, 'panel' | 'selected' | 'referralShown' | 'anchors'>): ZoneRect[] {
  if (s.panel.kind === 'cause') return zoneRects(felt[s.panel.id], s.anchors);
  if (s.panel.kind === 'structure' && s.referralShown && s.selected) {
    const node = parseNodeName(s.selected);
    const map = node ? referral[node.structure] : undefined;
    if (!node || !map) return [];
    const rects = zoneRects(map, s.anchors);
    // A muscle refers pain on its own side: the left muscle's map is the left half (x > 0).
    return node.side === 'midline' ? rects : rects.filter((r) => (node.side === 'left' ? r.x1 > 0 : r.x0 < 0));
  }
  return [];
}

/** The body regions past the back that go with the painted zone. */
export function paintedRegions(s: Pick<ExplorerState, 'panel' | 'selected' | 'referralShown'>): BodyRegionId[] {
  if (s.panel.kind === 'cause') return felt[s.panel.id]?.elsewhere ?? [];
  if (s.panel.kind === 'structure' && s.referralShown && s.selected) {
    const node = parseNodeName(s.selected);
    return (node && referral[node.structure]?.elsewhere) || [];
  }
  return [];
}

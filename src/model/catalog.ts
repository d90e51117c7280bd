// The node catalogue: every structure node the app knows, derived from the content (which tests keep in
// step with the model contract). The structure list, search and link validation work from it, so they
// also work when WebGL or the model is unavailable.
import type { Structure } from '../../content/types';
import { nodeName, type Layer, type Side } from '../../contract';

export interface NodeInfo {
  /** Node name in the model: `trapezius.left`, `t4`. */
  name: string;
  structure: string;
  side: Side;
  layer: Layer;
}

export function buildCatalog(structures: readonly Structure[]): NodeInfo[] {
  return structures.flatMap((s) =>
    (s.paired ? (['left', 'right'] as const) : (['midline'] as const)).map((side) => ({
      name: nodeName(s.id, side),
      structure: s.id,
      side,
      layer: s.layer,
    })),
  );
}

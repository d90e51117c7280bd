// While a cause is open in the panel, the structures it mainly involves are lit on the model, so the
// words and the body line up. Only primary involvement: a cause that also touches half the back would
// light half the back and point at nothing, and a cause from the heart or lungs lights nothing at all,
// which is the point the panel makes in words.
import { causeById } from '../../content';
import { parseNodeName } from '../../contract';
import type { Panel } from './explorer-store';

const NONE: ReadonlySet<string> = new Set();
const byCause = new Map<string, ReadonlySet<string>>();

/** Structure ids (both sides of a paired one) lit for the panel; empty unless it shows a cause. */
export function highlightedStructures(panel: Panel): ReadonlySet<string> {
  if (panel.kind !== 'cause') return NONE;
  let set = byCause.get(panel.id);
  if (!set) {
    const cause = causeById(panel.id);
    set = new Set(cause?.involves.filter((i) => i.relevance === 'primary').map((i) => i.structure) ?? []);
    byCause.set(panel.id, set);
  }
  return set;
}

/** Whether a model node (`rhomboid-major.left`) is lit for the panel. */
export function isHighlighted(node: string, panel: Panel): boolean {
  const structure = parseNodeName(node)?.structure;
  return structure !== undefined && highlightedStructures(panel).has(structure);
}

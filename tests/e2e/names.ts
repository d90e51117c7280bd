// What the overlay heading should start with for a node: the structure's display name from the content
// (the heading may add the side, so tests match the start).
import { structureById } from '../../content';
import { LAYERS, OPTIONAL_STRUCTURES, REQUIRED_STRUCTURES, parseNodeName, type Layer } from '../../contract';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function headingPattern(node: string): RegExp {
  const parsed = parseNodeName(node);
  const name = parsed ? structureById(parsed.structure)?.name : undefined;
  if (!name) throw new Error(`no display name in content/ for ${node}`);
  return new RegExp(`^${escape(name)}`);
}

/** The layer a node belongs to by the model contract (required or optional), or null for names it does not list. */
export function layerOf(node: string): Layer | null {
  const parsed = parseNodeName(node);
  if (!parsed) return null;
  for (const layer of LAYERS) {
    const { paired, midline } = REQUIRED_STRUCTURES[layer];
    if ((parsed.side === 'midline' ? midline : paired).includes(parsed.structure)) return layer;
    // The optional structures are all paired (intrinsic slips beside the spine).
    if (parsed.side !== 'midline' && OPTIONAL_STRUCTURES[layer].includes(parsed.structure)) return layer;
  }
  return null;
}

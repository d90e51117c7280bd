// What the overlay heading should start with for a node. Muscles' display names are their ids in words
// ("rhomboid-major.left" → "Rhomboid major"); the heading may add the side, so tests match the start.
import { LAYERS, REQUIRED_STRUCTURES, parseNodeName, type Layer } from '../../src/model/contract';

export function headingPattern(node: string): RegExp {
  const parsed = parseNodeName(node);
  if (!parsed) throw new Error(`not a node name: ${node}`);
  const words = parsed.structure.split('-').join(' ');
  return new RegExp(`^${words.charAt(0).toUpperCase()}${words.slice(1)}`, 'i');
}

/** The layer a required node belongs to by the model contract, or null for names the contract does not list. */
export function layerOf(node: string): Layer | null {
  const parsed = parseNodeName(node);
  if (!parsed) return null;
  for (const layer of LAYERS) {
    const { paired, midline } = REQUIRED_STRUCTURES[layer];
    if ((parsed.side === 'midline' ? midline : paired).includes(parsed.structure)) return layer;
  }
  return null;
}

// "Rhomboid major (left)": the name a person reads for a node, in headings, labels and announcements.
import { structureById } from '../../content';
import { parseNodeName } from '../../contract';

export function displayName(node: string): string {
  const parsed = parseNodeName(node);
  if (!parsed) return node;
  const name = structureById(parsed.structure)?.name ?? parsed.structure;
  return parsed.side === 'midline' ? name : `${name} (${parsed.side})`;
}

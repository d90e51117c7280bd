// A small, fixed catalogue for store and link tests, independent of the real content.
import type { NodeInfo } from '../../src/model/catalog';

export const CATALOG: NodeInfo[] = [
  { name: 'trapezius.left', structure: 'trapezius', side: 'left', layer: 'superficial' },
  { name: 'trapezius.right', structure: 'trapezius', side: 'right', layer: 'superficial' },
  { name: 'rhomboid-major.left', structure: 'rhomboid-major', side: 'left', layer: 'superficial' },
  { name: 'serratus-posterior-superior.left', structure: 'serratus-posterior-superior', side: 'left', layer: 'intermediate' },
  { name: 'multifidus.left', structure: 'multifidus', side: 'left', layer: 'intrinsic' },
  { name: 't4', structure: 't4', side: 'midline', layer: 'skeleton' },
  { name: 'skin', structure: 'skin', side: 'midline', layer: 'skin' },
];
export const KNOWN = new Set(CATALOG.map((n) => n.name));

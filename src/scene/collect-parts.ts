// Turns a loaded glTF scene into the list of drawable structure parts. Only node names and `extras`
// are read (the model contract), so any GLB that keeps the contract works unchanged.
import type { BufferGeometry, Matrix4, Mesh, Object3D } from 'three';
import { nodeName, parseNodeName, readExtras, type StructureExtras } from '../../contract';

export interface StructurePart {
  /** Unique per drawn mesh: a node with several primitives yields several parts. */
  key: string;
  /** Contract node name: `trapezius.left`. */
  node: string;
  extras: StructureExtras;
  geometry: BufferGeometry;
  /** World matrix from the file (quantised meshes carry their scale here). */
  matrix: Matrix4;
}

function isMesh(o: Object3D): o is Mesh {
  return (o as Mesh).isMesh === true;
}

/** three's loader strips dots from `object.name`; the original name survives in `userData.name`. */
function contractName(o: Object3D, extras: StructureExtras): string {
  const original = typeof o.userData.name === 'string' ? o.userData.name : o.name;
  const parsed = parseNodeName(original);
  return parsed && parsed.structure === extras.structure ? original : nodeName(extras.structure, extras.side);
}

export function collectParts(root: Object3D): StructurePart[] {
  root.updateMatrixWorld(true);
  const parts: StructurePart[] = [];
  const visit = (o: Object3D): void => {
    const extras = readExtras(o.userData);
    if (!extras) {
      o.children.forEach(visit);
      return;
    }
    const node = contractName(o, extras);
    let i = 0;
    o.traverse((child) => {
      if (isMesh(child)) {
        parts.push({ key: `${node}#${i++}`, node, extras, geometry: child.geometry, matrix: child.matrixWorld.clone() });
      }
    });
  };
  visit(root);
  return parts;
}

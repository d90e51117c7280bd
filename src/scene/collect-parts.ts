// Turns a loaded glTF scene into the list of drawable structure parts. Only node names and `extras`
// are read (the model contract), so any GLB that keeps the contract works unchanged: meshes may be
// indexed or not, quantised or float, with or without normals and texture coordinates, one primitive or
// several per node, nested at any depth below a tagged node and under any transforms.
import type { BufferGeometry, Matrix4, Mesh, Object3D } from 'three';
import { nodeName, parseNodeName, readExtras, type StructureExtras } from '../../contract';

/**
 * The optional scene-level extra by which a file declares that every structure part is a closed surface
 * with its faces pointing outward (the project's generator writes it, see generator/write-glb.ts). Only
 * then are back faces culled; any other file is drawn and picked double-sided, so open sheets have no holes.
 */
export const CLOSED_SURFACES_EXTRA = 'closedSurfaces';

export interface StructurePart {
  /** Unique per drawn mesh: a node with several primitives yields several parts. */
  key: string;
  /** Contract node name: `trapezius.left`. */
  node: string;
  extras: StructureExtras;
  geometry: BufferGeometry;
  /** World matrix from the file (quantised meshes carry their scale here). */
  matrix: Matrix4;
  /** Draw (and pick) both faces: the file does not declare its surfaces closed. */
  doubleSided: boolean;
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

/** Whether the file's scene declares closed, outward-facing surfaces (three puts scene extras in userData). */
export function declaresClosedSurfaces(root: Object3D): boolean {
  return root.userData[CLOSED_SURFACES_EXTRA] === true;
}

/** The matcap shades by normals: a primitive without them gets them computed from its triangles. */
function withNormals(geometry: BufferGeometry): BufferGeometry {
  if (!geometry.hasAttribute('normal')) geometry.computeVertexNormals();
  return geometry;
}

export function collectParts(root: Object3D): StructurePart[] {
  root.updateMatrixWorld(true);
  const doubleSided = !declaresClosedSurfaces(root);
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
        parts.push({ key: `${node}#${i++}`, node, extras, geometry: withNormals(child.geometry), matrix: child.matrixWorld.clone(), doubleSided });
      }
    });
  };
  visit(root);
  return parts;
}

// Finding structure meshes in the scene, shared by the camera rig and the test hook.
import { Box3, type Mesh, type Object3D } from 'three';

export function structureMeshes(root: Object3D): Mesh[] {
  const out: Mesh[] = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh && typeof o.userData.node === 'string') out.push(o as Mesh);
  });
  return out;
}

/** Bounding box of one node's parts, or of the whole model (skin aside) when node is null. */
export function boxOf(root: Object3D, node: string | null): Box3 | null {
  root.updateMatrixWorld(true);
  const box = new Box3();
  for (const m of structureMeshes(root)) {
    const matches = node === null ? m.userData.layer !== 'skin' : m.userData.node === node;
    if (matches) box.expandByObject(m);
  }
  return box.isEmpty() ? null : box;
}

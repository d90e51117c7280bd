// Shared by the model tests: reads a torso GLB the way the app does (meshopt + quantisation decoded
// locally) and returns each mesh node's world-space triangles in metres.
import { readFileSync } from 'node:fs';
import { Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dequantize } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { Matrix3, Matrix4, Vector3 } from 'three';
import { MODEL_PATH } from '../../generator/build-model';

export interface LoadedNode {
  name: string;
  extras: unknown;
  /** World-space positions (metres, glTF frame), xyz interleaved. */
  positions: Float32Array;
  /** World-space unit vertex normals (what the app shades with), xyz interleaved. */
  normals: Float32Array;
  /** Texture coordinates (uv interleaved), or null when the mesh has none. */
  uvs: Float32Array | null;
  indices: Uint32Array;
}

export async function readGlb(bytes: Uint8Array): Promise<LoadedNode[]> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  doc.setLogger(new Logger(Logger.Verbosity.ERROR));
  await doc.transform(dequantize());
  const out: LoadedNode[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const matrix = node.getWorldMatrix();
    const pos: number[] = [];
    const nrm: number[] = [];
    const uv: number[] = [];
    const idx: number[] = [];
    const normalMatrix = new Matrix3().getNormalMatrix(new Matrix4().fromArray([...matrix]));
    for (const prim of mesh.listPrimitives()) {
      const p = prim.getAttribute('POSITION');
      const nAttr = prim.getAttribute('NORMAL');
      const tAttr = prim.getAttribute('TEXCOORD_0');
      const ind = prim.getIndices();
      if (!p) continue;
      const base = pos.length / 3;
      const v = new Vector3();
      const el: number[] = [];
      for (let i = 0; i < p.getCount(); i++) {
        p.getElement(i, el);
        v.set(el[0] ?? 0, el[1] ?? 0, el[2] ?? 0).applyMatrix4({ elements: [...matrix] } as never);
        pos.push(v.x, v.y, v.z);
        if (nAttr) nAttr.getElement(i, el);
        else el.fill(0);
        v.set(el[0] ?? 0, el[1] ?? 0, el[2] ?? 0).applyMatrix3(normalMatrix).normalize();
        nrm.push(v.x, v.y, v.z);
        if (tAttr) {
          tAttr.getElement(i, el);
          uv.push(el[0] ?? 0, el[1] ?? 0);
        }
      }
      if (ind) for (let i = 0; i < ind.getCount(); i++) idx.push(base + ind.getScalar(i));
      else for (let i = 0; i < p.getCount(); i++) idx.push(base + i);
    }
    out.push({ name: node.getName(), extras: node.getExtras(), positions: Float32Array.from(pos), normals: Float32Array.from(nrm), uvs: uv.length > 0 ? Float32Array.from(uv) : null, indices: Uint32Array.from(idx) });
  }
  return out;
}

let cached: Promise<LoadedNode[]> | null = null;
/** The committed model, read once per test file. */
export function committedModel(): Promise<LoadedNode[]> {
  cached ??= readGlb(new Uint8Array(readFileSync(MODEL_PATH)));
  return cached;
}

export const committedBytes = (): Uint8Array => new Uint8Array(readFileSync(MODEL_PATH));

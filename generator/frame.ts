// Landmark frame (cm, +z toward the back) → glTF frame (metres, +Z toward the front): (x, y, −z) / 100.
// Flipping one axis mirrors the space, so triangle winding is reversed to keep faces pointing outward.
import type { MeshData } from './mesh';
import { at, type Vec3 } from './vec';

export const CM_TO_M = 0.01;

export const toGltfPoint = (p: Vec3): Vec3 => [p[0] * CM_TO_M, p[1] * CM_TO_M, -p[2] * CM_TO_M];
export const fromGltfPoint = (p: Vec3): Vec3 => [p[0] / CM_TO_M, p[1] / CM_TO_M, -p[2] / CM_TO_M];

export interface GltfArrays {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array | null;
  indices: Uint16Array | Uint32Array;
}

export function toGltfArrays(m: MeshData): GltfArrays {
  const positions = new Float32Array(m.positions.length);
  const normals = new Float32Array(m.normals.length);
  for (let i = 0; i < m.positions.length; i += 3) {
    positions[i] = at(m.positions, i) * CM_TO_M;
    positions[i + 1] = at(m.positions, i + 1) * CM_TO_M;
    positions[i + 2] = -at(m.positions, i + 2) * CM_TO_M;
    normals[i] = at(m.normals, i);
    normals[i + 1] = at(m.normals, i + 1);
    normals[i + 2] = -at(m.normals, i + 2);
  }
  const count = m.positions.length / 3;
  const indices = count < 65536 ? new Uint16Array(m.indices.length) : new Uint32Array(m.indices.length);
  for (let t = 0; t < m.indices.length; t += 3) {
    indices[t] = at(m.indices, t);
    indices[t + 1] = at(m.indices, t + 2);
    indices[t + 2] = at(m.indices, t + 1);
  }
  return { positions, normals, uvs: m.uvs ? Float32Array.from(m.uvs) : null, indices };
}

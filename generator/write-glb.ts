// Writes the structures as one glTF binary: one mesh node per structure and side, named and tagged per the
// model contract, with a material per layer in the app's own colours (contract/palette.ts), so any glTF
// viewer shows the layers as the app's legend names them. Meshopt compression (which also
// applies KHR_mesh_quantization) keeps the file small; three decodes it with its bundled MeshoptDecoder.
import { Document, Logger, NodeIO, type Material } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { DEFAULT_LAYER_OPACITY, LAYER_COLORS, LAYERS, linearRgb, nodeName, type Layer, type Side, type StructureExtras } from '../contract';
import { toGltfArrays } from './frame';
import type { MeshData } from './mesh';

export interface OutputStructure {
  id: string;
  side: Side;
  layer: Layer;
  mesh: MeshData;
}

/** glTF's baseColorFactor for a layer: its palette colour in linear light, alpha its starting opacity. */
export function baseColorFactor(layer: Layer): [number, number, number, number] {
  return [...linearRgb(LAYER_COLORS[layer]), DEFAULT_LAYER_OPACITY[layer]];
}

/** Bone is a little less glossy than muscle, skin a little more (only other glTF viewers use these). */
const ROUGHNESS: Record<Layer, number> = { superficial: 0.6, intermediate: 0.6, intrinsic: 0.6, skeleton: 0.75, skin: 0.5 };

export async function writeGlb(structures: readonly OutputStructure[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createBuffer();
  // Every part is a closed surface facing outward (tests/model/closed.test.ts): the file says so, and the
  // app then culls back faces (src/scene/collect-parts.ts); files that do not say so are drawn double-sided.
  const scene = doc.createScene('torso').setExtras({ closedSurfaces: true });
  doc.getRoot().setDefaultScene(scene);
  const materials = new Map<Layer, Material>();
  for (const layer of LAYERS) {
    const mat = doc
      .createMaterial(layer)
      .setBaseColorFactor(baseColorFactor(layer))
      .setRoughnessFactor(ROUGHNESS[layer])
      .setMetallicFactor(0)
      .setDoubleSided(layer === 'skin');
    if (DEFAULT_LAYER_OPACITY[layer] < 1) mat.setAlphaMode('BLEND');
    materials.set(layer, mat);
  }
  for (const s of structures) {
    const name = nodeName(s.id, s.side);
    const a = toGltfArrays(s.mesh);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(a.positions))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(a.normals))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(a.indices));
    if (a.uvs) prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(a.uvs));
    const mat = materials.get(s.layer);
    if (mat) prim.setMaterial(mat);
    const mesh = doc.createMesh(name).addPrimitive(prim);
    const extras: StructureExtras = { structure: s.id, side: s.side, layer: s.layer };
    scene.addChild(doc.createNode(name).setMesh(mesh).setExtras({ ...extras }));
  }
  await doc.transform(meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizeNormal: 8,
      quantizeTexcoord: 10,
      // One grid for the whole scene: the left and right sheets that meet at x = 0 then share exactly the
      // same positions there (and the same node transform), so their seam rasterises without cracks.
      quantizationVolume: 'scene',
    }));
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  });
  return io.writeBinary(doc);
}

// The committed GLB's materials are the app's palette (contract/palette.ts), one per layer, so a glTF
// viewer shows the layers in the colours the app's legend gives them.
import { Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_OPACITY, LAYERS, linearRgb, LAYER_COLORS, readExtras } from '../../contract';
import { committedBytes } from './load-glb';

describe('model palette', () => {
  it("gives every layer's nodes one material in the palette's colour (linear) and starting opacity", async () => {
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.readBinary(committedBytes());
    doc.setLogger(new Logger(Logger.Verbosity.ERROR));
    for (const layer of LAYERS) {
      const material = doc.getRoot().listMaterials().find((m) => m.getName() === layer);
      expect(material, layer).toBeDefined();
      expect(material?.getBaseColorFactor(), layer).toEqual([...linearRgb(LAYER_COLORS[layer]), DEFAULT_LAYER_OPACITY[layer]]);
    }
    for (const node of doc.getRoot().listNodes()) {
      const extras = readExtras(node.getExtras());
      if (!extras) continue;
      for (const prim of node.getMesh()?.listPrimitives() ?? []) expect(prim.getMaterial()?.getName(), node.getName()).toBe(extras.layer);
    }
  });
});

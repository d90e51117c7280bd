// A second, independently made GLB that keeps the model contract (docs/contracts.md §1) and nothing else the
// project's generator happens to guarantee. Built in code (no binary in the repo) by the e2e test that serves
// it in place of public/models/torso.glb (other-glb.test.ts).
//
// Every required node of contract/model.ts is a simple shape, a tile in the back's plane at its layer's depth
// (superficial outermost seen from behind, i.e. at the most negative z), left at +x, right at −x. On purpose
// the file has what our generator never writes:
// - float positions without normals or texture coordinates, and some 16-bit and 8-bit quantised positions
//   (KHR_mesh_quantization) whose scale and offset sit in the node transform;
// - indexed and non-indexed primitives; one node made of two primitives;
// - open, single-sided quads, some wound to face away from a viewer behind the back (a scan's sheet may face
//   either way), and no `closedSurfaces` scene extra, so the app must not cull back faces;
// - tagged nodes inside transformed, untagged groups; a tagged node with no mesh of its own but a transformed
//   mesh child; node names that are the contract name, and names that are not (the app then builds the name
//   from the extras); extras with keys the contract does not know;
// - nodes the contract does not know (a mesh with no extras, one with invalid extras) in front of everything,
//   which the app must ignore.
import { Document, NodeIO, type Node } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { LAYERS, REQUIRED_STRUCTURES, nodeName, type Layer, type Side } from '../../contract';

/** Depth (z, metres) of each layer's face towards the viewer; the viewer is at −z. */
const DEPTH: Record<Layer, number> = { skin: -0.1, superficial: -0.07, intermediate: -0.05, intrinsic: -0.03, skeleton: -0.01 };
/** The tiles cover x ∈ [−HALF_W, HALF_W], y ∈ [BOTTOM, TOP] (the origin is C7's tip, the back lies below). */
const HALF_W = 0.2;
const TOP = 0.05;
const BOTTOM = -0.45;
/** Half the width of the column of midline tiles (vertebrae), when a layer has one. */
const MIDLINE_HALF_W = 0.02;
const GAP = 0.001;
const THICKNESS = 0.004;

type Shape = 'box' | 'quad-towards' | 'quad-away';
type Encoding = 'float' | 'int16' | 'int8';

interface Tile {
  structure: string;
  side: Side;
  layer: Layer;
  /** World rectangle. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every required node as a tile: per layer, a midline column and rows of left/right pairs. */
export function tiles(): Tile[] {
  const out: Tile[] = [];
  for (const layer of LAYERS) {
    const { paired, midline } = REQUIRED_STRUCTURES[layer];
    if (layer === 'skin') {
      out.push({ structure: 'skin', side: 'midline', layer, x0: -HALF_W - 0.02, x1: HALF_W + 0.02, y0: BOTTOM - 0.02, y1: TOP + 0.02 });
      continue;
    }
    const inner = midline.length > 0 ? MIDLINE_HALF_W : 0;
    const rowH = (TOP - BOTTOM) / paired.length;
    paired.forEach((structure, i) => {
      const y1 = TOP - i * rowH - GAP / 2;
      const y0 = TOP - (i + 1) * rowH + GAP / 2;
      out.push({ structure, side: 'left', layer, x0: inner + GAP / 2, x1: HALF_W, y0, y1 });
      out.push({ structure, side: 'right', layer, x0: -HALF_W, x1: -inner - GAP / 2, y0, y1 });
    });
    const colH = (TOP - BOTTOM) / Math.max(1, midline.length);
    midline.forEach((structure, i) => {
      out.push({ structure, side: 'midline', layer, x0: -inner + GAP / 2, x1: inner - GAP / 2, y0: TOP - (i + 1) * colH + GAP / 2, y1: TOP - i * colH - GAP / 2 });
    });
  }
  return out;
}

/** Triangles (world positions, counter-clockwise seen from where the face points) of one tile's shape. */
function triangles(t: Tile, shape: Shape): number[][] {
  const z = DEPTH[t.layer];
  const quad = (a: number[], b: number[], c: number[], d: number[]): number[][] => [a, b, c, a, c, d];
  // Seen from −z (behind the back, looking along +z), +x is on the screen's left. A face towards the viewer
  // is counter-clockwise seen from −z.
  const p = (x: number, y: number, zz: number): number[] => [x, y, zz];
  const front = quad(p(t.x1, t.y0, z), p(t.x0, t.y0, z), p(t.x0, t.y1, z), p(t.x1, t.y1, z));
  if (shape === 'quad-towards') return front;
  if (shape === 'quad-away') return front.map((_, i, all) => all[all.length - 1 - i] ?? [0, 0, 0]);
  const zb = z + THICKNESS;
  const back = quad(p(t.x0, t.y0, zb), p(t.x1, t.y0, zb), p(t.x1, t.y1, zb), p(t.x0, t.y1, zb));
  const bottom = quad(p(t.x0, t.y0, z), p(t.x1, t.y0, z), p(t.x1, t.y0, zb), p(t.x0, t.y0, zb));
  const top = quad(p(t.x1, t.y1, z), p(t.x0, t.y1, z), p(t.x0, t.y1, zb), p(t.x1, t.y1, zb));
  const left = quad(p(t.x1, t.y0, z), p(t.x1, t.y1, z), p(t.x1, t.y1, zb), p(t.x1, t.y0, zb));
  const right = quad(p(t.x0, t.y0, z), p(t.x0, t.y0, zb), p(t.x0, t.y1, zb), p(t.x0, t.y1, z));
  return [...front, ...back, ...bottom, ...top, ...left, ...right];
}

interface Variant {
  shape: Shape;
  encoding: Encoding;
  indexed: boolean;
  /** Split into two primitives of one mesh. */
  twoPrimitives?: boolean;
  /** Tagged node without a mesh; the mesh is a transformed child node. */
  meshInChild?: boolean;
  /** Inside a transformed, untagged group. */
  nested?: boolean;
  /** The node's name is not its contract name (a scan tool's own naming). */
  foreignName?: boolean;
}

/** What each node is made as: the cases spread over the layers, the rest plain float boxes. */
function variantOf(t: Tile, i: number): Variant {
  const base: Variant = { shape: 'box', encoding: 'float', indexed: i % 2 === 0 };
  switch (t.structure) {
    // Open sheets facing away from the viewer: culled, they would be holes.
    case 'trapezius':
      return { shape: 'quad-away', encoding: 'float', indexed: t.side === 'left', foreignName: t.side === 'right' };
    case 'latissimus-dorsi':
      return { shape: 'quad-towards', encoding: 'float', indexed: false };
    case 'rhomboid-major':
      return { ...base, nested: true, meshInChild: true };
    case 'rhomboid-minor':
      return { ...base, twoPrimitives: true, indexed: false };
    case 'levator-scapulae':
      return { ...base, encoding: 'int16', nested: true };
    case 'serratus-posterior-superior':
      return { shape: 'quad-away', encoding: 'int8', indexed: true };
    case 'serratus-posterior-inferior':
      return { shape: 'quad-towards', encoding: 'int16', indexed: false, meshInChild: true };
    default:
      if (t.layer === 'intrinsic') return { ...base, encoding: i % 3 === 0 ? 'int8' : 'float', nested: i % 4 === 1, foreignName: i % 5 === 0 };
      return { ...base, twoPrimitives: i % 7 === 3, foreignName: i % 6 === 2 };
  }
}

/** A TRS transform and its matrix. */
interface Trs {
  t: [number, number, number];
  r: [number, number, number, number];
  s: [number, number, number];
}
const matrixOf = ({ t, r, s }: Trs): Matrix4 => new Matrix4().compose(new Vector3(...t), new Quaternion(...r), new Vector3(...s));
const quarterTurnZ: [number, number, number, number] = [0, 0, Math.SQRT1_2, Math.SQRT1_2];

/** Writes the GLB. Deterministic: the same bytes every time. */
export async function buildOtherGlb(): Promise<Uint8Array> {
  const doc = new Document();
  doc.createBuffer();
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  // No `closedSurfaces` extra: this file does not promise closed, outward-facing surfaces.
  const scene = doc.createScene('scan');
  doc.getRoot().setDefaultScene(scene);
  const material = doc.createMaterial('scan-grey').setBaseColorFactor([0.5, 0.5, 0.5, 1]).setDoubleSided(true);

  /** Primitives for world triangles, stored in the frame `world` of their node; returns that node's own TRS. */
  const primitives = (tris: number[][], encoding: Encoding, indexed: boolean, parts: number, world: Matrix4): { prims: ReturnType<Document['createPrimitive']>[]; own: Trs | null } => {
    // Quantised positions: the node gets translate/scale so that local positions lie in [−1, 1].
    let own: Trs | null = null;
    let toLocal = world.clone().invert();
    if (encoding !== 'float') {
      const local = tris.map((v) => new Vector3(...v).applyMatrix4(toLocal));
      const min = local.reduce((m, v) => m.min(v), new Vector3(Infinity, Infinity, Infinity));
      const max = local.reduce((m, v) => m.max(v), new Vector3(-Infinity, -Infinity, -Infinity));
      const centre = min.clone().add(max).multiplyScalar(0.5);
      const half = max.clone().sub(min).multiplyScalar(0.5);
      const s = Math.max(half.x, half.y, half.z);
      own = { t: [centre.x, centre.y, centre.z], r: [0, 0, 0, 1], s: [s, s, s] };
      toLocal = world.clone().multiply(matrixOf(own)).invert();
    }
    const per = Math.ceil(tris.length / 3 / parts) * 3;
    const prims = [];
    for (let start = 0; start < tris.length; start += per) {
      const chunk = tris.slice(start, start + per).map((v) => new Vector3(...v).applyMatrix4(toLocal));
      // Indexed: shared corners welded; non-indexed: three vertices per triangle.
      const verts: Vector3[] = [];
      const indices: number[] = [];
      for (const v of chunk) {
        const found = indexed ? verts.findIndex((w) => w.distanceTo(v) < 1e-9) : -1;
        if (found >= 0) indices.push(found);
        else {
          indices.push(verts.length);
          verts.push(v);
        }
      }
      const flat = verts.flatMap((v) => [v.x, v.y, v.z]);
      const array =
        encoding === 'float'
          ? new Float32Array(flat)
          : encoding === 'int16'
            ? new Int16Array(flat.map((c) => Math.round(c * 32767)))
            : new Int8Array(flat.map((c) => Math.round(c * 127)));
      const position = doc.createAccessor().setType('VEC3').setArray(array).setNormalized(encoding !== 'float');
      const prim = doc.createPrimitive().setAttribute('POSITION', position).setMaterial(material);
      if (indexed) prim.setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(indices)));
      prims.push(prim);
    }
    return { prims, own };
  };

  // Two groups with transforms of their own; tagged nodes inside them undo the transform in their vertices.
  const groupA: Trs = { t: [0.01, -0.02, 0.003], r: quarterTurnZ, s: [1.5, 1.5, 1.5] };
  const groupB: Trs = { t: [-0.005, 0.01, 0], r: [0, 0, 0, 1], s: [0.8, 1.2, 1] };
  const a = doc.createNode('ScanGroup_A').setTranslation(groupA.t).setRotation(groupA.r).setScale(groupA.s);
  const b = doc.createNode('ScanGroup_B').setTranslation(groupB.t).setRotation(groupB.r).setScale(groupB.s);
  const outer = doc.createNode('Scan_Root');
  outer.addChild(a);
  a.addChild(b);
  scene.addChild(outer);

  tiles().forEach((t, i) => {
    const v = variantOf(t, i);
    const name = nodeName(t.structure, t.side);
    const node = doc.createNode(v.foreignName ? `Scan_${t.structure.replace(/-/g, '_')}_${t.side.toUpperCase()}_${i}` : name);
    node.setExtras({ structure: t.structure, side: t.side, layer: t.layer, ...(v.foreignName ? { scanId: i } : {}) });
    // Nested ones inside a transformed group; the others straight in the scene or in an untransformed group.
    const parent: Node | null = v.nested ? (i % 2 === 0 ? a : b) : i % 2 === 0 ? outer : null;
    const parentWorld = v.nested ? (parent === a ? matrixOf(groupA) : matrixOf(groupA).multiply(matrixOf(groupB))) : new Matrix4();
    // A tagged node with a transform of its own.
    const nodeTrs: Trs = { t: [0, 0.002 * (i % 3), 0], r: [0, 0, 0, 1], s: [1, 1, 1] };
    node.setTranslation(nodeTrs.t);
    const nodeWorld = parentWorld.clone().multiply(matrixOf(nodeTrs));
    const holder = v.meshInChild ? doc.createNode(`${name}-geometry`).setTranslation([0.001, 0, 0]) : node;
    const holderWorld = v.meshInChild ? nodeWorld.clone().multiply(matrixOf({ t: [0.001, 0, 0], r: [0, 0, 0, 1], s: [1, 1, 1] })) : nodeWorld;
    const { prims, own } = primitives(triangles(t, v.shape), v.encoding, v.indexed, v.twoPrimitives ? 2 : 1, holderWorld);
    let meshNode = holder;
    if (own) {
      // Quantised: the dequantising transform sits on a node of its own below the holder.
      meshNode = doc.createNode(`${name}-dequantised`).setTranslation(own.t).setScale(own.s);
      holder.addChild(meshNode);
    }
    const mesh = doc.createMesh(name);
    for (const p of prims) mesh.addPrimitive(p);
    meshNode.setMesh(mesh);
    if (v.meshInChild) node.addChild(holder);
    if (parent) parent.addChild(node);
    else scene.addChild(node);
  });

  // Nodes the contract does not know, in front of everything: the app must not draw or pick them.
  const plinth = triangles({ structure: 'x', side: 'midline', layer: 'skin', x0: -0.5, x1: 0.5, y0: -0.6, y1: 0.2 }, 'quad-towards').map(([x = 0, y = 0]) => [x, y, -0.3]);
  const untagged = primitives(plinth, 'float', true, 1, new Matrix4()).prims;
  scene.addChild(doc.createNode('Scan_Plinth').setMesh(doc.createMesh('plinth').addPrimitive(untagged[0] ?? doc.createPrimitive())));
  const bad = primitives(plinth.map(([x = 0, y = 0]) => [x, y, -0.29]), 'float', false, 1, new Matrix4()).prims;
  scene.addChild(
    doc
      .createNode('Scan_Label')
      .setExtras({ structure: 'label', side: 'up', layer: 'annotations' })
      .setMesh(doc.createMesh('label').addPrimitive(bad[0] ?? doc.createPrimitive())),
  );

  return new NodeIO().registerExtensions([KHRMeshQuantization]).writeBinary(doc);
}

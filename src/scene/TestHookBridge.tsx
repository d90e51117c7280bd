// Publishes `window.__ube` (see src/test-hook.ts): where a structure can be clicked, what a click would
// hit, renderer figures and a state snapshot. Read-only, for the e2e tests and the benchmark.
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Box3, Color, MeshBasicMaterial, Raycaster, Vector2, Vector3, WebGLRenderTarget, type Material, type Mesh } from 'three';
import type { ExplorerHook } from '../test-hook';
import { explorerStore } from '../store/use-explorer';
import { boxOf, structureMeshes } from './scene-query';
import type { Camera, Scene, WebGLRenderer } from 'three';
import { warmedPrograms } from './warm-shaders';

/** Vertices sampled per node when looking for a clickable spot; enough to find one on any shape. */
const SAMPLES = 600;
/** A point counts as inside a node when this far to each side still hits it (px). */
const MARGIN = 4;
/** How far from the chosen vertex to look for such a point (px). */
const REACH = 30;

/**
 * The chosen vertex lies on the node's outline, where one pixel of rounding decides between the node and
 * its neighbour. Walks outwards, ring by ring, to the nearest point whose ±MARGIN neighbourhood all hits
 * the node; the vertex itself if there is none but it hits, else null.
 */
function awayFromEdges(x0: number, y0: number, hits: (x: number, y: number) => boolean): { x: number; y: number } | null {
  const solid = (x: number, y: number): boolean =>
    hits(x, y) && hits(x + MARGIN, y) && hits(x - MARGIN, y) && hits(x, y + MARGIN) && hits(x, y - MARGIN);
  for (let r = 0; r <= REACH; r += 2) {
    for (let dx = -r; dx <= r; dx += 2) {
      for (let dy = -r; dy <= r; dy += 2) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r && solid(x0 + dx, y0 + dy)) return { x: x0 + dx, y: y0 + dy };
      }
    }
  }
  return hits(x0, y0) ? { x: x0, y: y0 } : null;
}

/**
 * Renders every pickable structure mesh in a flat colour of its own (index + 1 as 24-bit RGB, black for
 * nothing) into an offscreen target the size of the drawing buffer, and reads back the given points.
 * Same geometry, camera (with its view offset), depth test and faces (each mesh's material.side) as the real frame; what
 * is hidden, ghosted or faded below the pick threshold is left out, exactly as it is for clicks.
 */
function idRender(gl: WebGLRenderer, scene: Scene, camera: Camera, canvas: HTMLCanvasElement, points: readonly { x: number; y: number }[]): (string | null)[] {
  const meshes = structureMeshes(scene);
  const buffer = gl.getDrawingBufferSize(new Vector2());
  const target = new WebGLRenderTarget(buffer.x, buffer.y);
  const saved = meshes.map((m) => ({ mesh: m, material: m.material as Material, visible: m.visible }));
  const ids: string[] = [];
  const materials: MeshBasicMaterial[] = [];
  meshes.forEach((m) => {
    const pickable = m.visible && m.userData.pickable === true;
    m.visible = pickable;
    if (!pickable) return;
    ids.push(m.userData.node as string);
    const id = ids.length;
    const material = new MeshBasicMaterial({ side: (m.material as Material).side, toneMapped: false });
    material.color = new Color((id >> 16) / 255, ((id >> 8) & 255) / 255, (id & 255) / 255);
    materials.push(material);
    m.material = material;
  });
  const background = scene.background;
  scene.background = null;
  const clear = gl.getClearColor(new Color());
  const alpha = gl.getClearAlpha();
  gl.setClearColor(0x000000, 1);
  gl.setRenderTarget(target);
  gl.clear();
  gl.render(scene, camera);
  const rect = canvas.getBoundingClientRect();
  const pixel = new Uint8Array(4);
  const out = points.map(({ x, y }) => {
    const px = Math.floor(((x - rect.left) / rect.width) * buffer.x);
    // Render targets are read bottom-up.
    const py = buffer.y - 1 - Math.floor(((y - rect.top) / rect.height) * buffer.y);
    if (px < 0 || py < 0 || px >= buffer.x || py >= buffer.y) return null;
    gl.readRenderTargetPixels(target, px, py, 1, 1, pixel);
    const id = ((pixel[0] ?? 0) << 16) | ((pixel[1] ?? 0) << 8) | (pixel[2] ?? 0);
    return id === 0 ? null : (ids[id - 1] ?? null);
  });
  gl.setRenderTarget(null);
  gl.setClearColor(clear, alpha);
  scene.background = background;
  for (const { mesh, material, visible } of saved) {
    mesh.material = material;
    mesh.visible = visible;
  }
  materials.forEach((m) => m.dispose());
  target.dispose();
  return out;
}

export function TestHookBridge() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const frames = useRef(0);

  useFrame(() => {
    frames.current += 1;
    const hook = window.__ube;
    if (!hook) return;
    hook.frames = frames.current;
    // The first frame rendered after the model mounted is the first frame that shows it.
    if (!hook.ready && explorerStore.getState().modelStatus === 'ready') hook.ready = true;
  });

  useEffect(() => {
    const raycaster = new Raycaster();
    const rect = (): DOMRect => gl.domElement.getBoundingClientRect();
    const toNdc = (x: number, y: number): Vector2 => {
      const r = rect();
      return new Vector2(((x - r.left) / r.width) * 2 - 1, -((y - r.top) / r.height) * 2 + 1);
    };
    const firstHit = (ndc: Vector2): Mesh | null => {
      raycaster.setFromCamera(ndc, camera);
      const meshes = structureMeshes(scene).filter((m) => m.visible);
      const hit = raycaster.intersectObjects(meshes, false)[0];
      return hit ? (hit.object as Mesh) : null;
    };

    const hook: ExplorerHook = {
      ready: false,
      frames: frames.current,
      screenPointOf(name) {
        const parts = structureMeshes(scene).filter((m) => m.userData.node === name && m.visible);
        if (parts.length === 0) return null;
        scene.updateMatrixWorld(true);
        const centre = new Box3();
        parts.forEach((m) => centre.expandByObject(m));
        const c = centre.getCenter(new Vector3()).project(camera);
        const r = rect();
        const v = new Vector3();
        const a = new Vector3();
        const b = new Vector3();
        /** Points of a part to try: its vertices, or the middles of its triangles. */
        const samples = (m: Mesh, middles: boolean): Vector3[] => {
          const pos = m.geometry.getAttribute('position');
          const out: Vector3[] = [];
          if (!middles) {
            const step = Math.max(1, Math.floor(pos.count / SAMPLES));
            for (let i = 0; i < pos.count; i += step) out.push(new Vector3().fromBufferAttribute(pos, i));
            return out;
          }
          const index = m.geometry.getIndex();
          const corner = (k: number): number => (index ? index.getX(k) : k);
          const triangles = Math.floor((index ? index.count : pos.count) / 3);
          const step = Math.max(1, Math.floor(triangles / SAMPLES));
          for (let t = 0; t < triangles; t += step) {
            v.fromBufferAttribute(pos, corner(3 * t));
            a.fromBufferAttribute(pos, corner(3 * t + 1));
            b.fromBufferAttribute(pos, corner(3 * t + 2));
            out.push(v.clone().add(a).add(b).divideScalar(3));
          }
          return out;
        };
        /** The sample nearest the box's centre on screen where a ray hits this node first. */
        const nearestHit = (middles: boolean): { x: number; y: number; d: number } | null => {
          let best: { x: number; y: number; d: number } | null = null;
          for (const m of parts) {
            for (const sample of samples(m, middles)) {
              v.copy(sample).applyMatrix4(m.matrixWorld).project(camera);
              if (Math.abs(v.x) > 0.98 || Math.abs(v.y) > 0.98 || v.z > 1) continue;
              const ndc = new Vector2(v.x, v.y);
              if (firstHit(ndc)?.userData.node !== name) continue;
              const d = (v.x - c.x) ** 2 + (v.y - c.y) ** 2;
              if (!best || d < best.d) {
                best = { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height, d };
              }
            }
          }
          return best;
        };
        // A low-polygon model (another GLB) may have every vertex on an outline, where a ray just misses:
        // then the middles of its triangles are tried.
        const best = nearestHit(false) ?? nearestHit(true);
        return best ? awayFromEdges(Math.round(best.x), Math.round(best.y), (x, y) => hook.nodeAt(x, y) === name) : null;
      },
      centreOf(name) {
        const box = boxOf(scene, name);
        if (!box) return null;
        const c = box.getCenter(new Vector3()).project(camera);
        const r = rect();
        return { x: r.left + ((c.x + 1) / 2) * r.width, y: r.top + ((1 - c.y) / 2) * r.height };
      },
      project([x, y, z]) {
        const c = new Vector3(x, y, z).project(camera);
        const r = rect();
        return { x: r.left + ((c.x + 1) / 2) * r.width, y: r.top + ((1 - c.y) / 2) * r.height };
      },
      nodeAt(x, y) {
        const hit = firstHit(toNdc(x, y));
        return hit ? (hit.userData.node as string) : null;
      },
      drawnAt(points) {
        return idRender(gl, scene, camera, gl.domElement, points);
      },
      rendererInfo() {
        const { render, memory, programs } = gl.info;
        return {
          calls: render.calls,
          triangles: render.triangles,
          geometries: memory.geometries,
          textures: memory.textures,
          programs: programs?.length ?? 0,
          warmedPrograms: warmedPrograms(),
        };
      },
      state() {
        const s = explorerStore.getState();
        return { selected: s.selected, hidden: [...s.hidden], layers: structuredClone(s.layers), mode: s.mode };
      },
    };
    window.__ube = hook;
    return () => {
      if (window.__ube === hook) delete window.__ube;
    };
  }, [gl, scene, camera]);

  return null;
}

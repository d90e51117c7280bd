// The 3D view: the page's one <canvas>. It renders on demand, draws the torso, and turns pointer events
// into store actions. It holds no app state of its own.
import { useEffect, useState } from 'react';
import type { Group, Mesh } from 'three';
import { AdoptedCanvas } from './AdoptedCanvas';
import './three-catalogue';
import { claimSurface, surfaceForView } from './early-webgl';
import { useThree } from '@react-three/fiber';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { CameraRig } from './CameraRig';
import { ModelErrorBoundary } from './ModelErrorBoundary';
import { claimLoadedModel, loadedModel, takeModelLoad } from './load-model';
import { MODEL_URL } from './model-url';
import { TorsoModel } from './TorsoModel';
import { TestHookBridge } from './TestHookBridge';

const BACKGROUND = '#1e2228';
const CANVAS_LABEL =
  '3D view of the back. Drag to turn it, scroll or pinch to zoom, and click a structure to learn about it. ' +
  'The structure list offers the same choices from the keyboard.';

/** After a lost WebGL context comes back, draw again: with an on-demand frame loop nothing else would. */
function ContextRestore() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const onRestored = (): void => invalidate();
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => canvas.removeEventListener('webglcontextrestored', onRestored);
  }, [gl, invalidate]);
  return null;
}

/** Frees what a parsed model holds on the GPU and in memory once it is replaced or unmounted. */
function disposeModel(scene: Group): void {
  scene.traverse((o) => {
    const mesh = o as Mesh;
    if (mesh.isMesh) mesh.geometry.dispose();
  });
}

/**
 * The parsed model (see load-model.ts), loaded again after each "Retry"; null while loading or after a
 * failure, which goes to the store.
 */
function useModel(): Group | null {
  const retries = useExplorer((s) => s.modelRetries);
  // Usually the start-up load has already finished, and the first frame can show the model.
  const [initial] = useState(loadedModel);
  const [model, setModel] = useState(initial);
  useEffect(() => {
    if (retries === 0 && initial) {
      claimLoadedModel(initial);
      return () => disposeModel(initial);
    }
    let cancelled = false;
    let loaded: Group | null = null;
    const store = explorerStore.getState();
    setModel(null);
    takeModelLoad(MODEL_URL, (p) => !cancelled && store.setModelProgress(p)).then(
      (scene) => {
        loaded = scene;
        if (cancelled) disposeModel(scene);
        else setModel(scene);
      },
      (err: unknown) => {
        if (!cancelled) store.setModelStatus('error', err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      cancelled = true;
      if (loaded) disposeModel(loaded);
    };
  }, [retries, initial]);
  return model;
}

export function ExplorerCanvas() {
  const model = useModel();
  // The context made at start-up (main.tsx); App only mounts this view when there was one.
  const [surface] = useState(() => surfaceForView());
  useEffect(() => {
    if (surface) claimSurface(surface);
  }, [surface]);
  if (!surface) return null;

  return (
    <AdoptedCanvas
      surface={surface}
      className="explorer-canvas"
      frameloop="demand"
      dpr={surface.pixelRatio}
      camera={{ fov: 32, near: 0.01, far: 20, position: [0, -0.15, -1.8] }}
      onCreated={({ gl }) => {
        gl.domElement.setAttribute('role', 'img');
        gl.domElement.setAttribute('aria-label', CANVAS_LABEL);
      }}
      onPointerMissed={(e) => {
        if (e.type === 'click') explorerStore.getState().select(null);
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      {model ? (
        <ModelErrorBoundary key={model.uuid} onError={(err) => explorerStore.getState().setModelStatus('error', err.message)}>
          <TorsoModel scene={model} />
        </ModelErrorBoundary>
      ) : null}
      <CameraRig />
      <ContextRestore />
      {__UBE_TEST_HOOK__ ? <TestHookBridge /> : null}
    </AdoptedCanvas>
  );
}

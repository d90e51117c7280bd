// The 3D view: the page's one <canvas>. It renders on demand, draws the torso, and turns pointer events
// into store actions. It holds no app state of its own.
import { useEffect, useState } from 'react';
import type { Group } from 'three';
import { AdoptedCanvas } from './AdoptedCanvas';
import './three-catalogue';
import type { GLSurface } from './early-webgl';
import { useThree } from '@react-three/fiber';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { CameraRig } from './CameraRig';
import { MotionDpr } from './MotionDpr';
import { ModelErrorBoundary } from './ModelErrorBoundary';
import type { ModelSource } from './model-source';
import { TorsoModel } from './TorsoModel';
import { TestHookBridge } from './TestHookBridge';
import { SnapshotTaker } from './SnapshotTaker';

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

/**
 * The model to draw: the start-up load's once it has arrived (usually before this view mounts, so the
 * first frame shows it), then a new load after each "Retry". Failures go to the store.
 */
function useModel(source: ModelSource): Group | null {
  const retries = useExplorer((s) => s.modelRetries);
  const [model, setModel] = useState<Group | null>(() => source.current());
  useEffect(() => {
    let live = true;
    const loading = source.attempt(retries);
    // A new attempt has dropped the old model; show nothing until the new one arrives.
    setModel(source.current());
    loading.then(
      (scene) => live && setModel(scene),
      (err: unknown) => {
        if (live) explorerStore.getState().setModelStatus('error', err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      live = false;
    };
  }, [source, retries]);
  return model;
}

export interface ExplorerCanvasProps {
  /** The canvas and renderer made at start-up. */
  surface: GLSurface;
  /** The torso model, loading since start-up. */
  model: ModelSource;
}

export function ExplorerCanvas({ surface, model: source }: ExplorerCanvasProps) {
  const model = useModel(source);
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
        // A tap beside the body while marking pain is a miss, not a wish to close the findings.
        if (e.type === 'click' && !explorerStore.getState().painMap) explorerStore.getState().select(null);
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      {model ? (
        <ModelErrorBoundary key={model.uuid} onError={(err) => explorerStore.getState().setModelStatus('error', err.message)}>
          <TorsoModel scene={model} />
        </ModelErrorBoundary>
      ) : null}
      <CameraRig />
      <MotionDpr full={surface.pixelRatio} />
      <ContextRestore />
      <SnapshotTaker />
      {__UBE_TEST_HOOK__ ? <TestHookBridge /> : null}
    </AdoptedCanvas>
  );
}

// The 3D view: the page's one <canvas>. It renders on demand, draws the torso, and turns pointer events
// into store actions. It holds no app state of its own.
import { Suspense, useEffect, useState } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import { useGLTF, useProgress } from '@react-three/drei';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { CameraRig } from './CameraRig';
import { Lighting } from './Lighting';
import { ModelErrorBoundary } from './ModelErrorBoundary';
import { MODEL_URL, TorsoModel } from './TorsoModel';
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

/** Hands the loader's progress to the store, so the indicator (outside the 3D chunk) can show it. */
function useReportProgress(): void {
  const progress = useProgress((s) => s.progress);
  useEffect(() => explorerStore.getState().setModelProgress(progress), [progress]);
}

export function ExplorerCanvas() {
  useReportProgress();
  // Bumped by "Retry": a new key remounts the loader after the failed file is dropped from the cache.
  const [attempt, setAttempt] = useState(0);
  const retries = useExplorer((s) => s.modelRetries);

  useEffect(() => {
    if (retries === 0) return;
    useGLTF.clear(MODEL_URL);
    setAttempt((a) => a + 1);
  }, [retries]);

  return (
    <Canvas
      className="explorer-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.01, far: 20, position: [0, -0.15, -1.8] }}
      gl={{ antialias: true }}
      onCreated={({ gl }) => {
        gl.domElement.setAttribute('role', 'img');
        gl.domElement.setAttribute('aria-label', CANVAS_LABEL);
      }}
      onPointerMissed={(e) => {
        if (e.type === 'click') explorerStore.getState().select(null);
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <Lighting />
      <ModelErrorBoundary
        key={attempt}
        onError={(err) => explorerStore.getState().setModelStatus('error', err.message)}
      >
        <Suspense fallback={null}>
          <TorsoModel />
        </Suspense>
      </ModelErrorBoundary>
      <CameraRig />
      <ContextRestore />
      <TestHookBridge />
    </Canvas>
  );
}

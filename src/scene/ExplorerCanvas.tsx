// The 3D view: the page's one <canvas>. It renders on demand, draws the torso, and turns pointer events
// into store actions. It holds no app state of its own.
import { Suspense, useEffect, useState } from 'react';
import { takeModelDownload } from './fetch-model';
import { Canvas, useThree } from '@react-three/fiber';
import { useGLTF } from '@react-three/drei';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { CameraRig } from './CameraRig';
import { Lighting } from './Lighting';
import { ModelErrorBoundary } from './ModelErrorBoundary';
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

/**
 * Fetches and checks the model (see fetch-model.ts), again after each "Retry". Returns the object URL
 * to parse, or null while downloading or after a failure (which goes to the store).
 */
function useModelUrl(): string | null {
  const retries = useExplorer((s) => s.modelRetries);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    let objectUrl: string | null = null;
    const store = explorerStore.getState();
    setUrl(null);
    takeModelDownload(MODEL_URL, (p) => !cancelled && store.setModelProgress(p)).then(
      (u) => {
        objectUrl = u;
        if (cancelled) URL.revokeObjectURL(u);
        else setUrl(u);
      },
      (err: unknown) => {
        if (!cancelled) store.setModelStatus('error', err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      cancelled = true;
      if (objectUrl) {
        useGLTF.clear(objectUrl);
        URL.revokeObjectURL(objectUrl);
      }
    };
  }, [retries]);
  return url;
}

export function ExplorerCanvas() {
  const url = useModelUrl();

  return (
    <Canvas
      className="explorer-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.01, far: 20, position: [0, -0.15, -1.8] }}
      // No MSAA: in software GL (clinic laptops without a GPU, CI) it costs more than the model itself.
      gl={{ antialias: false }}
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
      {url ? (
        <ModelErrorBoundary key={url} onError={(err) => explorerStore.getState().setModelStatus('error', err.message)}>
          <Suspense fallback={null}>
            <TorsoModel url={url} />
          </Suspense>
        </ModelErrorBoundary>
      ) : null}
      <CameraRig />
      <ContextRestore />
      <TestHookBridge />
    </Canvas>
  );
}

// The benchmark's yardstick: the least an R3F page can be (one lit box), built by the same toolchain as the
// app. The app's first frame is reported as a ratio to this page's, because on a noisy machine only the
// ratio means something.
import { Canvas, useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    /** Set once a frame with the box has been drawn (the baseline's equivalent of `__ube.ready`). */
    __baselineReady?: boolean;
    /** Frames drawn so far (the bench's orbit figure reads it, as it reads `__ube.frames` in the app). */
    __baselineFrames?: number;
  }
}

function Box(): React.JSX.Element {
  const frames = useRef(0);
  // useFrame runs before each render: on its second call the first frame with the box is on screen.
  useFrame(() => {
    frames.current += 1;
    window.__baselineFrames = frames.current;
    if (frames.current === 2) window.__baselineReady = true;
  });
  return (
    <mesh rotation={[0.4, 0.6, 0]}>
      <boxGeometry args={[1, 1, 1]} />
      <meshStandardMaterial color="#c86" />
    </mesh>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Canvas camera={{ position: [0, 0, 3] }}>
      <ambientLight intensity={0.5} />
      <directionalLight position={[2, 3, 4]} />
      <Box />
    </Canvas>,
  );
}

// Takes the handout's picture of the view: when asked (snapshotRequest), it draws one frame and reads the
// canvas back at once, in the same task, so no preserved drawing buffer (and its cost on every frame) is
// needed. The picture is what the screen shows: the same camera, layers, zone and marks.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { explorerStore, useExplorer } from '../store/use-explorer';

export function SnapshotTaker() {
  const request = useExplorer((s) => s.snapshotRequest);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    if (request === 0) return;
    try {
      gl.render(scene, camera);
      explorerStore.getState().setSnapshot(gl.domElement.toDataURL('image/png'));
    } catch {
      // A lost context or a tainted canvas: the handout says the picture is unavailable.
      explorerStore.getState().setSnapshot(null);
    }
  }, [request, gl, scene, camera]);
  return null;
}

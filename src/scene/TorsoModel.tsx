// Loads the torso (drei's useGLTF, meshopt decoded locally — never Draco, which would reach for a CDN)
// and draws one StructureMesh per structure part.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useGLTF } from '@react-three/drei';
import { explorerStore } from '../store/use-explorer';
import { buildBoundsTreesWhenIdle } from './bounds-trees';
import { collectParts } from './collect-parts';
import { StructureMesh } from './StructureMesh';


export interface TorsoModelProps {
  /** Where to load the GLB from (the checked download's object URL). */
  url: string;
}

export function TorsoModel({ url }: TorsoModelProps) {
  const { scene } = useGLTF(url, false, true);
  const parts = useMemo(() => collectParts(scene), [scene]);

  useLayoutEffect(() => {
    explorerStore.getState().setModelStatus(parts.length > 0 ? 'ready' : 'error', parts.length > 0 ? undefined : 'The file holds no structures.');
  }, [parts]);

  // Bounding-volume trees make picking fast; they are built after the first frame, in idle time, so
  // they never delay the model appearing. Until then picking falls back to three's plain raycast.
  useEffect(() => buildBoundsTreesWhenIdle(parts.map((p) => p.geometry)), [parts]);

  return (
    <group name="torso">
      {parts.map((p) => (
        <StructureMesh key={p.key} part={p} />
      ))}
    </group>
  );
}

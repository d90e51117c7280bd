// Draws the parsed torso (see load-model.ts): one StructureMesh per structure part.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import type { Group } from 'three';
import { nodeViews, viewOfUnknown } from '../store/node-views';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { buildBoundsTreesWhenIdle } from './bounds-trees';
import { collectParts } from './collect-parts';
import { PainLayer } from './PainLayer';
import { StructureMesh } from './StructureMesh';
import { onMaterialChange } from './structure-materials';

export interface TorsoModelProps {
  /** The model's scene, as parsed from the GLB. */
  scene: Group;
}

export function TorsoModel({ scene }: TorsoModelProps) {
  const parts = useMemo(() => collectParts(scene), [scene]);
  const invalidate = useThree((s) => s.invalidate);
  // One selector for every mesh's look: only the meshes whose entry changed re-render.
  const views = useExplorer(nodeViews);

  // A layer's fade changes its materials in place (structure-materials.ts); no mesh prop changes with
  // it, so the on-demand view is asked to draw again.
  useEffect(() => onMaterialChange(invalidate), [invalidate]);

  useLayoutEffect(() => {
    explorerStore.getState().setModelStatus(parts.length > 0 ? 'ready' : 'error', parts.length > 0 ? undefined : 'The file holds no structures.');
  }, [parts]);

  // Bounding-volume trees make picking fast; they are built after the first frame, in idle time, so
  // they never delay the model appearing. Until then picking falls back to three's plain raycast.
  useEffect(() => buildBoundsTreesWhenIdle(parts.map((p) => p.geometry)), [parts]);

  return (
    <group name="torso">
      {parts.map((p) => (
        <StructureMesh key={p.key} part={p} view={views.get(p.node) ?? viewOfUnknown(explorerStore.getState(), p.node, p.extras.layer)} />
      ))}
      <PainLayer parts={parts} />
    </group>
  );
}

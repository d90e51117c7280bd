// One structure part of the torso. Its material is shared with every part that has the same look (see
// structure-materials.ts); parts that cannot be seen do not catch the pointer.
import { memo, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { type Layer, LAYERS_OUTSIDE_IN } from '../../contract';
import type { NodeView } from '../store/node-views';
import { explorerStore } from '../store/use-explorer';
import { materialFor } from './structure-materials';
import type { StructurePart } from './collect-parts';

/** Pointer travel (px) above which a press-and-release is a drag (orbit), not a click. */
const CLICK_SLOP = 5;

const noRaycast = (): void => undefined;

/**
 * three draws opaque and translucent meshes in separate passes, each sorted by renderOrder. Opaque layers
 * go skin-first, so the depth test can discard the hidden fragments of deeper layers; translucent layers
 * go deepest-first, so each blends over what lies beneath it.
 */
function drawOrder(layer: Layer, transparent: boolean): number {
  const outsideIn = LAYERS_OUTSIDE_IN.indexOf(layer);
  return transparent ? LAYERS_OUTSIDE_IN.length - outsideIn : outsideIn;
}

export interface StructureMeshProps {
  part: StructurePart;
  /** How it looks now (store/node-views.ts): the same object while its look is unchanged. */
  view: NodeView;
}

/**
 * Memoised on its part and its view: a hover or a selection re-renders only the meshes whose look it
 * changes. The handlers read the store when they fire, so they never change either.
 */
export const StructureMesh = memo(function StructureMesh({ part, view }: StructureMeshProps) {
  const { node, extras, geometry, matrix } = part;
  const material = materialFor({ layer: extras.layer, opacity: view.opacity, glow: view.glow, textured: geometry.hasAttribute('uv'), ghosted: view.ghosted, doubleSided: part.doubleSided });
  const handlers = useMemo(() => {
    const hover = (e: ThreeEvent<PointerEvent>): void => {
      e.stopPropagation();
      explorerStore.getState().hover(node);
    };
    return {
      onClick: (e: ThreeEvent<MouseEvent>): void => {
        if (e.delta > CLICK_SLOP) return;
        e.stopPropagation();
        const state = explorerStore.getState();
        // While "Where does it hurt?" is on, a tap marks the spot on the back (cm, model frame) instead.
        if (state.painMap) state.addMark({ x: e.point.x * 100, y: e.point.y * 100 });
        else state.select(node);
      },
      onPointerOver: hover,
      onPointerMove: hover,
      onPointerOut: (): void => {
        if (explorerStore.getState().hovered === node) explorerStore.getState().hover(null);
      },
    };
  }, [node]);

  return (
    <mesh
      name={node}
      userData={{ node, ...extras, pickable: view.pickable }}
      geometry={geometry}
      material={material}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={view.shown && view.opacity > 0}
      raycast={view.pickable ? acceleratedRaycast : noRaycast}
      renderOrder={drawOrder(extras.layer, material.transparent)}
      {...handlers}
    />
  );
});

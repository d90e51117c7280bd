// One structure part of the torso. Its material is shared with every part that has the same look (see
// structure-materials.ts); parts that cannot be seen do not catch the pointer.
import type { ThreeEvent } from '@react-three/fiber';
import type { Mesh } from 'three';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { useShallow } from 'zustand/react/shallow';
import { type Layer, LAYERS_OUTSIDE_IN } from '../../contract';
import { visibilityInput } from '../store/explorer-store';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { nodeLook } from '../store/visibility';
import { glowOf, materialFor } from './structure-materials';
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
}

export function StructureMesh({ part }: StructureMeshProps) {
  const { node, extras, geometry, matrix } = part;
  const look = useExplorer(useShallow((s) => nodeLook(visibilityInput(s), node, extras.layer)));
  const glow = useExplorer((s) => glowOf(node, s));
  const material = materialFor({ layer: extras.layer, opacity: look.opacity, glow, textured: geometry.hasAttribute('uv'), ghosted: look.ghosted, doubleSided: part.doubleSided });

  const onClick = (e: ThreeEvent<MouseEvent>): void => {
    if (e.delta > CLICK_SLOP) return;
    e.stopPropagation();
    explorerStore.getState().select(node);
  };
  const onPointerOver = (e: ThreeEvent<PointerEvent>): void => {
    e.stopPropagation();
    explorerStore.getState().hover(node, { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>): void => {
    e.stopPropagation();
    explorerStore.getState().hover(node, { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
  };
  const onPointerOut = (): void => {
    if (explorerStore.getState().hovered === node) explorerStore.getState().hover(null);
  };

  return (
    <mesh
      name={node}
      userData={{ node, ...extras, pickable: look.pickable }}
      geometry={geometry}
      material={material}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={look.shown && look.opacity > 0}
      raycast={look.pickable ? acceleratedRaycast : noRaycast}
      renderOrder={drawOrder(extras.layer, material.transparent)}
      onClick={onClick}
      onPointerOver={onPointerOver}
      onPointerMove={onPointerMove}
      onPointerOut={onPointerOut}
    />
  );
}

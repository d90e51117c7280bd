// One structure part of the torso. Each mesh owns its material, so lighting one muscle on hover or
// selection never changes another. Parts that cannot be seen do not catch the pointer.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { DoubleSide, FrontSide, type MeshStandardMaterial, type Mesh } from 'three';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { useShallow } from 'zustand/react/shallow';
import { LAYER_COLORS, LAYERS_OUTSIDE_IN } from '../model/layer-style';
import { visibilityInput } from '../store/explorer-store';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { nodeLook } from '../store/visibility';
import { muscleTexture } from './muscle-texture';
import type { StructurePart } from './collect-parts';

/** Pointer travel (px) above which a press-and-release is a drag (orbit), not a click. */
const CLICK_SLOP = 5;
const SELECTED_GLOW = '#ffd23f';
const HOVER_GLOW = '#8a8a8a';

const noRaycast = (): void => undefined;

export interface StructureMeshProps {
  part: StructurePart;
}

export function StructureMesh({ part }: StructureMeshProps) {
  const { node, extras, geometry, matrix } = part;
  const ref = useRef<Mesh>(null);
  const materialRef = useRef<MeshStandardMaterial>(null);
  const look = useExplorer(useShallow((s) => nodeLook(visibilityInput(s), node, extras.layer)));
  const selected = useExplorer((s) => s.selected === node);
  const hovered = useExplorer((s) => s.hovered === node);

  const isMuscle = extras.layer !== 'skeleton' && extras.layer !== 'skin';
  const map = useMemo(
    () => (isMuscle && geometry.getAttribute('uv') ? muscleTexture(LAYER_COLORS[extras.layer]) : null),
    [isMuscle, geometry, extras.layer],
  );
  const transparent = look.opacity < 1;

  // Switching blending needs a shader rebuild; three only does that when told.
  useLayoutEffect(() => {
    if (materialRef.current) materialRef.current.needsUpdate = true;
  }, [transparent]);

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
      ref={ref}
      name={node}
      userData={{ node, ...extras }}
      geometry={geometry}
      matrix={matrix}
      matrixAutoUpdate={false}
      visible={look.shown && look.opacity > 0}
      raycast={look.pickable ? acceleratedRaycast : noRaycast}
      renderOrder={LAYERS_OUTSIDE_IN.length - LAYERS_OUTSIDE_IN.indexOf(extras.layer)}
      onClick={onClick}
      onPointerOver={onPointerOver}
      onPointerMove={onPointerMove}
      onPointerOut={onPointerOut}
    >
      <meshStandardMaterial
        ref={materialRef}
        color={map ? '#ffffff' : LAYER_COLORS[extras.layer]}
        map={map}
        roughness={extras.layer === 'skeleton' ? 0.55 : extras.layer === 'skin' ? 0.7 : 0.62}
        metalness={0}
        transparent={transparent}
        opacity={look.opacity}
        depthWrite={!transparent}
        side={extras.layer === 'skin' ? FrontSide : DoubleSide}
        emissive={selected ? SELECTED_GLOW : hovered ? HOVER_GLOW : '#000000'}
        emissiveIntensity={selected ? 0.38 : hovered ? 0.3 : 0}
      />
    </mesh>
  );
}

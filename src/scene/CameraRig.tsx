// Orbit, zoom and pan (mouse and touch) with drei's CameraControls, and the camera moves the store asks
// for: frame a structure from behind, return to the default view, or restore a linked free view.
import { useEffect, useRef } from 'react';
import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import type CameraControlsImpl from 'camera-controls';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { frameFromBehind, freeArea, type FreeArea } from './framing';
import { prefersReducedMotion } from './reduced-motion';
import { boxOf } from './scene-query';
import { failHereInTests } from '../fault-injection';

/** Seconds the damped flight takes to settle; keeps flights under a second. */
const SMOOTH_TIME = 0.3;
/** Metres the camera must travel during a press for it to count as the user moving the view. */
const MOVE_EPSILON = 0.001;

/** Room left round the whole back in the default view: the hint line sits along the bottom edge. */
const DEFAULT_PADDING = 1.15;

/** The panels drawn over the canvas carry this attribute (TopBar, the left panel, InfoPanel). */
const COVERS_STAGE = '[data-covers-stage]';

/** The part of the canvas that the panels, as laid out now, leave free. */
function freeAreaOf(canvas: HTMLCanvasElement): FreeArea {
  const covers = [...document.querySelectorAll(COVERS_STAGE)]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return freeArea(canvas.getBoundingClientRect(), covers);
}

export function CameraRig() {
  failHereInTests('camera-rig');
  const ref = useRef<CameraControlsImpl>(null);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const canvas = useThree((s) => s.gl.domElement);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const command = useExplorer((s) => s.cameraCommand);
  const ready = useExplorer((s) => s.modelStatus === 'ready');

  useEffect(() => {
    const controls = ref.current;
    if (!controls || !ready) return;
    const animate = !command.instant && !prefersReducedMotion();
    if (command.kind === 'view') {
      void controls.setLookAt(...command.view.position, ...command.view.target, animate);
      invalidate();
      return;
    }
    const box = boxOf(scene, command.node);
    if (!box) return;
    const aspect = size.width / size.height;
    const { position, target } = frameFromBehind(box, camera.fov, aspect, command.node ? 1.5 : DEFAULT_PADDING, freeAreaOf(canvas));
    void controls.setLookAt(...position, ...target, animate);
    // An instant move fires no control event, and with an on-demand frame loop nothing would draw it.
    invalidate();
    // Re-run when the canvas changes shape only for the default view; a selection keeps its framing.
  }, [command, ready, scene, camera, canvas, size.width, size.height, invalidate]);

  // Only moves the user makes are written back, as the link's free view. A press that moved nothing
  // (a click that selects) is not a move, or every selection would pin a camera into the link.
  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    const start = { position: new Vector3(), target: new Vector3() };
    let userMoved = false;
    const onStart = (): void => {
      controls.getPosition(start.position, true);
      controls.getTarget(start.target, true);
      explorerStore.getState().markInteracted();
    };
    const onEnd = (): void => {
      const p = controls.getPosition(new Vector3(), true);
      const t = controls.getTarget(new Vector3(), true);
      if (p.distanceTo(start.position) > MOVE_EPSILON || t.distanceTo(start.target) > MOVE_EPSILON) userMoved = true;
    };
    const onRest = (): void => {
      if (!userMoved) return;
      userMoved = false;
      const p = controls.getPosition(new Vector3());
      const t = controls.getTarget(new Vector3());
      explorerStore.getState().setCamera({ position: [p.x, p.y, p.z], target: [t.x, t.y, t.z] });
    };
    controls.addEventListener('controlstart', onStart);
    controls.addEventListener('controlend', onEnd);
    controls.addEventListener('rest', onRest);
    return () => {
      controls.removeEventListener('controlstart', onStart);
      controls.removeEventListener('controlend', onEnd);
      controls.removeEventListener('rest', onRest);
    };
  }, []);

  return (
    <CameraControls
      ref={ref}
      makeDefault
      smoothTime={SMOOTH_TIME}
      minDistance={0.15}
      maxDistance={3}
      dollyToCursor
    />
  );
}

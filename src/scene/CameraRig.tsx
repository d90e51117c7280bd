// Orbit, zoom and pan (mouse and touch) with drei's CameraControls, and the camera moves the store asks
// for: frame a structure from behind, return to the default view, or restore a linked free view.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import type CameraControlsImpl from 'camera-controls';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { frameFromBehind, freeArea, viewOffset, type FreeArea } from './framing';
import { prefersReducedMotion } from './reduced-motion';
import { boxOf } from './scene-query';
import { failHereInTests } from '../fault-injection';

/** Seconds the damped flight takes to settle; keeps flights under a second. */
const SMOOTH_TIME = 0.3;
/** Metres the camera must travel during a press for it to count as the user moving the view. */
const MOVE_EPSILON = 0.001;

/** Free areas this close (device coordinates; ~1 px on a tablet) count as the same: no refit for noise. */
const SAME_AREA = 0.003;

function sameArea(a: FreeArea, b: FreeArea): boolean {
  return Math.abs(a.left - b.left) < SAME_AREA && Math.abs(a.right - b.right) < SAME_AREA && Math.abs(a.top - b.top) < SAME_AREA && Math.abs(a.bottom - b.bottom) < SAME_AREA;
}

/** Room left round the whole back in the default view: enough below it for the hint line (HintLine.tsx). */
const DEFAULT_PADDING = 1.3;

export function CameraRig() {
  failHereInTests('camera-rig');
  const ref = useRef<CameraControlsImpl>(null);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const command = useExplorer((s) => s.cameraCommand);
  const ready = useExplorer((s) => s.modelStatus === 'ready');
  // What the panels cover, as the overlays publish it (StageInsets.tsx); the scene never reads the DOM.
  const insets = useExplorer(useShallow((s) => s.stageInsets));
  const free = useMemo(() => freeArea(size.width, size.height, insets), [size.width, size.height, insets]);

  // The picture is drawn shifted so the view's centre, the orbit pivot, sits in the middle of the free
  // area: when a panel, the bottom sheet or the window changes, the picture follows and the view stays.
  useLayoutEffect(() => {
    const { x, y } = viewOffset(size.width, size.height, free);
    camera.setViewOffset(size.width, size.height, x, y, size.width, size.height);
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, size.width, size.height, free, invalidate]);

  // A framing runs for each new camera command (a selection, a reset, a linked view). While the view is
  // still the app's own framing (nobody has moved the camera), it runs again when the canvas changes size
  // or the panels change what they cover (a tour panel appears, the bottom sheet folds), so what was
  // framed stays fitted to the free part. Once the person has moved the camera, their view wins (the link
  // holds it): a resize or a panel only shifts the picture (above).
  const framed = useRef<{ seq: number; width: number; height: number; free: FreeArea } | null>(null);
  useEffect(() => {
    const controls = ref.current;
    if (!controls || !ready) return;
    const last = framed.current;
    const again = last !== null && last.seq === command.seq;
    const resized = again && (last.width !== size.width || last.height !== size.height);
    const panelsMoved = again && !sameArea(last.free, free);
    if (again && !resized && !panelsMoved) return;
    if (again && (command.kind === 'view' || explorerStore.getState().camera !== null)) return;
    framed.current = { seq: command.seq, width: size.width, height: size.height, free };
    // A new command flies there (unless it asks not to); a panel moving glides; a new canvas size jumps.
    const animate = !prefersReducedMotion() && (again ? !resized : !command.instant);
    if (command.kind === 'view') {
      void controls.setLookAt(...command.view.position, ...command.view.target, animate);
      invalidate();
      return;
    }
    const box = boxOf(scene, command.node);
    if (!box) return;
    const { position, target } = frameFromBehind(box, camera.fov, size.width / size.height, command.node ? 1.5 : DEFAULT_PADDING, free);
    void controls.setLookAt(...position, ...target, animate);
    // An instant move fires no control event, and with an on-demand frame loop nothing would draw it.
    invalidate();
  }, [command, ready, scene, camera, size.width, size.height, free, invalidate]);

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

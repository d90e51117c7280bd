// A small, read-only window hook for the end-to-end tests and the benchmark. It exposes what a person
// sees (where a structure is on screen, what a click there would hit) without reaching into React.
import type { Layer } from '../contract';

export interface ExplorerHook {
  /** True once the model is loaded and a frame showing it has been drawn. */
  ready: boolean;
  /** Frames rendered so far (the scene renders on demand). */
  frames: number;
  /**
   * Viewport CSS pixel where a click would hit this node first, a few pixels clear of its edges when the
   * node is big enough for that; null when it is hidden or covered.
   */
  screenPointOf(nodeName: string): { x: number; y: number } | null;
  /** Viewport CSS pixel where the centre of this node's bounding box is drawn (hidden or not); null if unknown. */
  centreOf(nodeName: string): { x: number; y: number } | null;
  /** Viewport CSS pixel where a point of the model frame (metres) is drawn. */
  project(point: [number, number, number]): { x: number; y: number };
  /** The node a click at this viewport point would select, or null for empty space. */
  nodeAt(x: number, y: number): string | null;
  /**
   * What is drawn at each viewport point, from an id render: every pickable mesh drawn in a colour of its
   * own, with the view's camera, depth test and face culling. null where no pickable structure is drawn.
   */
  drawnAt(points: readonly { x: number; y: number }[]): (string | null)[];
  /** three's renderer.info, flattened. */
  rendererInfo(): {
    calls: number;
    triangles: number;
    geometries: number;
    textures: number;
    programs: number;
    /** Programs compiled by the start-up warm-up (null if it did not run). */
    warmedPrograms: number | null;
  };
  /** A snapshot of the app state that matters to a viewer. */
  state(): {
    selected: string | null;
    hidden: string[];
    layers: Record<Layer, { visible: boolean; opacity: number }>;
    mode: 'patient' | 'clinician';
  };
}

declare global {
  /** True only in test builds (vite.config.ts); the hook's code is dropped from production builds. */
  const __UBE_TEST_HOOK__: boolean;
  interface Window {
    __ube?: ExplorerHook;
  }
}

export {};

// The one store of app state. Scene and overlays read it through selectors; every change goes through an
// action defined here, so data flows one way: content + model → store → views; events → actions.
import { createStore, useStore } from 'zustand';
import type { Mode, TourView } from '../../content/types';
import { DEFAULT_LAYER_OPACITY, LAYERS, type Layer } from '../../contract';
import type { NodeInfo } from '../model/catalog';
import type { LayerState, VisibilityInput } from './visibility';
import { CANONICAL_ANCHORS, type Anchors } from '../pain/anchors';
import type { Answer } from '../pain/ranking';
import type { BackPoint } from '../pain/zones';
import { MAX_MARKS } from '../pain/pain-link';

export type Panel = { kind: 'structure' } | { kind: 'cause'; id: string } | { kind: 'warnings' } | { kind: 'pain' };

export interface CameraView {
  position: [number, number, number];
  target: [number, number, number];
}

/** How the scene learns to move the camera; `seq` makes each request distinct. */
export type CameraCommand =
  | { kind: 'frame'; node: string | null; seq: number; instant: boolean }
  | { kind: 'view'; view: CameraView; seq: number; instant: boolean };

export interface Notice {
  id: number;
  text: string;
}

export type ModelStatus = 'loading' | 'ready' | 'error' | 'no-webgl';

/**
 * How far in from each edge of the canvas the panels drawn over it reach (CSS px): what the top bar, the
 * side panels or drawer, the bottom sheet and the hint line cover. The overlays measure and publish it
 * (src/overlays/StageInsets.tsx); the scene frames the model in what is left.
 */
export interface StageInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a link (or a reset) can set; anything missing keeps its default. */
export interface ViewState {
  layers: Layer[];
  hidden: string[];
  selected: string | null;
  mode: Mode;
  camera: CameraView | null;
  isolated: string[] | null;
  xray: string | null;
  /** The tour step shown (link `tour=`); absent or null: no tour. */
  tour?: string | null;
  /** The cause whose view is open (link `cause=`). */
  cause?: string | null;
  /** The pain map, when it is on (link `pain=`). */
  pain?: { marks: BackPoint[]; answers: Record<string, Answer> } | null;
  /** The consultation view (link `view=consult`). */
  consult?: boolean;
}

export interface ExplorerState {
  readonly catalog: readonly NodeInfo[];
  layers: Record<Layer, LayerState>;
  hidden: string[];
  isolated: string[] | null;
  xray: string | null;
  selected: string | null;
  /** The structure under the pointer: transient, never in the link (the label follows the pointer itself). */
  hovered: string | null;
  mode: Mode;
  panel: Panel;
  /** The user's free camera view, kept for links; null while the view follows the default or a selection. */
  camera: CameraView | null;
  cameraCommand: CameraCommand;
  notices: Notice[];
  /** False until the first interaction; the hint line shows until then. */
  interacted: boolean;
  modelStatus: ModelStatus;
  /** Why the model failed, in the loader's words (shown under the plain message). */
  modelError: string | null;
  /** Counts "Retry" presses; the scene reloads the model when it changes. */
  modelRetries: number;
  /** Model download progress, 0–100. */
  modelProgress: number;
  /** The canvas's edges the panels cover, as laid out now; all 0 until the overlays first measure. */
  stageInsets: StageInsets;

  setLayerVisible(layer: Layer, visible: boolean): void;
  setLayerOpacity(layer: Layer, opacity: number): void;
  select(name: string | null): void;
  /** Writes only when the structure under the pointer changes, not on every pointer move. */
  hover(name: string | null): void;
  hide(name: string): void;
  show(name: string): void;
  isolate(name: string): void;
  clearIsolation(): void;
  setXray(name: string | null): void;
  showAll(): void;
  setMode(mode: Mode): void;
  openCause(id: string): void;
  openWarnings(): void;
  openStructurePanel(): void;
  notify(text: string): void;
  dismissNotice(id: number): void;
  setCamera(view: CameraView): void;
  resetView(): void;
  applyView(view: Partial<ViewState>): void;
  markInteracted(): void;
  setModelStatus(status: ModelStatus, error?: string): void;
  retryModel(): void;
  setModelProgress(percent: number): void;
  /** Publishes what the panels cover; a no-op when nothing changed, so re-measuring never re-renders. */
  setStageInsets(insets: StageInsets): void;

  // --- The consultation (issue 14) ---
  /** "Where does it hurt?" is on: a click marks the body instead of selecting. */
  painMap: boolean;
  /** The marks, in cm in the model frame (src/pain/zones.ts). */
  marks: BackPoint[];
  /** The pain map's questions answered so far. */
  answers: Record<string, Answer>;
  /** Per mark, the nodes beneath it from the skin inwards, whatever is hidden; null until the scene has looked. */
  beneath: string[][] | null;
  /** The landmarks zones are anchored to: measured from the model once it loads. */
  anchors: Anchors;
  /** The selected muscle's trigger-point referral map is painted. */
  referralShown: boolean;
  /** The consultation view (view=consult). */
  consult: boolean;
  /** The handout is open. */
  handoutOpen: boolean;
  /** A picture of the view for the handout (PNG data URL), taken by the scene when asked; null until then. */
  snapshot: string | null;
  /** Counts requests for a new picture; the scene takes one when it changes. */
  snapshotRequest: number;
  setPainMap(on: boolean): void;
  addMark(mark: BackPoint): void;
  clearMarks(): void;
  answer(question: string, value: Answer | null): void;
  setBeneath(beneath: string[][] | null): void;
  setAnchors(anchors: Anchors): void;
  showReferral(on: boolean): void;
  setConsult(on: boolean): void;
  openHandout(): void;
  closeHandout(): void;
  setSnapshot(url: string | null): void;

  // --- Tour and quiz (issue 15) ---
  /** The tour step shown, or null when the tour is closed. */
  tourStep: string | null;
  /** True while the quiz is open. */
  quizOpen: boolean;
  /** Opens the tour at a step and sets that step's view; `instant` skips the camera flight (reduced motion). */
  showTourStep(id: string, view: TourView, instant: boolean): void;
  leaveTour(): void;
  startQuiz(): void;
  leaveQuiz(): void;
  /**
   * A quiz question's view: these layers, nothing selected, and `lit` (a node) x-rayed and framed, so it
   * stands out without its name showing; null frames the whole back.
   */
  showQuizView(layers: readonly Layer[], lit: string | null, instant: boolean): void;
}

export const DEFAULT_LAYERS: readonly Layer[] = ['superficial', 'intermediate', 'intrinsic', 'skeleton'];

function layerStates(visible: readonly Layer[]): Record<Layer, LayerState> {
  return Object.fromEntries(
    LAYERS.map((l) => [l, { visible: visible.includes(l), opacity: DEFAULT_LAYER_OPACITY[l] }]),
  ) as Record<Layer, LayerState>;
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1);

export function createExplorerStore(catalog: readonly NodeInfo[]) {
  const known = new Set(catalog.map((n) => n.name));
  let seq = 0;
  let noticeId = 0;
  const frame = (node: string | null, instant = false): CameraCommand => ({
    kind: 'frame',
    node,
    seq: ++seq,
    instant,
  });

  return createStore<ExplorerState>()((set, get) => ({
    catalog,
    layers: layerStates(DEFAULT_LAYERS),
    hidden: [],
    isolated: null,
    xray: null,
    selected: null,
    hovered: null,
    mode: 'patient',
    panel: { kind: 'structure' },
    camera: null,
    cameraCommand: frame(null, true),
    notices: [],
    interacted: false,
    modelStatus: 'loading',
    modelError: null,
    modelRetries: 0,
    modelProgress: 0,
    stageInsets: { top: 0, right: 0, bottom: 0, left: 0 },
    tourStep: null,
    quizOpen: false,
    painMap: false,
    marks: [],
    answers: {},
    beneath: null,
    anchors: CANONICAL_ANCHORS,
    referralShown: false,
    consult: false,
    handoutOpen: false,
    snapshot: null,
    snapshotRequest: 0,

    setLayerVisible: (layer, visible) =>
      set((s) => ({ layers: { ...s.layers, [layer]: { ...s.layers[layer], visible } }, interacted: true })),
    setLayerOpacity: (layer, opacity) =>
      set((s) => ({
        layers: { ...s.layers, [layer]: { ...s.layers[layer], opacity: clamp01(opacity) } },
        interacted: true,
      })),
    select: (name) => {
      if (name !== null && !known.has(name)) return;
      set({
        selected: name,
        panel: { kind: 'structure' },
        interacted: true,
        ...(name === null ? {} : { camera: null, cameraCommand: frame(name) }),
      });
    },
    hover: (name) => {
      if (get().hovered === name) return;
      set({ hovered: name });
    },
    hide: (name) => {
      if (!known.has(name)) return;
      set((s) => ({
        hidden: s.hidden.includes(name) ? s.hidden : [...s.hidden, name],
        isolated: s.isolated ? s.isolated.filter((n) => n !== name) : null,
        xray: s.xray === name ? null : s.xray,
        interacted: true,
      }));
    },
    show: (name) => set((s) => ({ hidden: s.hidden.filter((n) => n !== name) })),
    isolate: (name) => {
      if (!known.has(name)) return;
      set({ isolated: [name], xray: null, interacted: true });
    },
    clearIsolation: () => set({ isolated: null }),
    setXray: (name) => {
      if (name !== null && !known.has(name)) return;
      set({ xray: name, interacted: true });
    },
    showAll: () =>
      set((s) => ({
        hidden: [],
        isolated: null,
        xray: null,
        layers: layerStates([...DEFAULT_LAYERS, ...(s.layers.skin.visible ? (['skin'] as const) : [])]),
      })),
    setMode: (mode) => set({ mode }),
    openCause: (id) => set({ panel: { kind: 'cause', id }, interacted: true }),
    openWarnings: () => set({ panel: { kind: 'warnings' }, interacted: true }),
    openStructurePanel: () => set({ panel: { kind: 'structure' } }),
    notify: (text) => set((s) => ({ notices: [...s.notices, { id: ++noticeId, text }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    setCamera: (view) => set({ camera: view, interacted: true }),
    resetView: () => set({ camera: null, cameraCommand: frame(null) }),
    applyView: (view) =>
      set((s) => {
        const selected = view.selected !== undefined ? view.selected : s.selected;
        const camera = view.camera !== undefined ? view.camera : s.camera;
        const pain = view.pain !== undefined ? view.pain : null;
        // A cause's view wins the panel; otherwise the pain map's findings, otherwise the structure.
        const panel: Panel = view.cause ? { kind: 'cause', id: view.cause } : pain ? { kind: 'pain' } : { kind: 'structure' };
        return {
          ...(pain ? { painMap: true, marks: pain.marks.slice(0, MAX_MARKS), answers: { ...pain.answers }, beneath: null } : {}),
          ...(view.consult !== undefined ? { consult: view.consult } : {}),
          layers: view.layers ? layerStates(view.layers) : s.layers,
          hidden: view.hidden ?? s.hidden,
          isolated: view.isolated !== undefined ? view.isolated : s.isolated,
          xray: view.xray !== undefined ? view.xray : s.xray,
          selected,
          mode: view.mode ?? s.mode,
          camera,
          panel,
          // An explicit camera wins over framing the selection: the link holds a free view.
          cameraCommand: camera
            ? { kind: 'view', view: camera, seq: ++seq, instant: true }
            : frame(selected, true),
        };
      }),
    markInteracted: () => {
      if (!get().interacted) set({ interacted: true });
    },
    setModelStatus: (modelStatus, error) => set({ modelStatus, modelError: error ?? null }),
    setModelProgress: (percent) => set({ modelProgress: Math.round(Math.min(100, Math.max(0, percent))) }),
    retryModel: () => set((s) => ({ modelStatus: 'loading', modelError: null, modelRetries: s.modelRetries + 1 })),
    setStageInsets: ({ top, right, bottom, left }) => {
      const now = get().stageInsets;
      if (now.top === top && now.right === right && now.bottom === bottom && now.left === left) return;
      set({ stageInsets: { top, right, bottom, left } });
    },

    // --- The consultation (issue 14) ---
    setPainMap: (on) =>
      set((s) => ({
        painMap: on,
        interacted: true,
        // Turning it on shows the findings; turning it off keeps the marks (they come back with it).
        panel: on ? { kind: 'pain' } : s.panel.kind === 'pain' ? { kind: 'structure' } : s.panel,
      })),
    addMark: (mark) =>
      set((s) => {
        if (s.marks.length >= MAX_MARKS) return {};
        const m = { x: Math.round(mark.x * 10) / 10, y: Math.round(mark.y * 10) / 10 };
        return { marks: [...s.marks, m], beneath: null, panel: { kind: 'pain' }, interacted: true };
      }),
    clearMarks: () => set({ marks: [], beneath: [] }),
    answer: (question, value) =>
      set((s) => {
        const answers = { ...s.answers };
        if (value === null) delete answers[question];
        else answers[question] = value;
        return { answers };
      }),
    setBeneath: (beneath) => set({ beneath }),
    setAnchors: (anchors) => set({ anchors }),
    showReferral: (on) => set({ referralShown: on }),
    setConsult: (on) => set({ consult: on, interacted: true }),
    openHandout: () => set((s) => ({ handoutOpen: true, snapshotRequest: s.snapshotRequest + 1 })),
    closeHandout: () => set({ handoutOpen: false }),
    setSnapshot: (url) => set({ snapshot: url }),

    // --- Tour and quiz (issue 15) ---
    showTourStep: (id, view, instant) => {
      const selected = view.select !== undefined && known.has(view.select) ? view.select : null;
      const camera: CameraView | null = view.camera ? { position: [...view.camera.position], target: [...view.camera.target] } : null;
      set({
        tourStep: id,
        quizOpen: false,
        layers: layerStates(view.layers),
        hidden: (view.hide ?? []).filter((n) => known.has(n)),
        isolated: null,
        xray: null,
        selected,
        panel: view.cause ? { kind: 'cause', id: view.cause } : view.warnings ? { kind: 'warnings' } : { kind: 'structure' },
        camera,
        cameraCommand: camera ? { kind: 'view', view: camera, seq: ++seq, instant } : frame(selected, instant),
        interacted: true,
      });
    },
    leaveTour: () => set({ tourStep: null }),
    startQuiz: () => set({ quizOpen: true, tourStep: null, interacted: true }),
    leaveQuiz: () => set({ quizOpen: false, xray: null }),
    showQuizView: (layers, lit, instant) => {
      const node = lit !== null && known.has(lit) ? lit : null;
      set({
        layers: layerStates(layers),
        hidden: [],
        isolated: null,
        xray: node,
        selected: null,
        panel: { kind: 'structure' },
        camera: null,
        cameraCommand: frame(node, instant),
      });
    },
  }));
}

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

/** The visibility-relevant slice, in the shape `nodeLook` takes. */
export function visibilityInput(s: ExplorerState): VisibilityInput {
  const x = s.xray ? s.catalog.find((n) => n.name === s.xray) : undefined;
  return {
    layers: s.layers,
    hidden: s.hidden,
    isolated: s.isolated,
    xray: x ? { name: x.name, layer: x.layer, structure: x.structure } : null,
  };
}

export function isLayerName(v: string): v is Layer {
  return (LAYERS as readonly string[]).includes(v);
}

export type { LayerState };
export { useStore };

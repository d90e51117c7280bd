// Keeps the address bar and the store in step: the link is read once at start-up, then rewritten with
// history.replaceState whenever the view changes (no history entries: the back button leaves the app).
import { LAYERS } from '../../contract';
import type { ExplorerState, ExplorerStore, ViewState } from '../store/explorer-store';
import { parseLink, serializeLink, type LinkProblem } from './url-state';
import { tourStepById } from '../../content';

export function viewOf(s: ExplorerState): ViewState {
  return {
    layers: LAYERS.filter((l) => s.layers[l].visible),
    hidden: s.hidden,
    selected: s.selected,
    mode: s.mode,
    camera: s.camera,
    isolated: s.isolated,
    xray: s.xray,
    tour: s.tourStep,
    cause: s.panel.kind === 'cause' ? s.panel.id : null,
    pain: s.painMap ? { marks: s.marks, answers: s.answers } : null,
    consult: s.consult,
  };
}

/**
 * One notice per link parameter that dropped something: the first problem in full, the rest counted,
 * so even a link with hundreds of bad ids gives at most one short notice per parameter.
 */
export function linkNotices(problems: readonly LinkProblem[]): string[] {
  const byParam = new Map<string, string[]>();
  for (const p of problems) byParam.set(p.param, [...(byParam.get(p.param) ?? []), p.text]);
  return [...byParam.values()].map(([first, ...rest]) =>
    rest.length === 0 ? `${first}` : `${first} ${rest.length} more like it ${rest.length === 1 ? 'was' : 'were'} left out too.`,
  );
}

/** Applies the current URL to the store and reports dropped values as one polite notice. */
export function restoreFromLocation(store: ExplorerStore, search: string): void {
  const known = new Set(store.getState().catalog.map((n) => n.name));
  const { view, problems } = parseLink(search, known);
  const { tour: step, ...rest } = view;
  store.getState().applyView(rest);
  // A tour step sets its own view over the rest of the link, at once (no flight on load).
  const tourStep = step ? tourStepById(step) : undefined;
  if (tourStep) store.getState().showTourStep(tourStep.id, tourStep.view, true);
  for (const notice of linkNotices(problems)) store.getState().notify(notice);
}

export function linkFor(s: ExplorerState): string {
  return serializeLink(viewOf(s));
}

/** The parts of the state a link holds; anything else (hover, notices, progress) never touches the address. */
const LINKED = ['layers', 'hidden', 'selected', 'mode', 'camera', 'isolated', 'xray', 'tourStep', 'panel', 'painMap', 'marks', 'answers', 'consult'] as const satisfies readonly (keyof ExplorerState)[];

/** Whether a state change touched what the link holds (by identity: the store replaces what it changes). */
export function linkedStateChanged(a: ExplorerState, b: ExplorerState): boolean {
  return LINKED.some((k) => a[k] !== b[k]);
}

/** Starts writing the view to the address bar; returns the unsubscribe function. */
export function startLinkSync(store: ExplorerStore, win: Window = window): () => void {
  let last = '';
  const write = (s: ExplorerState, prev?: ExplorerState): void => {
    if (prev && !linkedStateChanged(prev, s)) return;
    const query = linkFor(s);
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  write(store.getState());
  return store.subscribe(write);
}

// Keeps the address bar and the store in step: the link is read once at start-up, then rewritten with
// history.replaceState whenever the view changes (no history entries: the back button leaves the app).
import { LAYERS } from '../model/contract';
import type { ExplorerState, ExplorerStore, ViewState } from '../store/explorer-store';
import { parseLink, serializeLink } from './url-state';

export function viewOf(s: ExplorerState): ViewState {
  return {
    layers: LAYERS.filter((l) => s.layers[l].visible),
    hidden: s.hidden,
    selected: s.selected,
    mode: s.mode,
    camera: s.camera,
    isolated: s.isolated,
    xray: s.xray,
  };
}

/** Problems listed by name in the notice; the rest are counted, so a long bad link stays one short notice. */
const LISTED_PROBLEMS = 2;

/** One notice for all the values a link dropped. */
export function linkNotice(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  if (problems.length <= LISTED_PROBLEMS) return problems.join(' ');
  const rest = problems.length - LISTED_PROBLEMS;
  return `${problems.slice(0, LISTED_PROBLEMS).join(' ')} ${rest} more part${rest === 1 ? '' : 's'} of the link ${rest === 1 ? 'was' : 'were'} left out too.`;
}

/** Applies the current URL to the store and reports dropped values as one polite notice. */
export function restoreFromLocation(store: ExplorerStore, search: string): void {
  const known = new Set(store.getState().catalog.map((n) => n.name));
  const { view, problems } = parseLink(search, known);
  store.getState().applyView(view);
  const notice = linkNotice(problems);
  if (notice) store.getState().notify(notice);
}

export function linkFor(s: ExplorerState): string {
  return serializeLink(viewOf(s));
}

/** Starts writing the view to the address bar; returns the unsubscribe function. */
export function startLinkSync(store: ExplorerStore, win: Window = window): () => void {
  let last = '';
  const write = (s: ExplorerState): void => {
    const query = linkFor(s);
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  write(store.getState());
  return store.subscribe(write);
}

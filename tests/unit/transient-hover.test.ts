// Hover is transient: a pointer moving over the model writes the store only when the structure under it
// changes, never the link, and re-derives only the looks it changes.
import { describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../src/store/explorer-store';
import { linkedStateChanged, startLinkSync } from '../../src/link/link-sync';
import { nodeViews } from '../../src/store/node-views';
import { CATALOG } from './fixtures';

function fakeWindow() {
  const replaceState = vi.fn();
  const win = { location: { pathname: '/', hash: '' }, history: { state: null, replaceState } } as unknown as Window;
  return { win, replaceState };
}

describe('hover', () => {
  it('writes the store only when the structure under the pointer changes', () => {
    const store = createExplorerStore(CATALOG);
    const seen = vi.fn();
    store.subscribe(seen);
    for (let i = 0; i < 50; i++) store.getState().hover('trapezius.left');
    store.getState().hover('rhomboid-major.left');
    store.getState().hover(null);
    expect(seen).toHaveBeenCalledTimes(3);
  });

  it('never touches the address bar', () => {
    const store = createExplorerStore(CATALOG);
    const { win, replaceState } = fakeWindow();
    startLinkSync(store, win);
    const written = replaceState.mock.calls.length;
    const before = store.getState();
    store.getState().hover('trapezius.left');
    expect(linkedStateChanged(before, store.getState())).toBe(false);
    store.getState().hover('t4');
    store.getState().hover(null);
    expect(replaceState.mock.calls.length).toBe(written);
    // A change the link holds is still written.
    store.getState().select('t4');
    expect(replaceState.mock.calls.length).toBe(written + 1);
  });

  it('re-derives the look of the hovered nodes only; the rest keep the very same objects', () => {
    const store = createExplorerStore(CATALOG);
    const before = nodeViews(store.getState());
    store.getState().notify('an unrelated notice');
    expect(nodeViews(store.getState())).toBe(before);
    store.getState().hover('trapezius.left');
    const after = nodeViews(store.getState());
    for (const n of CATALOG) {
      if (n.name === 'trapezius.left') {
        expect(after.get(n.name)).not.toBe(before.get(n.name));
        expect(after.get(n.name)?.glow).toBe('hover');
      } else expect(after.get(n.name), n.name).toBe(before.get(n.name));
    }
  });
});

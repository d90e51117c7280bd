// The consultation's link parameters (contract §2.3, issue 14): cause=, pain=, view=. Each restores what it
// names through the store; garbage is dropped with one notice per parameter; the store writes them back in
// the documented order, and only while they apply.
import { describe, expect, it } from 'vitest';
import { linkFor, linkNotices, restoreFromLocation } from '../../src/link/link-sync';
import { parseLink } from '../../src/link/url-state';
import { MAX_MARKS } from '../../src/pain/pain-link';
import { createExplorerStore } from '../../src/store/explorer-store';
import { CATALOG, KNOWN } from './fixtures';

describe('cause=, pain= and view= in the link', () => {
  it('read what they name', () => {
    const { view, problems } = parseLink('?cause=VIS-06&pain=4.5:-10,breath:y&view=consult', KNOWN);
    expect(problems).toEqual([]);
    expect(view).toEqual({ cause: 'VIS-06', pain: { marks: [{ x: 4.5, y: -10 }], answers: { breath: 'yes' } }, consult: true });
  });

  it('drop garbage with one notice per parameter, and keep the rest', () => {
    const { view, problems } = parseLink('?cause=VIS-99&pain=4.5:-10,<x>,<y>&view=study&select=t4', KNOWN);
    expect(view).toEqual({ selected: 't4', pain: { marks: [{ x: 4.5, y: -10 }], answers: {} } });
    const notices = linkNotices(problems);
    expect(notices).toHaveLength(3);
    expect(notices.find((n) => n.includes('pain map'))).toMatch(/1 more like it was left out/);
  });

  it('restore the view: a cause opens its panel, pain= turns the map on with its marks', () => {
    const store = createExplorerStore(CATALOG);
    restoreFromLocation(store, '?pain=4.5:-10&view=consult');
    let s = store.getState();
    expect(s.painMap).toBe(true);
    expect(s.marks).toEqual([{ x: 4.5, y: -10 }]);
    expect(s.panel).toEqual({ kind: 'pain' });
    expect(s.consult).toBe(true);
    restoreFromLocation(store, '?cause=VIS-01&pain=');
    s = store.getState();
    expect(s.panel).toEqual({ kind: 'cause', id: 'VIS-01' });
    expect(s.painMap).toBe(true);
  });

  it('are written after the rest, in the order tour, cause, pain, view, and only while they apply', () => {
    const store = createExplorerStore(CATALOG);
    expect(linkFor(store.getState())).not.toMatch(/cause=|pain=|view=/);
    store.getState().setPainMap(true);
    store.getState().addMark({ x: 4.54, y: -10.01 });
    store.getState().answer('fever', 'no');
    store.getState().openCause('VIS-06');
    store.getState().setConsult(true);
    expect(linkFor(store.getState())).toMatch(/&mode=patient&cause=VIS-06&pain=4.5:-10,fever:n&view=consult$/);
    store.getState().setPainMap(false);
    store.getState().setConsult(false);
    store.getState().openStructurePanel();
    expect(linkFor(store.getState())).not.toMatch(/cause=|pain=|view=/);
  });

  it('the store keeps at most the limit of marks, and clearing keeps the map on', () => {
    const store = createExplorerStore(CATALOG);
    store.getState().setPainMap(true);
    for (let i = 0; i < MAX_MARKS + 5; i++) store.getState().addMark({ x: i, y: -i });
    expect(store.getState().marks).toHaveLength(MAX_MARKS);
    store.getState().clearMarks();
    expect(store.getState().marks).toEqual([]);
    expect(store.getState().painMap).toBe(true);
  });
});

// The `tour=` link parameter (contract §2, issue 15): a known step opens the tour there and sets its view; an
// unknown one is dropped with a polite notice while the rest of the link still applies; the link follows the step.
import { describe, expect, it } from 'vitest';
import { tour } from '../../content';
import { linkFor, linkNotices, restoreFromLocation } from '../../src/link/link-sync';
import { parseLink, serializeLink, TOUR_STEP_IDS } from '../../src/link/url-state';
import { createExplorerStore } from '../../src/store/explorer-store';
import { CATALOG, KNOWN } from './fixtures';

describe('tour= in the link', () => {
  it('knows every step of the tour content', () => {
    expect([...TOUR_STEP_IDS]).toEqual(tour.map((s) => s.id));
  });

  it('reads a known step', () => {
    const { view, problems } = parseLink('?tour=heart&mode=clinician', KNOWN);
    expect(problems).toEqual([]);
    expect(view).toEqual({ tour: 'heart', mode: 'clinician' });
  });

  it('drops an unknown step with one notice and keeps the rest', () => {
    const { view, problems } = parseLink('?tour=kidneys&select=t4', KNOWN);
    expect(view).toEqual({ selected: 't4' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.param).toBe('tour');
    expect(linkNotices(problems)[0]).toMatch(/not a step of the tour/);
    // Garbage and an empty value too, never an exception.
    expect(parseLink(`?tour=${'x'.repeat(3000)}`, KNOWN).problems[0]?.text.length).toBeLessThan(200);
    expect(parseLink('?tour=', KNOWN).view.tour).toBeUndefined();
  });

  it('accepts a custom set of steps', () => {
    expect(parseLink('?tour=a', KNOWN, new Set(['a'])).view.tour).toBe('a');
  });

  it('writes the step last, and only when a tour is open', () => {
    const base = { layers: ['skeleton' as const], hidden: [], selected: null, mode: 'patient' as const, camera: null, isolated: null, xray: null };
    expect(serializeLink({ ...base, tour: 'bone' })).toBe('layers=skeleton&mode=patient&tour=bone');
    expect(serializeLink({ ...base, tour: null })).toBe('layers=skeleton&mode=patient');
    expect(serializeLink(base)).toBe('layers=skeleton&mode=patient');
  });

  it('restoring a link opens the tour at the step with its view, at once', () => {
    const store = createExplorerStore(CATALOG);
    restoreFromLocation(store, '?tour=superficial');
    const s = store.getState();
    const step = tour.find((t) => t.id === 'superficial');
    expect(s.tourStep).toBe('superficial');
    expect(s.selected).toBe(step?.view.select);
    expect(s.layers.skin.visible).toBe(false);
    expect(s.cameraCommand).toMatchObject({ kind: 'frame', node: step?.view.select, instant: true });
    expect(linkFor(s)).toMatch(/&tour=superficial$/);
    expect(s.notices).toEqual([]);
  });

  it('a step with a cause opens it; leaving the tour takes tour= out of the link', () => {
    const store = createExplorerStore(CATALOG);
    restoreFromLocation(store, '?tour=heart');
    expect(store.getState().panel).toEqual({ kind: 'cause', id: 'VIS-01' });
    store.getState().leaveTour();
    expect(linkFor(store.getState())).not.toMatch(/tour=/);
  });

  it('an unknown step opens no tour and gives one polite notice', () => {
    const store = createExplorerStore(CATALOG);
    restoreFromLocation(store, '?tour=nope&select=t4');
    expect(store.getState().tourStep).toBeNull();
    expect(store.getState().selected).toBe('t4');
    expect(store.getState().notices).toHaveLength(1);
  });

  it('starting the quiz closes the tour; a tour step closes the quiz; a quiz view lights without selecting', () => {
    const store = createExplorerStore(CATALOG);
    restoreFromLocation(store, '?tour=bone');
    store.getState().startQuiz();
    expect(store.getState().tourStep).toBeNull();
    expect(store.getState().quizOpen).toBe(true);
    store.getState().showQuizView(['superficial', 'skeleton'], 'rhomboid-major.left', false);
    const s = store.getState();
    expect(s.selected).toBeNull();
    expect(s.xray).toBe('rhomboid-major.left');
    expect(s.cameraCommand).toMatchObject({ kind: 'frame', node: 'rhomboid-major.left', instant: false });
    const step = tour[0];
    if (step) store.getState().showTourStep(step.id, step.view, false);
    expect(store.getState().quizOpen).toBe(false);
    expect(store.getState().xray).toBeNull();
  });
});

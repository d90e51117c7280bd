import { describe, expect, it } from 'vitest';
import { createExplorerStore, visibilityInput } from '../../src/store/explorer-store';
import { modelSettled } from '../../src/store/model-settled';
import { nodeLook } from '../../src/store/visibility';
import { CATALOG } from './fixtures';

const make = () => createExplorerStore(CATALOG);
const look = (store: ReturnType<typeof make>, name: string) => {
  const node = CATALOG.find((n) => n.name === name);
  if (!node) throw new Error(name);
  return nodeLook(visibilityInput(store.getState()), name, node.layer);
};

describe('explorer store', () => {
  it('starts with the muscle and bone layers on and the skin off', () => {
    const s = make().getState();
    expect(Object.entries(s.layers).filter(([, l]) => l.visible).map(([k]) => k)).toEqual([
      'superficial',
      'intermediate',
      'intrinsic',
      'skeleton',
    ]);
    expect(s.selected).toBeNull();
    expect(s.mode).toBe('patient');
  });

  it('selects known nodes, ignores unknown ones, and asks the camera to frame the selection', () => {
    const store = make();
    const before = store.getState().cameraCommand.seq;
    store.getState().select('rhomboid-major.left');
    expect(store.getState().selected).toBe('rhomboid-major.left');
    expect(store.getState().cameraCommand).toMatchObject({ kind: 'frame', node: 'rhomboid-major.left' });
    expect(store.getState().cameraCommand.seq).toBeGreaterThan(before);
    store.getState().select('not-a-structure.left');
    expect(store.getState().selected).toBe('rhomboid-major.left');
    store.getState().select(null);
    expect(store.getState().selected).toBeNull();
  });

  it('selecting never changes what is visible or clickable', () => {
    const store = make();
    const snapshot = () => CATALOG.map((n) => look(store, n.name));
    const before = snapshot();
    store.getState().select('multifidus.left');
    expect(snapshot()).toEqual(before);
  });

  it('a hidden layer is neither drawn nor pickable', () => {
    const store = make();
    store.getState().setLayerVisible('superficial', false);
    expect(look(store, 'trapezius.left')).toMatchObject({ shown: false, pickable: false });
    expect(look(store, 'serratus-posterior-superior.left')).toMatchObject({ shown: true, pickable: true });
  });

  it('hide, isolate and show all', () => {
    const store = make();
    store.getState().hide('trapezius.left');
    expect(look(store, 'trapezius.left').pickable).toBe(false);
    expect(look(store, 'trapezius.right').pickable).toBe(true);
    store.getState().isolate('t4');
    expect(look(store, 't4').shown).toBe(true);
    expect(look(store, 'trapezius.right').shown).toBe(false);
    store.getState().showAll();
    expect(look(store, 'trapezius.left').shown).toBe(true);
    expect(store.getState().hidden).toEqual([]);
    expect(store.getState().isolated).toBeNull();
  });

  it('isolating shows a structure even when its layer is off', () => {
    const store = make();
    store.getState().setLayerVisible('intrinsic', false);
    store.getState().isolate('multifidus.left');
    expect(look(store, 'multifidus.left')).toMatchObject({ shown: true, pickable: true });
  });

  it('x-ray ghosts only the layers in front of the structure and makes them unclickable', () => {
    const store = make();
    store.getState().setXray('serratus-posterior-superior.left');
    expect(look(store, 'trapezius.left')).toMatchObject({ shown: true, ghosted: true, pickable: false });
    expect(look(store, 'serratus-posterior-superior.left')).toMatchObject({ ghosted: false, pickable: true });
    expect(look(store, 'multifidus.left')).toMatchObject({ ghosted: false, pickable: true });
    expect(look(store, 'trapezius.left').opacity).toBeLessThan(0.2);
  });

  it('x-ray also ghosts the other structures of its own layer, but not its twin', () => {
    const store = make();
    store.getState().setXray('rhomboid-major.left');
    expect(look(store, 'trapezius.left')).toMatchObject({ ghosted: true, pickable: false });
    expect(look(store, 'rhomboid-major.left')).toMatchObject({ ghosted: false, pickable: true });
    expect(look(store, 'serratus-posterior-superior.left')).toMatchObject({ ghosted: false, pickable: true });
  });

  it('a layer faded below half lets clicks through, and opacity is clamped', () => {
    const store = make();
    store.getState().setLayerOpacity('superficial', 0.4);
    expect(look(store, 'trapezius.left')).toMatchObject({ shown: true, pickable: false });
    store.getState().setLayerOpacity('superficial', 0.6);
    expect(look(store, 'trapezius.left')).toMatchObject({ shown: true, pickable: true });
    store.getState().setLayerVisible('skin', true);
    expect(look(store, 'skin')).toMatchObject({ shown: true, pickable: false });
    store.getState().setLayerOpacity('superficial', 7);
    expect(store.getState().layers.superficial.opacity).toBe(1);
    store.getState().setLayerOpacity('superficial', Number.NaN);
    expect(store.getState().layers.superficial.opacity).toBe(1);
  });

  it('applies a view: an explicit camera wins over framing the selection', () => {
    const store = make();
    store.getState().applyView({
      layers: ['intrinsic'],
      selected: 'multifidus.left',
      camera: { position: [0, 0, -1], target: [0, 0, 0] },
    });
    const s = store.getState();
    expect(s.layers.superficial.visible).toBe(false);
    expect(s.layers.intrinsic.visible).toBe(true);
    expect(s.cameraCommand).toMatchObject({ kind: 'view', instant: true });
    store.getState().applyView({ selected: 't4', camera: null });
    expect(store.getState().cameraCommand).toMatchObject({ kind: 'frame', node: 't4' });
  });

  it('keeps notices until dismissed', () => {
    const store = make();
    store.getState().notify('one');
    store.getState().notify('two');
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first!.id);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['two']);
  });

  it('publishes the stage insets, and unchanged insets notify nobody', () => {
    const store = make();
    expect(store.getState().stageInsets).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    let changes = 0;
    const stop = store.subscribe(() => (changes += 1));
    store.getState().setStageInsets({ top: 76, right: 380, bottom: 60, left: 292 });
    expect(store.getState().stageInsets).toEqual({ top: 76, right: 380, bottom: 60, left: 292 });
    const before = store.getState().stageInsets;
    store.getState().setStageInsets({ top: 76, right: 380, bottom: 60, left: 292 });
    expect(changes).toBe(1);
    expect(store.getState().stageInsets).toBe(before);
    store.getState().setStageInsets({ top: 76, right: 380, bottom: 0, left: 292 });
    expect(changes).toBe(2);
    stop();
  });
});

describe('modelSettled', () => {
  it('waits while the model loads and resolves once it is ready, failed or impossible', async () => {
    const store = make();
    let done = false;
    void modelSettled(store).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    store.getState().setModelProgress(50);
    await Promise.resolve();
    expect(done).toBe(false);
    store.getState().setModelStatus('ready');
    await Promise.resolve();
    expect(done).toBe(true);
    await expect(modelSettled(store)).resolves.toBeUndefined();
  });
});

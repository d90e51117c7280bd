// The link contract: the query restores the view, and the address bar follows the view.
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../contract';
import { appState, clickNode, layerControl, LAYER_NAMES, regionHeading, useBrowser } from './browser';

const app = useBrowser();

describe('link contract', () => {
  it('?layers= shows exactly the listed layers, and the controls say so', async () => {
    const { page } = await app.open('?layers=intrinsic,skeleton');
    const { layers } = await appState(page);
    expect(LAYERS.filter((l) => layers[l].visible)).toEqual(['intrinsic', 'skeleton']);
    for (const name of LAYER_NAMES) {
      const shown = name === 'Intrinsic' || name === 'Skeleton';
      await expect(layerControl(page, name).isChecked(), name).resolves.toBe(shown);
    }
  });

  it('?select= selects the node and opens its overlay, without changing what is visible', async () => {
    const plain = await app.open('?layers=superficial,skeleton');
    const visible = (await appState(plain.page)).layers;
    const { page } = await app.open('?layers=superficial,skeleton&select=trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    const state = await appState(page);
    expect(state.selected).toBe('trapezius.left');
    expect(state.layers).toEqual(visible);
  });

  it('the address bar reproduces a view changed by hand', async () => {
    const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton');
    await layerControl(page, 'Skeleton').click();
    await expect.poll(async () => (await appState(page)).layers.skeleton.visible).toBe(false);
    await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe('trapezius.left');
    const wanted = await appState(page);

    const query = new URL(page.url()).search;
    const again = await app.open(query);
    await regionHeading(again.page, /^Trapezius/).waitFor();
    const restored = await appState(again.page);
    expect(restored.selected).toBe(wanted.selected);
    expect(restored.layers).toEqual(wanted.layers);
    expect(restored.mode).toBe(wanted.mode);
  });

  it('values that name nothing are dropped with a notice; the rest of the link applies', async () => {
    const { page } = await app.open('?layers=superficial,bogus&select=no-such-muscle.left');
    await expect.poll(async () => ((await page.getByRole('status').allInnerTexts()).join(' ')).trim()).not.toBe('');
    const state = await appState(page);
    expect(LAYERS.filter((l) => state.layers[l].visible)).toEqual(['superficial']);
    expect(state.selected).toBeNull();
  });
});

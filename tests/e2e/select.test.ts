// Clicking the 3D view selects the nearest visible structure and opens its overlay; hidden layers never catch
// clicks; a click on empty space clears the selection.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  appState,
  canvasIsOnTop,
  clickNode,
  layerControl,
  nodeAt,
  regionHeading,
  settle,
  useBrowser,
} from './browser';
import { headingPattern, layerOf } from './names';

const app = useBrowser();
const ALL = '?layers=superficial,intermediate,intrinsic,skeleton,skin';

/** A canvas point where a click would hit nothing (and no panel covers it), found by asking the hook. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('canvas has no box');
  for (let fy = 0.1; fy < 1; fy += 0.1) {
    for (let fx = 0.05; fx < 1; fx += 0.05) {
      const point = { x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) };
      if ((await nodeAt(page, point)) === null && (await canvasIsOnTop(page, point))) return point;
    }
  }
  throw new Error('no empty canvas point found');
}

describe('selecting by clicking the 3D view', () => {
  it('a click on trapezius.left (all layers on) opens the Trapezius overlay', async () => {
    const { page } = await app.open(ALL);
    await clickNode(page, 'trapezius.left');
    await expect.poll(async () => (await appState(page)).selected).toBe('trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
  });

  it('a click on rhomboid-major.left opens the Rhomboid major overlay', async () => {
    // Trapezius hidden one by one (link contract `hide`), so the rhomboid under it is in plain view.
    const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton&hide=trapezius.left,trapezius.right');
    await clickNode(page, 'rhomboid-major.left');
    await expect.poll(async () => (await appState(page)).selected).toBe('rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
  });

  it('the same spot with the superficial layer hidden selects what lies beneath', async () => {
    const { page } = await app.open(ALL);
    const point = await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();

    await layerControl(page, 'Superficial').click();
    await expect.poll(async () => (await appState(page)).layers.superficial.visible).toBe(false);
    await settle(page);
    // What the app says a click here hits now: something, and not a structure of the hidden layer.
    const beneath = await nodeAt(page, point);
    expect(beneath).not.toBeNull();
    expect(beneath).not.toBe('trapezius.left');
    if (beneath !== null && layerOf(beneath) !== null) expect(layerOf(beneath)).not.toBe('superficial');

    await page.mouse.click(point.x, point.y);
    await settle(page);
    await expect.poll(async () => (await appState(page)).selected).toBe(beneath);
    await expect(regionHeading(page, /^Trapezius/).count()).resolves.toBe(0);
    if (beneath !== null && layerOf(beneath) !== 'skeleton' && layerOf(beneath) !== null) {
      await regionHeading(page, headingPattern(beneath)).waitFor();
    }
  });

  it('a click on empty space clears the selection and closes the overlay', async () => {
    const { page } = await app.open(ALL);
    await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();

    const empty = await emptyPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await settle(page);
    await expect.poll(async () => (await appState(page)).selected).toBeNull();
    await regionHeading(page, /^Trapezius/).waitFor({ state: 'detached' });
  });

  it('a drag is not a click: orbiting does not select', async () => {
    const { page } = await app.open(ALL);
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('canvas has no box');
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 150, from.y + 20, { steps: 10 });
    await page.mouse.up();
    await settle(page);
    expect((await appState(page)).selected).toBeNull();
  });
});

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
  screenPointOf,
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
    // Selecting reframes the camera, so each click gets a fresh page with the same starting view (all layers,
    // then switched by hand); the spot is one on a deeper muscle that the superficial layer covers.
    const deep = 'serratus-posterior-inferior.left';
    const peel = async (page: Page): Promise<void> => {
      await layerControl(page, 'Superficial').click();
      await expect.poll(async () => (await appState(page)).layers.superficial.visible).toBe(false);
      await settle(page);
    };
    const probe = (await app.open(ALL)).page;
    await peel(probe);
    const point = await screenPointOf(probe, deep);
    expect(point, `${deep} should be clickable with the superficial layer off`).not.toBeNull();
    if (!point) return;

    // All layers on: what covers the spot is superficial, and a click there selects it.
    const covered = (await app.open(ALL)).page;
    const cover = await nodeAt(covered, point);
    expect(cover !== null && layerOf(cover), `what covers ${deep} at ${point.x},${point.y}`).toBe('superficial');
    if (cover === null) return;
    await covered.mouse.click(point.x, point.y);
    await expect.poll(async () => (await appState(covered)).selected).toBe(cover);
    await regionHeading(covered, headingPattern(cover)).waitFor();

    // Same view, superficial layer switched off: the same spot now selects the muscle beneath.
    const peeled = (await app.open(ALL)).page;
    await peel(peeled);
    expect(await nodeAt(peeled, point)).toBe(deep);
    await peeled.mouse.click(point.x, point.y);
    await expect.poll(async () => (await appState(peeled)).selected).toBe(deep);
    await regionHeading(peeled, headingPattern(deep)).waitFor();
    await expect(regionHeading(peeled, headingPattern(cover)).count()).resolves.toBe(0);
  });

  it('a click on empty space clears the selection and closes the overlay', async () => {
    const { page } = await app.open(ALL);
    await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();

    const empty = await emptyPoint(page);
    await page.mouse.click(empty.x, empty.y);
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

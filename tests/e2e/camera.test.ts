// The person's camera wins, and framing turns the back round what was framed: a turned view survives a
// resize (a tablet rotated, a browser bar shown), and a selected structure stays the orbit pivot, drawn in
// the middle of the part of the canvas no panel covers.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, canvasImage, regionHeading, settle, useBrowser } from './browser';
import { differingShare, linkParam } from './interactions-helpers';

const app = useBrowser();

/** Drags across the middle of the canvas, as a person turning the back does, and waits for it to rest. */
async function turn(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height * 0.45;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(800);
  await settle(page);
}

/** The middle of the part of the viewport the panels leave free (from the panels' boxes). */
function freeCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const css = getComputedStyle(document.documentElement);
    const px = (name: string): number => Number.parseFloat(css.getPropertyValue(name)) || 0;
    const left = px('--panels-left');
    const right = innerWidth - px('--panels-right');
    const top = px('--panels-top');
    const bottom = innerHeight - px('--panels-bottom');
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  });
}

describe('the camera', () => {
  it('keeps a turned view through a resize and back', async () => {
    const { page } = await app.open('', { context: { viewport: { width: 1024, height: 768 } } });
    await turn(page, 140, 30);
    await expect.poll(() => linkParam(page, 'camera')).not.toBeNull();
    const camera = linkParam(page, 'camera');
    const before = await canvasImage(page);
    await page.setViewportSize({ width: 768, height: 1024 });
    await settle(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(300);
    await settle(page);
    expect(linkParam(page, 'camera'), 'the link still holds the turned view').toBe(camera);
    expect(differingShare(before, await canvasImage(page)), 'pixels that changed').toBeLessThan(0.01);
  });

  it('frames a selection in the middle of the free area and turns round it', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 768, height: 1024 }]) {
      const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton&hide=trapezius.left,trapezius.right&select=rhomboid-major.left', {
        context: { viewport },
      });
      await regionHeading(page, /^Rhomboid major/).waitFor();
      await page.waitForTimeout(300);
      await settle(page);
      const centre = await page.evaluate(() => window.__ube?.centreOf('rhomboid-major.left') ?? null);
      const free = await freeCentre(page);
      expect(centre, 'the rhomboid is drawn').not.toBeNull();
      if (!centre) return;
      expect(Math.abs(centre.x - free.x), `${viewport.width}×${viewport.height}: across`).toBeLessThan(3);
      expect(Math.abs(centre.y - free.y), `${viewport.width}×${viewport.height}: up and down`).toBeLessThan(3);
      // Turning the back turns it round the rhomboid: its centre stays where it was drawn.
      await turn(page, 90, 0);
      expect((await appState(page)).selected).toBe('rhomboid-major.left');
      const after = await page.evaluate(() => window.__ube?.centreOf('rhomboid-major.left') ?? null);
      expect(after).not.toBeNull();
      expect(Math.hypot((after?.x ?? 0) - centre.x, (after?.y ?? 0) - centre.y), 'the pivot stayed put').toBeLessThan(3);
    }
  });
});

// Issue 6, failure state "WebGL context lost and restored": the scene comes back with the same state — same
// store snapshot, the same picture (not blank), and it still answers clicks. The loss is forced with the
// WEBGL_lose_context extension on the canvas's own context.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, canvasImage, clickNode, layerControl, regionHeading, settle, useBrowser } from './browser';
import { changedFraction, nonBackgroundFraction } from './png';

const app = useBrowser();

/** Loses the canvas's WebGL context and waits for the page to see it lost. */
async function loseContext(page: Page): Promise<void> {
  const lost = await page.evaluate(async () => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return 'no canvas';
    // Asking for the context type the renderer already holds returns that same context.
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const ext = gl?.getExtension('WEBGL_lose_context');
    if (!gl || !ext) return 'no WEBGL_lose_context';
    const event = new Promise<void>((done) => canvas.addEventListener('webglcontextlost', () => done(), { once: true }));
    ext.loseContext();
    await event;
    (window as unknown as { e2eLoseContext?: WEBGL_lose_context }).e2eLoseContext = ext;
    return gl.isContextLost() ? 'lost' : 'still there';
  });
  expect(lost).toBe('lost');
}

/** Restores it and waits for the restored event and a frame drawn after it. */
async function restoreContext(page: Page): Promise<void> {
  const restored = await page.evaluate(async () => {
    const canvas = document.querySelector('canvas');
    const ext = (window as unknown as { e2eLoseContext?: WEBGL_lose_context }).e2eLoseContext;
    if (!canvas || !ext) return { result: 'nothing to restore', frames: 0 };
    const frames = window.__ube?.frames ?? 0;
    const event = new Promise<void>((done) => canvas.addEventListener('webglcontextrestored', () => done(), { once: true }));
    ext.restoreContext();
    await event;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return { result: gl && !gl.isContextLost() ? 'restored' : 'still lost', frames };
  });
  expect(restored.result).toBe('restored');
  // The app must draw again by itself (the loop renders on demand): wait for a frame drawn after the restore.
  await page.waitForFunction((n) => (window.__ube?.frames ?? 0) > n, restored.frames, { timeout: 15_000 });
  await settle(page);
}

describe('WebGL context lost and restored', () => {
  it('the scene comes back with the same state and the same picture', async () => {
    const { page } = await app.open('?layers=superficial,intrinsic,skeleton&hide=trapezius.right&select=trapezius.left');
    await regionHeading(page, /^Trapezius \(left\)/).waitFor();
    await settle(page);
    const stateBefore = await appState(page);
    const urlBefore = page.url();
    const before = await canvasImage(page);
    expect(nonBackgroundFraction(before), 'the model is drawn before the loss').toBeGreaterThan(0.05);

    await loseContext(page);
    // While lost the page stays up: the panels are still there.
    await expect(page.getByRole('tree', { name: 'Structures' }).count()).resolves.toBe(1);

    await restoreContext(page);
    expect(await appState(page)).toEqual(stateBefore);
    expect(page.url()).toBe(urlBefore);
    await regionHeading(page, /^Trapezius \(left\)/).waitFor();
    const after = await canvasImage(page);
    expect(nonBackgroundFraction(after), 'not blank after the restore').toBeGreaterThan(0.05);
    expect(changedFraction(before, after), 'the same picture as before the loss').toBeLessThan(0.01);
  });

  it('after the restore the scene still follows the controls and answers clicks', async () => {
    const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton');
    await loseContext(page);
    await restoreContext(page);

    await clickNode(page, 'trapezius.left');
    await expect.poll(async () => (await appState(page)).selected).toBe('trapezius.left');
    await regionHeading(page, /^Trapezius \(left\)/).waitFor();

    const withSuperficial = await canvasImage(page);
    await layerControl(page, 'Superficial').click();
    await expect.poll(async () => (await appState(page)).layers.superficial.visible).toBe(false);
    await settle(page);
    expect(changedFraction(withSuperficial, await canvasImage(page)), 'hiding a layer redraws').toBeGreaterThan(0.01);
  });

  it('survives two losses in a row', async () => {
    const { page } = await app.open('?select=rhomboid-major.left&hide=trapezius.left');
    await settle(page);
    const stateBefore = await appState(page);
    const before = await canvasImage(page);
    for (let i = 0; i < 2; i++) {
      await loseContext(page);
      await restoreContext(page);
    }
    expect(await appState(page)).toEqual(stateBefore);
    expect(changedFraction(before, await canvasImage(page))).toBeLessThan(0.01);
  });
});

// The canvas really draws the model, the page really shows it, and the layer controls really change what
// is drawn; on both of the GL paths a machine without a GPU can take (chromium-path.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, canvasImage, layerControl, LAYER_NAMES, settle, useBrowser } from './browser';
import { GL_PATHS } from './chromium-path';
import { changedFraction, decodePng, distinctColours, nonBackgroundFraction, type Rgba } from './png';
import { SOFTWARE_PIXEL_RATIO } from '../../src/scene/early-webgl';

/** Screens a clinic has: tablets both ways, a phone, a laptop. */
const SCREENS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const;

/** Keep this far (CSS px) from anything over the canvas: panel shadows and anti-aliased edges blend there. */
const CLEARANCE = 16;

/**
 * Viewport points, on a grid, where the page shows the canvas itself: nothing covers the point or any
 * point CLEARANCE around it.
 */
function uncoveredPoints(page: Page, step: number): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ({ step, clear }) => {
      const onCanvas = (x: number, y: number): boolean => document.elementFromPoint(x, y) instanceof HTMLCanvasElement;
      const out: { x: number; y: number }[] = [];
      for (let y = clear; y < innerHeight - clear; y += step) {
        for (let x = clear; x < innerWidth - clear; x += step) {
          if ([[0, 0], [clear, 0], [-clear, 0], [0, clear], [0, -clear]].every(([dx = 0, dy = 0]) => onCanvas(x + dx, y + dy))) out.push({ x, y });
        }
      }
      return out;
    },
    { step, clear: CLEARANCE },
  );
}

function pixel(img: Rgba, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
}

for (const path of GL_PATHS) describe(`the 3D view on ${path.name}`, () => {
const app = useBrowser(path.args);

for (const screen of SCREENS) {
  it(`the page shows what the canvas draws wherever no panel covers it (${screen.width}×${screen.height})`, async () => {
    // The compositor once left a patch of the canvas undrawn (it looked white) on the default GL path:
    // what a person sees must be what the canvas holds, at every uncovered point.
    const { page } = await app.open('', { context: { viewport: screen } });
    const points = await uncoveredPoints(page, 12);
    expect(points.length, 'some of the canvas is uncovered').toBeGreaterThan(200);
    const seen = decodePng(await page.screenshot());
    const drawn = await canvasImage(page);
    const scale = drawn.width / screen.width;
    const differ = points.filter((p) => {
      const a = pixel(seen, p.x, p.y);
      const b = pixel(drawn, p.x * scale, p.y * scale);
      return a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > 24);
    });
    expect(differ.length / points.length, `first differing points: ${JSON.stringify(differ.slice(0, 5))}`).toBeLessThan(0.01);
    // And what it holds is the model, not a blank view.
    expect(nonBackgroundFraction(drawn)).toBeGreaterThan(0.03);
  });
}

  it('draws the model: the canvas is neither blank nor one colour', async () => {
    const { page } = await app.open();
    await expect.poll(() => page.locator('canvas').count()).toBe(1);
    const img = await canvasImage(page);
    expect(distinctColours(img)).toBeGreaterThan(50);
    // The torso fills a good part of the view, not a few stray pixels.
    expect(nonBackgroundFraction(img)).toBeGreaterThan(0.05);

    // These machines draw WebGL on the CPU (SwiftShader), where the view draws at a reduced pixel ratio
    // (early-webgl.ts); the canvas still fills the window.
    const size = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return c ? { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight } : null;
    });
    expect(size).not.toBeNull();
    expect(size?.cssW).toBe(1280);
    expect(size?.w).toBe(Math.floor(1280 * SOFTWARE_PIXEL_RATIO));
    expect(size?.h).toBe(Math.floor((size?.cssH ?? 0) * SOFTWARE_PIXEL_RATIO));

    // The shaders were compiled at start-up, right after the model was parsed: the frames drawn since
    // needed no program the warm-up had not prepared (warm-shaders.ts).
    const info = await page.evaluate(() => window.__ube?.rendererInfo());
    expect(info?.warmedPrograms).toBeGreaterThan(0);
    expect(info?.programs).toBe(info?.warmedPrograms);

    // Refresh the README's image from the default view (1280×720, the whole page as a person sees it).
    if (path === GL_PATHS[0]) {
      await mkdir('docs', { recursive: true });
      await writeFile('docs/screenshot.png', await page.screenshot());
    }
  });

  it('draws nothing of the model when every layer is hidden', async () => {
    const { page } = await app.open();
    const before = await canvasImage(page);
    for (const name of LAYER_NAMES) {
      const control = layerControl(page, name);
      if (await control.isChecked()) await control.click();
      await expect.poll(() => control.isChecked()).toBe(false);
    }
    await settle(page);
    const after = await canvasImage(page);
    // What was drawn was the model: with all layers off the picture changes a lot and is (almost) background.
    expect(changedFraction(before, after)).toBeGreaterThan(0.05);
    expect(nonBackgroundFraction(after)).toBeLessThan(0.02);
  });

  it('each layer control shows and hides its layer (one page, every layer in turn)', async () => {
    // Starting from an empty view (no layer in the link), whatever a control adds is that layer alone.
    const { page } = await app.open('?layers=');
    const empty = await canvasImage(page);
    expect(nonBackgroundFraction(empty)).toBeLessThan(0.02);
    for (const name of LAYER_NAMES) {
      const key = name.toLowerCase() as Lowercase<typeof name>;
      const control = layerControl(page, name);
      await expect(control.isChecked(), name).resolves.toBe(false);

      await control.click();
      await expect.poll(async () => (await appState(page)).layers[key].visible, { message: name }).toBe(true);
      await settle(page);
      const on = await canvasImage(page);
      expect(changedFraction(empty, on), `${name} on`).toBeGreaterThan(0.01);

      await control.click();
      await expect.poll(async () => (await appState(page)).layers[key].visible, { message: name }).toBe(false);
      await settle(page);
      expect(changedFraction(empty, await canvasImage(page)), `${name} off again`).toBeLessThan(0.002);
    }
  });

  it('hiding the superficial layer reveals what lies beneath', async () => {
    const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton');
    const before = await canvasImage(page);
    await layerControl(page, 'Superficial').click();
    await expect.poll(async () => (await appState(page)).layers.superficial.visible).toBe(false);
    await settle(page);
    const after = await canvasImage(page);
    expect(changedFraction(before, after)).toBeGreaterThan(0.01);
    // Deeper layers are still drawn: the view did not go blank.
    expect(nonBackgroundFraction(after)).toBeGreaterThan(0.02);
  });

  it('a fade slider fades its layer in place: the view redraws, needs no new shader program, and comes back exactly', async () => {
    const { page } = await app.open('?layers=superficial,intermediate,intrinsic,skeleton');
    const before = await canvasImage(page);
    const programs = async (): Promise<number | undefined> => (await page.evaluate(() => window.__ube?.rendererInfo()))?.programs;
    const solidPrograms = await programs();
    const slider = page.getByRole('slider', { name: 'Superficial opacity' });
    // Down to 40 % in the slider's 5 % steps, as a keyboard user would.
    await slider.focus();
    for (let i = 0; i < 12; i++) await slider.press('ArrowLeft');
    await expect.poll(async () => (await appState(page)).layers.superficial.opacity).toBeCloseTo(0.4, 5);
    await settle(page);
    const faded = await canvasImage(page);
    // The superficial muscles cover most of the back: what lies beneath now shows through them.
    expect(changedFraction(before, faded)).toBeGreaterThan(0.05);
    // Solid and faded looks share one program (structure-materials.ts), so fading builds none.
    expect(await programs()).toBe(solidPrograms);

    for (let i = 0; i < 12; i++) await slider.press('ArrowRight');
    await expect.poll(async () => (await appState(page)).layers.superficial.opacity).toBe(1);
    await settle(page);
    expect(changedFraction(before, await canvasImage(page))).toBeLessThan(0.002);
  });
});

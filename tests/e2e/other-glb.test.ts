// The model contract's promise (docs/contracts.md §1.7): any GLB that keeps it works unchanged. A second,
// independently made file (other-glb.ts: no normals, no uvs, open single-sided sheets, quantised and
// non-indexed primitives, two primitives in one node, nested transforms, foreign node names, unknown nodes,
// and no `closedSurfaces` extra) is served in place of /models/torso.glb, and the app draws it, picks what it
// draws, and opens and peels it as it does our own.
// The model is replaced at the context, so the <link rel="preload">, the app's fetch and the offline
// worker's precache all get the other file (as in failure-model.test.ts).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { appState, canvasImage, canvasIsOnTop, clickNode, layerControl, nodeAt, regionHeading, screenPointOf, settle, waitReady } from './browser';
import { agreement } from './draw-pick';
import { useWatchedBrowser, type Watched } from './failure-kit';
import { headingPattern, layerOf } from './names';
import { buildOtherGlb } from './other-glb';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const MODEL = '**/models/torso.glb';

const browser = useWatchedBrowser([], origin);
let glb: Buffer = Buffer.alloc(0);

beforeAll(async () => {
  glb = Buffer.from(await buildOtherGlb());
});

/** Opens the app with the other GLB in place of ours and waits until it is drawn. */
async function openWithOtherGlb(query = ''): Promise<Watched & { served: () => number }> {
  const w = await browser.page();
  let served = 0;
  await w.context.route(MODEL, (route) => {
    served++;
    return route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: glb });
  });
  await w.page.goto(`${baseURL}/${query}`);
  await waitReady(w.page);
  return { ...w, served: () => served };
}

describe('another contract-keeping GLB', () => {
  it('is drawn; a click on an open superficial sheet opens it; with its layer hidden the same spot selects what lies beneath', async () => {
    const { page, served } = await openWithOtherGlb();
    expect(served(), 'the other GLB was served').toBeGreaterThan(0);
    expect((await page.evaluate(() => window.__ube?.rendererInfo().triangles)) ?? 0).toBeGreaterThan(0);

    // Drawn, not blank: much of the canvas differs from its empty corner, and the sheet is shaded by its
    // normals (computed, as the file has none).
    const first = await screenPointOf(page, 'trapezius.left');
    expect(first, 'trapezius.left (an open sheet facing away from the viewer) can be clicked').not.toBeNull();
    if (!first) throw new Error('unreachable');
    const img = await canvasImage(page);
    const rect = await page.evaluate(() => {
      const r = document.querySelector('canvas')?.getBoundingClientRect();
      return { left: r?.left ?? 0, top: r?.top ?? 0, width: r?.width ?? 1 };
    });
    const scale = img.width / rect.width;
    const pixel = (x: number, y: number): number[] => {
      const i = (Math.round((y - rect.top) * scale) * img.width + Math.round((x - rect.left) * scale)) * 4;
      return [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
    };
    const bg = [img.data[0] ?? 0, img.data[1] ?? 0, img.data[2] ?? 0];
    const differs = (c: number[]): boolean => c.some((v, k) => Math.abs(v - (bg[k] ?? 0)) > 12);
    let drawn = 0;
    for (let i = 0; i < img.data.length; i += 4) if (differs([img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0])) drawn++;
    expect(drawn / (img.width * img.height), 'share of the canvas that shows the model').toBeGreaterThan(0.2);
    const sheet = pixel(first.x, first.y);
    expect(differs(sheet), `trapezius.left is drawn at ${first.x},${first.y}`).toBe(true);
    // Seen straight on, a face takes the matcap's bright centre (about 225 in its brightest channel); a
    // mesh without normals gets an undefined, dim shade instead (about 130 in SwiftShader).
    expect(Math.max(...sheet), `trapezius.left is lit from its normals (${sheet.join(',')})`).toBeGreaterThan(170);

    await clickNode(page, 'trapezius.left');
    await regionHeading(page, headingPattern('trapezius.left')).waitFor({ timeout: 10_000 });
    expect((await appState(page)).selected).toBe('trapezius.left');

    // The selection framed the sheet; the same spot on it in this view, then the layer peeled off.
    await settle(page);
    const spot = await screenPointOf(page, 'trapezius.left');
    expect(spot).not.toBeNull();
    if (!spot) throw new Error('unreachable');
    await layerControl(page, 'Superficial').click();
    await settle(page);
    expect((await appState(page)).layers.superficial.visible).toBe(false);
    const beneath = await nodeAt(page, spot);
    expect(beneath, 'something lies beneath the sheet').not.toBeNull();
    if (!beneath) throw new Error('unreachable');
    expect(layerOf(beneath), `${beneath} lies deeper than the superficial layer`).not.toBe('superficial');
    expect(await canvasIsOnTop(page, spot)).toBe(true);
    await page.mouse.click(spot.x, spot.y);
    await settle(page);
    expect((await appState(page)).selected).toBe(beneath);
    await regionHeading(page, headingPattern(beneath)).waitFor({ timeout: 10_000 });
  });

  const views: [string, string, string][] = [
    ['the default view', '', 'trapezius.left'],
    ['the intermediate sheets (open, quantised, one facing away) over the intrinsic boxes', '?layers=intermediate,intrinsic,skeleton&select=serratus-posterior-superior.left', 'serratus-posterior-superior.left'],
    ['the rhomboids (nested, two primitives) with the trapezius hidden', '?hide=trapezius.left,trapezius.right&select=rhomboid-major.left', 'rhomboid-major.left'],
    ['bone alone', '?layers=skeleton&select=t6', 't6'],
  ];
  for (const [name, query, expected] of views) {
    it(`agrees pixel for pixel, drawn against picked, in ${name}`, async () => {
      const { page } = await openWithOtherGlb(query);
      const a = await agreement(page);
      expect(a.drawn[expected] ?? 0, `${expected} is drawn in this view`).toBeGreaterThan(10);
      expect(a.inside, 'enough samples inside shapes').toBeGreaterThan(1000);
      expect(a.mismatches, a.examples.join('; ')).toBe(0);
    });
  }
});

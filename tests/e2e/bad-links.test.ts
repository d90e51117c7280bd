// Issue 6, failure state "Bad links": every link parameter (contracts.md §2, plus isolate and xray) fed
// garbage, very long values, unknown ids and malformed percent-encoding. Each time: a polite notice, no page
// error (the harness checks after each test), nothing of the value executed or echoed in full, and the rest of
// the link still applies.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../contract';
import { appState, canvasIsOnTop, clickNode, regionHeading, settle, useBrowser, waitReady } from './browser';

const app = useBrowser();

const PARAMS = ['layers', 'hide', 'select', 'mode', 'camera', 'isolate', 'xray'] as const;
type Param = (typeof PARAMS)[number];

/** Words of the notice each parameter's problem is reported with (src/link/url-state.ts). */
const NOTICE_OF: Record<Param, RegExp> = {
  layers: /unknown layer/,
  hide: /hidden structure/,
  select: /The link selects/,
  mode: /wording/,
  camera: /camera/,
  isolate: /isolated structure/,
  xray: /x-rays/,
};

const q = (params: Record<string, string>): string =>
  `?${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;

async function notices(page: Page): Promise<string[]> {
  return page.locator('[role="status"] .notice > span').allInnerTexts();
}

/** The notices once they are there (they are written before the first render, so this is quick). */
async function noticesShown(page: Page, atLeast: number): Promise<string[]> {
  await expect.poll(async () => (await notices(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
  return notices(page);
}

/** The link the app rewrote into the address bar: what it actually applied. */
function appliedParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Listens for dialogs (alert/confirm) and new <img>/<script> nodes a value might have injected. */
async function watchInjection(page: Page): Promise<() => Promise<string[]>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return async () => {
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('img[src="x"], script:not([src]), [onerror], [onload]')].map((e) => e.outerHTML),
    );
    return [...dialogs, ...injected];
  };
}

describe('bad links', () => {
  it('garbage in every parameter: one notice per parameter, defaults stand, nothing injected', async () => {
    const garbage: Record<Param, string> = {
      layers: '<img src=x onerror=alert(1)>',
      hide: '"><script>alert(1)</script>',
      select: 'javascript:alert(1)',
      mode: '__proto__',
      camera: 'NaN,Infinity,-Infinity,1e400,0x10,',
      isolate: 'constructor',
      xray: '../../../etc/passwd',
    };
    const { page } = await app.open(q(garbage), { waitReady: false });
    const injected = await watchInjection(page);
    const shown = await noticesShown(page, PARAMS.length);
    for (const p of PARAMS) expect(shown.some((n) => NOTICE_OF[p].test(n)), `a notice for ${p}`).toBe(true);
    // The values are shown as text, never run or parsed as markup.
    expect(shown.join('\n')).toContain('<img src=x onerror=alert(1)>');
    await waitReady(page);
    expect(await injected()).toEqual([]);

    const state = await appState(page);
    expect(state.selected).toBeNull();
    expect(state.hidden).toEqual([]);
    expect(state.mode).toBe('patient');
    // `layers` naming only unknown layers keeps the default layers: a mistyped link never opens on an empty scene.
    expect(LAYERS.filter((l) => state.layers[l].visible)).toEqual(['superficial', 'intermediate', 'intrinsic', 'skeleton']);
    const applied = appliedParams(page);
    for (const p of ['hide', 'select', 'camera', 'isolate', 'xray']) expect(applied.get(p), p).toBeNull();
  });

  it('unknown ids and bad values beside good ones: the good ones apply', async () => {
    const { page } = await app.open(
      q({
        layers: 'superficial,bogus,skeleton,SKIN, intrinsic ',
        hide: 'trapezius.right,trapezius.middle,no-such-muscle.left,TRAPEZIUS.left',
        select: 'rhomboid-major.left',
        mode: 'clinician',
        isolate: 'rhomboid-major.left,rhomboid-major.up',
        xray: 'rib-13.left',
        camera: '0.1,0.2,-1.5,0,0,0',
      }),
    );
    // One notice per parameter that dropped something (layers, hide, isolate, xray); the rest are counted.
    const shown = await noticesShown(page, 4);
    expect(shown).toHaveLength(4);
    expect(shown.join('\n')).toMatch(/bogus/);
    expect(shown.join('\n')).toMatch(/trapezius\.middle/);
    expect(shown.join('\n')).toMatch(/2 more like it were left out too/);
    expect(shown.join('\n')).toMatch(/rib-13\.left/);
    await regionHeading(page, /^Rhomboid major \(left\)/).waitFor();
    const state = await appState(page);
    expect(LAYERS.filter((l) => state.layers[l].visible)).toEqual(['superficial', 'intrinsic', 'skeleton']);
    expect(state.hidden).toEqual(['trapezius.right']);
    expect(state.selected).toBe('rhomboid-major.left');
    expect(state.mode).toBe('clinician');
    const applied = appliedParams(page);
    expect(applied.get('isolate')).toBe('rhomboid-major.left');
    expect(applied.get('xray')).toBeNull();
    expect(applied.get('camera')).toBe('0.1,0.2,-1.5,0,0,0');
  });

  it('bad cameras are dropped with a notice and the default view is used', async () => {
    const { page } = await app.open('', { waitReady: false });
    for (const camera of ['1,2,3,4,5,6,7', '0,0,0,0,0,0', '1e9,0,0,0,0,0']) {
      await page.goto(`${app.baseURL}/${q({ camera, select: 'trapezius.left' })}`);
      const shown = await noticesShown(page, 1);
      expect(shown.join('\n'), camera).toMatch(NOTICE_OF.camera);
      await regionHeading(page, /^Trapezius \(left\)/).waitFor();
      expect(appliedParams(page).get('camera'), camera).toBeNull();
      expect(appliedParams(page).get('select'), camera).toBe('trapezius.left');
    }
    await waitReady(page);
    expect((await appState(page)).selected).toBe('trapezius.left');
  });

  it('a ~10 kB value in each parameter: a short notice, no error, the rest of the link applies', async () => {
    const { page } = await app.open('', { waitReady: false });
    for (const param of PARAMS) {
      const long = `${param}-${'x'.repeat(10_000)}`;
      const rest: Record<string, string> =
        param === 'select' ? { hide: 'trapezius.right', mode: 'clinician' } : { select: 'trapezius.left', mode: 'clinician' };
      if (param === 'mode') rest.mode = 'patient';
      await page.goto(`${app.baseURL}/${q({ ...rest, [param]: long })}`);
      const shown = await noticesShown(page, 1);
      expect(shown.some((n) => NOTICE_OF[param].test(n)), `${param}: its notice`).toBe(true);
      // Cut for reading: nobody reads 10 kB of garbage back.
      expect(shown.join('\n').length, param).toBeLessThan(1_000);
      // The address bar holds what the app applied: the rest of the link, without the garbage.
      await expect.poll(() => page.url().length, { message: `${param}: address bar` }).toBeLessThan(1_000);
      const applied = appliedParams(page);
      if (param === 'select') expect(applied.get('hide'), param).toBe('trapezius.right');
      else expect(applied.get('select'), param).toBe('trapezius.left');
      expect(applied.get('mode'), param).toBe(param === 'mode' ? 'patient' : 'clinician');
    }
    // The last one (xray) all the way to a drawn model.
    await waitReady(page);
    expect((await appState(page)).selected).toBe('trapezius.left');
  });

  it('malformed percent-encoding in every parameter: notices, no error, the good values apply', async () => {
    // Written raw: these are not valid escapes, which is the point.
    const raw =
      '?layers=%,superficial,%E0%A4%A&hide=%ZZ,trapezius.right,%C0%AF&select=%E0%A4%A&mode=%C0%AF' +
      '&camera=%,%,%,%,%,%&isolate=%%&xray=%u0041';
    const { page } = await app.open(raw);
    const shown = await noticesShown(page, 7);
    for (const p of PARAMS) expect(shown.some((n) => NOTICE_OF[p].test(n)), `a notice for ${p}`).toBe(true);
    const state = await appState(page);
    expect(LAYERS.filter((l) => state.layers[l].visible)).toEqual(['superficial']);
    expect(state.hidden).toEqual(['trapezius.right']);
    expect(state.selected).toBeNull();
    // Percent-encoded good values are good values.
    const encoded = await app.open('?select=trapezius%2Eleft&layers=superficial%2Cskeleton');
    await regionHeading(encoded.page, /^Trapezius \(left\)/).waitFor();
    const layers = (await appState(encoded.page)).layers;
    expect(LAYERS.filter((l) => layers[l].visible)).toEqual(['superficial', 'skeleton']);
  });

  // contracts.md §3: no overlay covers the centre of the canvas; the notices are overlays too.
  for (const count of [5, 700]) {
    it(`a link with ${count} unknown ids leaves the centre of the view free and the model clickable`, async () => {
      const junk = Array.from({ length: count }, (_, i) => `m${i}.left`).join(',');
      const { page } = await app.open(`?layers=superficial,intermediate,intrinsic,skeleton&hide=${junk}`);
      await noticesShown(page, 1);
      await settle(page);
      const box = await page.locator('canvas').boundingBox();
      if (!box) throw new Error('canvas has no box');
      const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      const onTop = await page.evaluate(({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        const where = el?.closest('[class]')?.className ?? '';
        return el instanceof HTMLCanvasElement ? 'canvas' : `<${el?.tagName.toLowerCase() ?? 'nothing'}> in .${where}`;
      }, centre);
      expect(onTop, `what is on top at the centre of the canvas (${centre.x}, ${centre.y})`).toBe('canvas');
      expect(await canvasIsOnTop(page, centre)).toBe(true);
      await clickNode(page, 'trapezius.left');
      await regionHeading(page, /^Trapezius \(left\)/).waitFor();
    });
  }
});

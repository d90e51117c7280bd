// One measured run of the app and of the baseline, each in a fresh browser.
import type { Page } from 'playwright-core';
import { bytesOf, type Bytes } from './bytes';
import { tapToFindings } from './pain-tap';
import { ALL_LAYERS, emptyPoint, firstFrameAt, launch, openTimed, screenPointOf, settle } from './browser';

export type RendererInfo = ReturnType<NonNullable<Window['__ube']>['rendererInfo']>;

export interface AppRun {
  firstFrameMs: number;
  bytes: Bytes;
  clickToOverlayMs: number;
  /** Pain map: tap → findings (what lies beneath) painted. */
  tapToFindingsMs: number;
  orbitFps: number;
  renderer: RendererInfo;
  /** Console errors and page errors seen during the run (a bench of a broken page measures nothing). */
  problems: string[];
}

export const CLICK_NODE = 'trapezius.left';
const CLICK_HEADING = '^Trapezius';

export interface BaselineRun {
  firstFrameMs: number;
  /** Frames per second the one-box page draws during the same 3 s of dragging as the app's orbit. */
  orbitFps: number;
}

export async function baselineRun(url: string): Promise<BaselineRun> {
  const browser = await launch();
  try {
    const page = await openTimed(browser);
    await page.goto(`${url}/`);
    const firstFrameMs = await firstFrameAt(page);
    await settle(page);
    const fps = await orbitFps(page, () => (window as unknown as { __baselineFrames?: number }).__baselineFrames ?? 0);
    return { firstFrameMs, orbitFps: fps };
  } finally {
    await browser.close();
  }
}

/** Click → the overlay's heading in the DOM → the next animation frame, all timed in the page. */
async function clickToOverlay(page: Page): Promise<number> {
  const point = await screenPointOf(page, CLICK_NODE);
  await page.evaluate((pattern) => {
    const w = window as unknown as { __overlayMs?: Promise<number> };
    w.__overlayMs = new Promise<number>((resolve) => {
      let t0 = Number.NaN;
      addEventListener('pointerdown', () => (t0 = performance.now()), { capture: true, once: true });
      const re = new RegExp(pattern);
      const found = (): boolean =>
        [...document.querySelectorAll('h2')].some(
          (h) => re.test(h.textContent?.trim() ?? '') && h.closest('section, [role="region"]') !== null,
        );
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, CLICK_HEADING);
  await page.mouse.click(point.x, point.y);
  return page.evaluate(() => (window as unknown as { __overlayMs: Promise<number> }).__overlayMs);
}

/**
 * Frames the page renders per second while the pointer drags round in a circle for `durationMs` (the app's
 * camera orbits; the baseline's box ignores it and just keeps drawing). `frames` runs in the page.
 */
async function orbitFps(page: Page, frames: () => number = () => window.__ube?.frames ?? 0, durationMs = 3000): Promise<number> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('canvas has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const read = `(() => ({ frames: (${frames.toString()})(), t: performance.now() }))()`;
  const start = (await page.evaluate(read)) as { frames: number; t: number };
  await page.mouse.move(cx + 120, cy);
  await page.mouse.down();
  const began = Date.now();
  for (let i = 0; Date.now() - began < durationMs; i++) {
    const a = i / 20;
    await page.mouse.move(cx + 120 * Math.cos(a), cy + 60 * Math.sin(a));
  }
  const end = (await page.evaluate(read)) as { frames: number; t: number };
  await page.mouse.up();
  return ((end.frames - start.frames) * 1000) / (end.t - start.t);
}

export async function appRun(url: string, dir: string): Promise<AppRun> {
  const browser = await launch();
  try {
    const page = await openTimed(browser);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}/${ALL_LAYERS}`);
    const firstFrameMs = await firstFrameAt(page);
    await settle(page);
    const bytes = bytesOf(requests, new URL(url).origin, dir);
    const renderer = await page.evaluate(() => {
      if (!window.__ube) throw new Error('no __ube');
      return window.__ube.rendererInfo();
    });

    const clickMs = await clickToOverlay(page);
    await settle(page);
    const empty = await emptyPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await settle(page);
    const fps = await orbitFps(page);
    await settle(page);
    const painMs = await tapToFindings(page);
    return { firstFrameMs, bytes, clickToOverlayMs: clickMs, tapToFindingsMs: painMs, orbitFps: fps, renderer, problems };
  } finally {
    await browser.close();
  }
}

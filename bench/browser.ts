// Headless system Chromium for the bench, with the same flags as the e2e tests (software GL via SwiftShader).
// A fresh browser per measured run: a first load must not profit from a previous run's caches.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium-path';
// For the global type of window.__ube.
import type {} from '../src/test-hook';

export const VIEWPORT = { width: 1280, height: 720 } as const;
/**
 * A new page starts on about:blank, whose compositor is still being set up (~0.4 s of GPU-process work in
 * software GL) when the test navigates away, and whose retired widget is torn down one second after the
 * navigation, blocking the page's main thread until the GPU process catches up. Both landed inside the
 * measured first frame of whichever page was still loading then (the app's, rarely the baseline's), so
 * each run waits this long first, for the app and the baseline alike.
 */
export const IDLE_BEFORE_NAVIGATION_MS = 1500;
export const ALL_LAYERS = '?layers=superficial,intermediate,intrinsic,skeleton,skin';

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(...)`; functions we pass to the page carry that
 * call with them, and the page has no `__name`. This shim defines it as the identity.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a page that notes, in page time (ms since navigation start), the first animation frame at which the
 * page reports its first drawn frame: `__ube.ready` for the app, `__baselineReady` for the baseline. Both are
 * timed by the same rAF poll, so the ratio compares like with like.
 */
export async function openTimed(browser: Browser, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  const page = await context.newPage();
  // Let the fresh browser finish setting up before the measured navigation (see IDLE_BEFORE_NAVIGATION_MS).
  await new Promise((done) => setTimeout(done, IDLE_BEFORE_NAVIGATION_MS));
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrameAt?: number; __ube?: { ready: boolean }; __baselineReady?: boolean };
    const poll = (): void => {
      if (w.__ube?.ready === true || w.__baselineReady === true) w.__firstFrameAt = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  return page;
}

/** Waits for the first-frame mark set by {@link openTimed} and returns it (ms after navigation start). */
export async function firstFrameAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstFrameAt?: number }).__firstFrameAt ?? false,
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

export { settle } from '../tests/e2e/settle';

/** A canvas point where a click hits nothing and no panel covers the canvas. */
export async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas || !window.__ube) return null;
    const box = canvas.getBoundingClientRect();
    for (let fy = 0.1; fy < 1; fy += 0.1) {
      for (let fx = 0.05; fx < 1; fx += 0.05) {
        const x = Math.round(box.x + box.width * fx);
        const y = Math.round(box.y + box.height * fy);
        if (window.__ube.nodeAt(x, y) === null && document.elementFromPoint(x, y) === canvas) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty canvas point');
  return point;
}

/** Where a click hits `node`, clear of its edges (see `__ube.screenPointOf`). */
export async function screenPointOf(page: Page, node: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((n) => window.__ube?.screenPointOf(n) ?? null, node);
  if (!point) throw new Error(`${node} is not clickable on screen`);
  return point;
}

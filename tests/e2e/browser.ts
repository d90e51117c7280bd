// The e2e harness: one headless Chromium per test file, one fresh context per `open()`, and after every test
// the two promises each page must keep: no console error/warning or page error, and no request that leaves the
// page's origin (privacy: no CDN, no analytics).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { ExplorerHook } from '../../src/test-hook';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path';
import { decodePng, type Rgba } from './png';
import { settle } from './settle';

/** three 0.187 + R3F 9 log this once; it is harmless (stack-notes.md). The only message we let through. */
export const CLOCK_WARNING = 'THREE.Clock: This module has been deprecated. Please use THREE.Timer instead.';
/**
 * On Chromium's default GL path the browser reads the WebGL canvas back to composite it in software and
 * logs this performance note for its own read-back (stack-notes.md); it is not the app's doing.
 */
const READBACK_NOTE = /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels( \(this message will no longer repeat\))?$/;

/** Whether a console message is one of the two harmless ones we let through. */
export function isHarmlessConsoleMessage(text: string): boolean {
  return text === CLOCK_WARNING || READBACK_NOTE.test(text);
}

export const VIEWPORT = { width: 1280, height: 720 } as const;

export function launchChromium(args: readonly string[] = CHROMIUM_ARGS): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...args] });
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Console errors/warnings and page errors, as text. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export interface OpenOptions {
  /** Wait for `__ube.ready` (model loaded and drawn). Default true. */
  waitReady?: boolean;
  /** Browser context options (touch, other viewports). Default: a 1280×720 desktop. */
  context?: BrowserContextOptions;
}

/**
 * The promises every page keeps: no console error/warning or page error, and no request off the page's
 * origin (data:, blob: and tel:/mailto: links never reach a server).
 */
export function expectSessionClean(s: Pick<Session, 'problems' | 'requests'>, origin: string): void {
  expect(s.problems, 'console errors/warnings or page errors').toEqual([]);
  const offOrigin = s.requests.filter((u) => !/^(data|blob|tel|mailto):/.test(u) && new URL(u).origin !== origin);
  expect(offOrigin, 'requests that left the page origin').toEqual([]);
}

/**
 * Registers the per-file browser and per-test checks; call once at the top of a test file (or of a
 * describe block, e.g. once per GL path). `args`: Chromium's flags, the harness's by default.
 */
export function useBrowser(args: readonly string[] = CHROMIUM_ARGS): { open(query?: string, options?: OpenOptions): Promise<Session>; baseURL: string } {
  const baseURL = inject('baseURL');
  const origin = new URL(baseURL).origin;
  let browser: Browser | undefined;
  let sessions: Session[] = [];

  beforeAll(async () => {
    browser = await launchChromium(args);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const done = sessions;
    sessions = [];
    await Promise.all(done.map((s) => s.context.close()));
    for (const s of done) expectSessionClean(s, origin);
  });

  async function open(query = '', options: OpenOptions = {}): Promise<Session> {
    if (!browser) throw new Error('browser not launched (call useBrowser() at file top level)');
    const context = await browser.newContext(options.context ?? { viewport: VIEWPORT });
    // Transpilers that keep function names wrap them in `__name(...)`; functions we pass to the page carry
    // that call along, and the page has no `__name`. Define it as the identity before any page script runs.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const page = await context.newPage();
    const session: Session = { page, context, problems: [], requests: [] };
    sessions.push(session);
    page.on('console', (msg) => {
      const type = msg.type();
      if ((type === 'error' || type === 'warning') && !isHarmlessConsoleMessage(msg.text())) {
        session.problems.push(`console.${type}: ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => session.problems.push(`pageerror: ${err.message}`));
    context.on('request', (req) => session.requests.push(req.url()));
    await page.goto(`${baseURL}/${query}`);
    if (options.waitReady ?? true) await waitReady(page);
    return session;
  }

  return { open, baseURL };
}

/** Waits until the model is loaded and drawn (the app's own signal, see src/test-hook.ts). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ube?.ready === true, null, { timeout: 60_000 });
  await settle(page);
}

export { settle };

export type AppState = ReturnType<ExplorerHook['state']>;

export function appState(page: Page): Promise<AppState> {
  return page.evaluate(() => {
    if (!window.__ube) throw new Error('window.__ube missing');
    return window.__ube.state();
  });
}

/** Where a click hits `node`, clear of its edges (see `__ube.screenPointOf`); null when it cannot be clicked. */
export function screenPointOf(page: Page, node: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((n) => window.__ube?.screenPointOf(n) ?? null, node);
}

export function nodeAt(page: Page, point: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(({ x, y }) => window.__ube?.nodeAt(x, y) ?? null, point);
}

/** True when a real click at this point lands on the canvas (not on a panel or overlay above it). */
export function canvasIsOnTop(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y) instanceof HTMLCanvasElement, point);
}

/** Clicks a node where the hook says it is on screen, as a person would. Returns the point. */
export async function clickNode(page: Page, node: string): Promise<{ x: number; y: number }> {
  const point = await screenPointOf(page, node);
  expect(point, `${node} should be visible and clickable`).not.toBeNull();
  if (!point) throw new Error('unreachable');
  // The hook's two answers must agree, or the test would click somewhere else than it thinks.
  expect(await nodeAt(page, point), `__ube.nodeAt at __ube.screenPointOf('${node}') = ${point.x},${point.y}`).toBe(node);
  expect(await canvasIsOnTop(page, point), `nothing should cover ${node} at ${point.x},${point.y}`).toBe(true);
  await page.mouse.click(point.x, point.y);
  await settle(page);
  return point;
}

/**
 * What the canvas draws, without the panels that float above it (the canvas fills the page behind them).
 * Every element but the canvas is made invisible for the screenshot through the CSSOM (an injected <style>
 * would break the app's Content-Security-Policy), then restored. Visibility changes no layout, so the 3D
 * view is neither resized nor re-rendered by it.
 */
export async function canvasImage(page: Page): Promise<Rgba> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('body *')) {
      el.dataset.e2eVisibility = el.style.getPropertyValue('visibility');
      el.style.setProperty('visibility', el instanceof HTMLCanvasElement ? 'visible' : 'hidden', 'important');
    }
  });
  try {
    return decodePng(await page.locator('canvas').screenshot());
  } finally {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-e2e-visibility]')) {
        const before = el.dataset.e2eVisibility ?? '';
        if (before) el.style.setProperty('visibility', before);
        else el.style.removeProperty('visibility');
        delete el.dataset.e2eVisibility;
      }
    });
  }
}

export const LAYER_NAMES = ['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** A layer control by its accessible name; the contract allows role checkbox or switch. */
export function layerControl(page: Page, name: LayerName): Locator {
  return page
    .getByRole('checkbox', { name, exact: true })
    .or(page.getByRole('switch', { name, exact: true }));
}

/** The level-2 heading of an open landmark region (the selection overlay, the warning signs). */
export function regionHeading(page: Page, name: RegExp | string): Locator {
  return page.getByRole('region').getByRole('heading', { level: 2, name });
}

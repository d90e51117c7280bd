// Helpers for the interaction tests (issue 5): reading the view a person gets without reaching into React,
// and pages in contexts the shared harness does not make (touch, other viewports), held to the same promises
// (no console error or page error, no request off the page's origin).
import type { BrowserContextOptions, Page } from 'playwright-core';
import { settle, useBrowser, type Session } from './browser';
import type { Rgba } from './png';

export interface Point {
  x: number;
  y: number;
}

export interface GridHit extends Point {
  /** What a click here selects, by the app's own picking; null for empty space. */
  node: string | null;
}

/**
 * What a click would select at each point of a grid over the canvas, where no panel covers it: the map of the
 * view a person aims at. One page round trip.
 */
export function clickMap(page: Page, step = 6, within?: { left: number; top: number; right: number; bottom: number }): Promise<GridHit[]> {
  return page.evaluate(([s, w]) => {
    const hook = window.__ube;
    const canvas = document.querySelector('canvas');
    if (!hook || !canvas) throw new Error('no canvas or window.__ube');
    const c = canvas.getBoundingClientRect();
    const r = w
      ? { left: Math.max(c.left, w.left), top: Math.max(c.top, w.top), right: Math.min(c.right, w.right), bottom: Math.min(c.bottom, w.bottom) }
      : c;
    const out: { x: number; y: number; node: string | null }[] = [];
    // On a grid anchored at the viewport origin, so maps of different areas share their points.
    const first = (from: number): number => Math.ceil((from + 1) / s) * s;
    for (let y = first(r.top); y < r.bottom - 1; y += s) {
      for (let x = first(r.left); x < r.right - 1; x += s) {
        if (document.elementFromPoint(x, y) !== canvas) continue;
        out.push({ x, y, node: hook.nodeAt(x, y) });
      }
    }
    return out;
  }, [step, within] as const);
}

/** The nodes a click can reach anywhere on the uncovered canvas. */
export function reachable(map: readonly GridHit[]): Set<string> {
  return new Set(map.flatMap((h) => (h.node === null ? [] : [h.node])));
}

/**
 * Of the given points, the one deepest inside the set (most of its neighbours at `step`, 2·`step` are in the
 * set too), so a tiny difference in camera position cannot move it onto an edge.
 */
export function innermost(points: readonly Point[], step = 6): Point | null {
  const key = (x: number, y: number): string => `${x},${y}`;
  const set = new Set(points.map((p) => key(p.x, p.y)));
  let best: Point | null = null;
  let bestScore = -1;
  for (const p of points) {
    let score = 0;
    for (const d of [step, 2 * step]) {
      for (const [dx, dy] of [
        [d, 0],
        [-d, 0],
        [0, d],
        [0, -d],
      ] as const) {
        if (set.has(key(p.x + dx, p.y + dy))) score += 1;
      }
    }
    if (score > bestScore) {
      best = { x: p.x, y: p.y };
      bestScore = score;
    }
  }
  return best;
}

/** All the text of the polite notices (role=status), or '' when there are none. */
export async function noticeText(page: Page): Promise<string> {
  return (await page.getByRole('status').allInnerTexts()).join('\n').trim();
}

/** The link's query parameters as the address bar shows them now. */
export function linkParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** Share of pixels whose colour differs by more than `tolerance` (0–255) in any channel. */
export function differingShare(a: Rgba, b: Rgba, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  const pixels = a.width * a.height;
  for (let i = 0; i < pixels * 4; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        differing += 1;
        break;
      }
    }
  }
  return differing / pixels;
}

/** Clicks a viewport point as a person would and waits for the on-demand renderer to catch up. */
export async function clickAt(page: Page, p: Point): Promise<void> {
  await page.mouse.click(p.x, p.y);
  await settle(page);
}

/**
 * Own-context pages (touch screens, tablet viewports) for a test file, with the same after-test checks as the
 * shared harness. Call once at the top of a file instead of `useBrowser()`.
 */
export function useOwnContexts(): {
  open(query: string, options: BrowserContextOptions): Promise<Session>;
} {
  const app = useBrowser();
  return { open: (query, context) => app.open(query, { context }) };
}

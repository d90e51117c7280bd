// Issue 5, on a tablet: in both orientations of a 1024×768 screen no panel covers the centre of the 3D view,
// every control is a target at least 44 px tall, and a tap on a muscle selects it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, regionHeading, screenPointOf, settle } from './browser';
import { useOwnContexts } from './interactions-helpers';

const tablet = useOwnContexts();
const MIN_TARGET = 44;

/**
 * Every visible control's tap target that is shorter than 44 px, described. A checkbox or radio counts by its
 * label (the label is what a finger taps); tree items by their row.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = new Set<Element>();
    for (const el of document.querySelectorAll('button, input, select, textarea, summary, [role="treeitem"] > .tree-row')) {
      const wrapped = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
      targets.add(wrapped ? (el.closest('label') ?? el) : el);
    }
    const out: string[] = [];
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.height < min - 0.5) {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
        out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> “${text}” is ${r.height.toFixed(1)} px tall`);
      }
    }
    return out;
  }, MIN_TARGET);
}

function centreIsCanvas(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) instanceof HTMLCanvasElement,
  );
}

describe.each([
  { name: 'landscape', viewport: { width: 1024, height: 768 } },
  { name: 'portrait', viewport: { width: 768, height: 1024 } },
])('tablet, $name ($viewport.width×$viewport.height)', ({ viewport }) => {
  it('keeps the centre of the view free, targets at least 44 px, and a tap selects a muscle', async () => {
    const { page } = await tablet.open('', { viewport, hasTouch: true });

    expect(await centreIsCanvas(page), 'the centre of the screen is the 3D view').toBe(true);
    // The layer controls and the list: on a narrow screen they sit in a drawer, opened by a button.
    const drawer = page.getByRole('button', { name: 'Layers & list', exact: true });
    if (await drawer.isVisible()) {
      await drawer.tap();
      await page.getByRole('tree', { name: 'Structures' }).waitFor();
    }
    await expect(page.getByRole('switch', { name: 'Superficial', exact: true }).isVisible()).resolves.toBe(true);
    expect.soft(await smallTargets(page), 'targets shorter than 44 px (layers, list, top bar)').toEqual([]);
    if (await drawer.isVisible()) {
      await drawer.tap();
      await page.getByRole('tree', { name: 'Structures' }).waitFor({ state: 'hidden' });
      // With the drawer gone the picture moves back into the freed width (the view offset follows the panels,
      // measured on the next frame): let the view come to rest before aiming, as a person's eye does.
      await page.waitForTimeout(400);
      await settle(page);
    }

    // A tap on the left trapezius selects it, with the overlay and its targets, still clear of the centre.
    const point = await screenPointOf(page, 'trapezius.left');
    expect(point, 'trapezius.left on screen').not.toBeNull();
    if (!point) return;
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y) instanceof HTMLCanvasElement, point),
      'nothing covers the trapezius where it is tapped',
    ).toBe(true);
    await page.touchscreen.tap(point.x, point.y);
    await settle(page);
    await expect.poll(async () => (await appState(page)).selected).toBe('trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    expect(await centreIsCanvas(page), 'the overlay leaves the centre of the view free').toBe(true);
    expect.soft(await smallTargets(page), 'targets shorter than 44 px (overlay open)').toEqual([]);
  });
});

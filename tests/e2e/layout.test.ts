// Issue 13, the screens a clinic really has, from a phone to a desktop: nothing covers a control or a heading,
// no two controls overlap, targets are 44 px and body text 16 px, and the model keeps at least 40 % of the
// width and of the height of the window (the canvas fills it; the panels sit over its edges). On narrow
// screens the layers and list are a drawer, and the information panel a bottom sheet that drags down to its
// heading and back up, with a handle that is a button.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freeRect, insetsFromRects, type Rect } from '../../src/overlays/stage-insets';
import type { StageInsets } from '../../src/store/explorer-store';
import { regionHeading, settle, useBrowser } from './browser';
import { headingPattern } from './names';

const app = useBrowser();

interface Screen {
  name: string;
  width: number;
  height: number;
  /** The layers and list sit in a drawer (a button opens it). */
  drawer: boolean;
  /** The information panel is a bottom sheet. */
  sheet: boolean;
}

const SCREENS: Screen[] = [
  { name: 'phone', width: 390, height: 844, drawer: true, sheet: true },
  { name: 'phone, landscape', width: 844, height: 390, drawer: true, sheet: false },
  { name: 'tablet, portrait', width: 768, height: 1024, drawer: true, sheet: true },
  { name: 'tablet, landscape', width: 1024, height: 768, drawer: false, sheet: false },
  { name: 'laptop', width: 1280, height: 720, drawer: false, sheet: false },
  { name: 'desktop', width: 1440, height: 900, drawer: false, sheet: false },
];

const VIEWS = [
  { name: 'default view', query: '', heading: /^Pain between the shoulder blades$/ },
  { name: 'overlay open', query: '?select=rhomboid-major.left', heading: headingPattern('rhomboid-major.left') },
];

/** The least share of the window's width and of its height the model keeps. */
const MIN_FREE = 0.4;
const MIN_TARGET = 44;
const MIN_TEXT_PX = 16;

interface LayoutReport {
  /** Controls or headings covered at their centre, pairs that overlap, small targets, small text. */
  covered: string[];
  overlapping: string[];
  small: string[];
  smallText: string[];
  /** Texts of the level-1 and level-2 headings that are on screen and uncovered. */
  headings: string[];
}

/**
 * Every control and heading a person can see (in the viewport, inside its scrolling panel, not hidden), within
 * the elements `scope` selects (all of the page when empty): is anything else on top of it at its centre, does
 * it overlap another one, is it at least 44 px tall; and is all visible text at least 16 px.
 */
function layoutReport(page: Page, scope: string[] = []): Promise<LayoutReport> {
  return page.evaluate(
    ({ scope, minTarget, minText }) => {
      const describe = (el: Element): string => {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} class="${el.getAttribute('class') ?? ''}"> “${text}”`;
      };
      /** The part of the element a person can see: clipped by the viewport and every scrolling ancestor. */
      const shownPart = (el: Element): DOMRect | null => {
        const b = el.getBoundingClientRect();
        if (b.width <= 1 || b.height <= 1) return null;
        if (el.closest('[hidden], [aria-hidden="true"]') || getComputedStyle(el).visibility === 'hidden') return null;
        let l = Math.max(0, b.left);
        let t = Math.max(0, b.top);
        let r = Math.min(window.innerWidth, b.right);
        let btm = Math.min(window.innerHeight, b.bottom);
        for (let a = el.parentElement; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
          const ab = a.getBoundingClientRect();
          l = Math.max(l, ab.left);
          t = Math.max(t, ab.top);
          r = Math.min(r, ab.right);
          btm = Math.min(btm, ab.bottom);
        }
        return r - l > 1 && btm - t > 1 ? new DOMRect(l, t, r - l, btm - t) : null;
      };
      const inScope = (el: Element): boolean => scope.length === 0 || scope.some((s) => el.closest(s));

      const found = new Set<Element>();
      for (const el of document.querySelectorAll(
        'button, input, select, textarea, summary, a[href], [role="treeitem"] > .tree-row, h1, h2',
      )) {
        const wrapped = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
        found.add(wrapped ? (el.closest('label') ?? el) : el);
      }
      const items = [...found].flatMap((el) => {
        const part = inScope(el) ? shownPart(el) : null;
        return part ? [{ el, part, heading: /^H[12]$/.test(el.tagName) }] : [];
      });

      const report = { covered: [] as string[], overlapping: [] as string[], small: [] as string[], smallText: [] as string[], headings: [] as string[] };
      for (const { el, part, heading } of items) {
        const x = part.left + part.width / 2;
        const y = part.top + part.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (!hit || (hit !== el && !el.contains(hit))) {
          report.covered.push(`${describe(el)} at ${Math.round(x)},${Math.round(y)} is under ${hit ? describe(hit) : 'nothing'}`);
        } else if (heading) {
          report.headings.push((el.textContent ?? '').trim());
        }
        const full = el.getBoundingClientRect();
        if (!heading && full.height < minTarget - 0.5) report.small.push(`${describe(el)} is ${full.height.toFixed(1)} px tall`);
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const w = Math.min(a.part.right, b.part.right) - Math.max(a.part.left, b.part.left);
          const h = Math.min(a.part.bottom, b.part.bottom) - Math.max(a.part.top, b.part.top);
          if (w > 0.5 && h > 0.5) report.overlapping.push(`${describe(a.el)} and ${describe(b.el)} (${w.toFixed(0)}×${h.toFixed(0)} px)`);
        }
      }
      // Body text: every element with text of its own that a person can see (badges are labels, not text).
      for (const el of document.querySelectorAll('body *')) {
        if (!inScope(el) || el.closest('.badge, .visually-hidden')) continue;
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!own || !shownPart(el)) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minText - 0.01) report.smallText.push(`${describe(el)} is ${px} px`);
      }
      return report;
    },
    { scope, minTarget: MIN_TARGET, minText: MIN_TEXT_PX },
  );
}

interface StageLayout {
  viewport: { width: number; height: number };
  canvas: Rect;
  /** The boxes of the panels drawn over the canvas ([data-covers-stage]), the hint line apart. */
  panels: Rect[];
  hint: Rect[];
  /** What the app published for CSS (--panels-top…), in px; NaN when it published nothing. */
  published: StageInsets;
}

function stageLayout(page: Page): Promise<StageLayout> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const shown = [...document.querySelectorAll('[data-covers-stage]')].filter((el) => {
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    const canvas = document.querySelector('canvas');
    const css = getComputedStyle(document.documentElement);
    const px = (name: string): number => parseFloat(css.getPropertyValue(name));
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      canvas: canvas ? box(canvas) : { left: 0, top: 0, right: 0, bottom: 0 },
      panels: shown.filter((el) => !el.classList.contains('hint')).map(box),
      hint: shown.filter((el) => el.classList.contains('hint')).map(box),
      published: { top: px('--panels-top'), right: px('--panels-right'), bottom: px('--panels-bottom'), left: px('--panels-left') },
    };
  });
}

/** Points on a grid over `area` where something other than the canvas is on top. */
function coveredPoints(page: Page, area: Rect, step = 16): Promise<string[]> {
  return page.evaluate(
    ({ area, step }) => {
      const out: string[] = [];
      for (let y = area.top + 2; y < area.bottom - 2; y += step) {
        for (let x = area.left + 2; x < area.right - 2; x += step) {
          const hit = document.elementFromPoint(x, y);
          if (!(hit instanceof HTMLCanvasElement)) out.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName.toLowerCase()}.${hit?.className}`);
        }
      }
      return out.slice(0, 8);
    },
    { area, step },
  );
}

/** The model's room: the canvas fills the window, and what the panels leave of it is at least 40 % each way. */
async function expectRoomForTheModel(page: Page, label: string): Promise<{ width: number; height: number }> {
  const layout = await stageLayout(page);
  const { width, height } = layout.viewport;
  expect(layout.canvas, `${label}: the canvas fills the window`).toEqual({ left: 0, top: 0, right: width, bottom: height });
  const insets = insetsFromRects(layout.canvas, [...layout.panels, ...layout.hint]);
  const free = freeRect(layout.canvas, insets);
  const share = { width: (free.right - free.left) / width, height: (free.bottom - free.top) / height };
  expect.soft(share.width, `${label}: share of the width left to the model (insets ${JSON.stringify(insets)})`).toBeGreaterThanOrEqual(MIN_FREE);
  expect.soft(share.height, `${label}: share of the height left to the model (insets ${JSON.stringify(insets)})`).toBeGreaterThanOrEqual(MIN_FREE);
  // The free area is really free: nothing the insets leave out (a notice, a panel without the attribute) sits in it.
  expect.soft(await coveredPoints(page, free), `${label}: points of the free area something covers`).toEqual([]);
  // The overlays publish what the panels cover, measured from the same boxes (src/overlays/StageInsets.tsx).
  const panels = insetsFromRects(layout.canvas, layout.panels);
  for (const edge of ['top', 'right', 'bottom', 'left'] as const) {
    expect.soft(Math.abs(layout.published[edge] - panels[edge]), `${label}: published --panels-${edge} ${layout.published[edge]} vs ${panels[edge]}`).toBeLessThanOrEqual(1);
  }
  return share;
}

async function expectClearLayout(page: Page, label: string, scope: string[] = []): Promise<LayoutReport> {
  const report = await layoutReport(page, scope);
  expect.soft(report.covered, `${label}: controls and headings covered at their centre`).toEqual([]);
  expect.soft(report.overlapping, `${label}: controls and headings that overlap`).toEqual([]);
  expect.soft(report.small, `${label}: targets shorter than ${MIN_TARGET} px`).toEqual([]);
  expect.soft(report.smallText, `${label}: text smaller than ${MIN_TEXT_PX} px`).toEqual([]);
  return report;
}

/** Waits until the element's box has stopped moving (a sheet or drawer done with its transition). */
async function steady(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    (sel) =>
      new Promise<void>((done) => {
        let last = '';
        let still = 0;
        const until = performance.now() + 3000;
        const tick = (): void => {
          const b = document.querySelector(sel)?.getBoundingClientRect();
          const now = b ? `${b.left},${b.top},${b.width},${b.height}` : '';
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3 || performance.now() > until) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    selector,
  );
  await settle(page);
}

describe.each(SCREENS)('layout on a $name ($width×$height)', (screen) => {
  const viewport = { width: screen.width, height: screen.height };

  it.each(VIEWS)('$name: nothing covers a control or heading, and the model has room', async (view) => {
    const { page } = await app.open(view.query, { context: { viewport } });
    await regionHeading(page, view.heading).waitFor();
    await steady(page, 'aside');
    const label = `${screen.width}×${screen.height}, ${view.name}`;

    const report = await expectClearLayout(page, label);
    // The information panel's heading is on screen and uncovered; so is "Layers" where it is not in a drawer.
    expect.soft(report.headings.some((h) => view.heading.test(h)), `${label}: the information panel's heading is visible`).toBe(true);
    const drawerButton = page.getByRole('button', { name: 'Layers & list', exact: true });
    expect(await drawerButton.isVisible(), `${label}: the layers sit in a drawer`).toBe(screen.drawer);
    if (!screen.drawer) expect.soft(report.headings, `${label}: the Layers heading is visible`).toContain('Layers');
    // "Warning signs" is in sight and one click away, whatever the panel shows.
    await expect(page.locator('.topbar').getByRole('button', { name: 'Warning signs' }).isVisible()).resolves.toBe(true);
    // One row of controls on a landscape tablet and wider: the bar is no taller than one 44 px target and its padding.
    if (screen.width >= 1024) {
      const bar = await page.locator('.topbar').boundingBox();
      expect.soft(bar?.height ?? 0, `${label}: the top bar is one row`).toBeLessThan(2 * MIN_TARGET);
    }

    await expectRoomForTheModel(page, label);

    if (screen.drawer) {
      // The drawer opens over the model's edge, its controls and the Layers heading clear of the top bar.
      await drawerButton.click();
      await page.getByRole('tree', { name: 'Structures' }).waitFor();
      await steady(page, '#left-panel');
      const open = await expectClearLayout(page, `${label}, drawer open`, ['.topbar', '#left-panel']);
      expect(open.headings, `${label}, drawer open: the Layers heading is visible`).toContain('Layers');
      // Escape closes it and gives the focus back to its button.
      await page.getByRole('tree', { name: 'Structures' }).locator('[tabindex="0"]').focus();
      await page.keyboard.press('Escape');
      await page.getByRole('tree', { name: 'Structures' }).waitFor({ state: 'hidden' });
      await expect(drawerButton.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe('left-panel');
    }
  });
});

describe.each(SCREENS.filter((s) => s.sheet))('bottom sheet on a $name ($width×$height)', (screen) => {
  it('drags down to its heading and back up; its handle is a button that toggles by keyboard', async () => {
    const { page } = await app.open('?select=rhomboid-major.left', { context: { viewport: { width: screen.width, height: screen.height } } });
    const heading = regionHeading(page, headingPattern('rhomboid-major.left'));
    await heading.waitFor();
    const handle = page.getByRole('button', { name: 'Information panel', exact: true });
    await expect(handle.getAttribute('aria-expanded')).resolves.toBe('true');
    const sheetHeight = async (): Promise<number> => {
      await steady(page, 'aside');
      return (await page.locator('aside').boundingBox())?.height ?? 0;
    };
    const opened = await sheetHeight();

    const drag = async (dy: number): Promise<void> => {
      const box = await handle.boundingBox();
      if (!box) throw new Error('no handle');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(x, y + (dy * i) / 8);
      await page.mouse.up();
    };

    // Down: it collapses to a peek that still shows the heading, and gives the model more room.
    await drag(screen.height * 0.4);
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    const peek = await sheetHeight();
    expect(peek).toBeLessThan(opened - 40);
    const label = `${screen.width}×${screen.height}, sheet collapsed`;
    const collapsed = await expectClearLayout(page, label);
    expect(collapsed.headings.some((h) => headingPattern('rhomboid-major.left').test(h)), `${label}: heading visible`).toBe(true);
    await expectRoomForTheModel(page, label);

    // Up: it expands, further than it started when dragged far enough.
    await drag(-screen.height * 0.5);
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    expect(await sheetHeight()).toBeGreaterThan(opened);
    await expectClearLayout(page, `${screen.width}×${screen.height}, sheet expanded`, ['.topbar', 'aside']);

    // The keyboard: Enter and Space on the handle toggle it.
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    expect(await sheetHeight()).toBeCloseTo(peek, -1);
    await page.keyboard.press(' ');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    expect(await sheetHeight()).toBeGreaterThan(peek + 40);
    await expectRoomForTheModel(page, `${screen.width}×${screen.height}, sheet reopened by keyboard`);
  });
});

// Issue 5, without a mouse: Tab reaches the structure list, the keys select, hide, isolate and x-ray a
// structure exactly as the scene does, the selection is announced, and every control on the way shows a
// visible focus ring.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, regionHeading, settle, useBrowser } from './browser';
import { clickMap, linkParam, reachable } from './interactions-helpers';
import { headingPattern } from './names';

const app = useBrowser();

interface Focused {
  /** What a person would call it: role and accessible text. */
  label: string;
  role: string;
  /** The browser treats the focus as keyboard focus (:focus-visible). */
  focusVisible: boolean;
  /** The ring drawn on the control, or on the label that stands for a visually hidden radio. */
  outlineStyle: string;
  outlineWidth: number;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const ringOn = el.matches('input[type="radio"]') ? (el.closest('label') ?? el) : el;
    const cs = getComputedStyle(ringOn);
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const text = (el.getAttribute('aria-label') ?? ringOn.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      label: `${role} “${text}”`,
      role,
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
    };
  });
}

function expectRing(f: Focused): void {
  expect(f.focusVisible, `${f.label} matches :focus-visible`).toBe(true);
  expect(f.outlineStyle, `${f.label} outline style`).not.toBe('none');
  expect(f.outlineWidth, `${f.label} outline width (px)`).toBeGreaterThanOrEqual(2);
}

/** Presses a key until the focused element passes `done`; returns every element focused on the way. */
async function pressUntil(page: Page, key: string, done: (f: Focused) => boolean, max: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f) seen.push(f);
    if (f && done(f)) return seen;
  }
  throw new Error(`${key} ×${max} never reached the target; focused: ${seen.map((f) => f.label).join(', ')}`);
}

function announcement(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live="polite"], [aria-live="assertive"]')]
      .map((el) => el.textContent ?? '')
      .join(' | '),
  );
}

describe('keyboard alone', () => {
  it('reaches the structure list with Tab, every stop showing a focus ring, then selects, hides, isolates and x-rays', async () => {
    const { page } = await app.open('');

    // Tab from the top of the page to the structure tree.
    const stops = await pressUntil(page, 'Tab', (f) => f.role === 'treeitem', 40);
    expect(stops.length, 'controls before the tree').toBeGreaterThan(5);
    for (const f of stops) expectRing(f);
    const roles = new Set(stops.map((f) => f.role));
    for (const role of ['combobox', 'button', 'switch']) expect(roles, `a ${role} on the way`).toContain(role);

    // Down to "Rhomboid major", open it, into "Left".
    const tree = page.getByRole('tree', { name: 'Structures' });
    await pressUntil(page, 'ArrowDown', (f) => f.role === 'treeitem' && f.label.includes('Rhomboid major'), 15);
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { name: /^Rhomboid major/, expanded: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    const left = await focused(page);
    expect(left?.label).toMatch(/treeitem “Left/);
    if (left) expectRing(left);

    // Enter selects, as a click on the model does: overlay, announcement, tree state, link.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await appState(page)).selected).toBe('rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await expect.poll(() => announcement(page)).toContain('Selected: Rhomboid major (left)');
    await expect(
      tree.getByRole('treeitem', { name: 'Left', exact: true, selected: true }).count(),
    ).resolves.toBe(1);
    expect(linkParam(page, 'select')).toBe('rhomboid-major.left');

    // H hides it (and shows it again), with the list saying so.
    await page.keyboard.press('h');
    await expect.poll(async () => (await appState(page)).hidden).toEqual(['rhomboid-major.left']);
    await expect(tree.getByRole('treeitem', { name: /^Left \(hidden\)/ }).count()).resolves.toBe(1);
    await settle(page);
    expect(reachable(await clickMap(page, 10)).has('rhomboid-major.left'), 'hidden, it cannot be clicked').toBe(false);
    await page.keyboard.press('h');
    await expect.poll(async () => (await appState(page)).hidden).toEqual([]);

    // I isolates it: it is the only thing a click can reach; I again brings the rest back.
    await page.keyboard.press('i');
    await expect.poll(() => linkParam(page, 'isolate')).toBe('rhomboid-major.left');
    await settle(page);
    expect([...reachable(await clickMap(page, 10))]).toEqual(['rhomboid-major.left']);
    await page.keyboard.press('i');
    await expect.poll(() => linkParam(page, 'isolate')).toBeNull();

    // X x-rays it, like the overlay's X-ray button.
    await page.keyboard.press('x');
    await expect.poll(() => linkParam(page, 'xray')).toBe('rhomboid-major.left');
    await expect(
      page.getByRole('region', { name: /^Rhomboid major/ }).getByRole('button', { name: 'X-ray', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // Focus never left the tree item for all of this.
    expect((await focused(page))?.label).toMatch(/treeitem “Left/);

    // Onward with Tab into the overlay: its controls show the ring too, and one reaches the warning signs.
    const overlayStops = await pressUntil(page, 'Tab', (f) => f.label.includes('Show all'), 12);
    for (const f of overlayStops) expectRing(f);
    await pressUntil(page, 'Shift+Tab', (f) => f.label.includes('Warning signs'), 8);
    await page.keyboard.press('Enter');
    await regionHeading(page, 'Warning signs').waitFor();
  });
});

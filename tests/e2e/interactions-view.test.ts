// Issue 5, the view controls as a person uses them: hide, x-ray, isolate and "show all" change what a click at
// the same pixel selects; search finds by lay name and with a typo; the wording toggle changes the overlay.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appState, clickNode, regionHeading, settle, useBrowser } from './browser';
import { clickAt, clickMap, innermost, linkParam, type GridHit, type Point } from './interactions-helpers';
import { headingPattern } from './names';

const app = useBrowser();
const STEP = 6;

/** Where the sacrum shows: a landmark of the default whole-back view. */
function landmark(page: Page): Promise<Point | null> {
  return page.evaluate(() => window.__ube?.screenPointOf('sacrum') ?? null);
}

function near(p: Point | null, q: Point): boolean {
  return p !== null && Math.abs(p.x - q.x) <= 2 && Math.abs(p.y - q.y) <= 2;
}

/**
 * "Reset view", then the pointer goes back onto the model, as a person's does, and the default whole-back view
 * is back (the landmark where it was at the start), so pixels mean the same again. (Bringing the pointer back
 * also makes the on-demand renderer draw a frame; the reset-view test below checks the button on its own.)
 */
async function resetView(page: Page, home: Point, centre: Point): Promise<void> {
  await page.getByRole('button', { name: 'Reset view', exact: true }).click();
  await page.mouse.move(centre.x, centre.y, { steps: 2 });
  await settle(page);
  await expect.poll(async () => near(await landmark(page), home), { message: 'back to the default view' }).toBe(true);
}

function pointsOf(map: readonly GridHit[], node: string | null): Point[] {
  return map.filter((h) => h.node === node);
}

function nodeAtPoint(page: Page, p: Point): Promise<string | null> {
  return page.evaluate(({ x, y }) => window.__ube?.nodeAt(x, y) ?? null, p);
}

async function selected(page: Page): Promise<string | null> {
  return (await appState(page)).selected;
}

function action(page: Page, name: string) {
  return page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });
}

describe('hide, x-ray, isolate and show all change what a click at the same pixel selects', () => {
  it('in the default view, step by step', { timeout: 180_000 }, async () => {
    const { page } = await app.open('');
    // Camera moves without a flight (the user's own preference), so the test waits for no animations.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const home = await landmark(page);
    const box = await page.locator('canvas').boundingBox();
    expect(home, 'the sacrum in the default view').not.toBeNull();
    if (!home || !box) return;
    const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    // The patient's left half of the back (the viewer's left, seen from behind).
    const leftHalf = { left: centre.x - 280, top: box.y, right: centre.x + 8, bottom: box.y + box.height };

    const all = await clickMap(page, STEP, leftHalf);
    const empty = innermost(pointsOf(all, null), STEP);
    const lat = innermost(pointsOf(all, 'latissimus-dorsi.left'), STEP);
    expect(empty, 'an empty spot of the stage').not.toBeNull();
    expect(lat, 'a spot of the left latissimus').not.toBeNull();
    if (!empty || !lat) return;

    // Hide the left trapezius from its overlay.
    await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    await action(page, 'Hide').click();
    await action(page, 'Show').waitFor();
    expect((await appState(page)).hidden).toEqual(['trapezius.left']);
    await resetView(page, home, centre);

    // Where the trapezius was, and now the rhomboid shows: the spot a person points at "under the trapezius".
    const hidden = await clickMap(page, STEP, leftHalf);
    const under = new Set(pointsOf(hidden, 'rhomboid-major.left').map((p) => `${p.x},${p.y}`));
    const covered = pointsOf(all, 'trapezius.left').filter((p) => under.has(`${p.x},${p.y}`));
    expect(covered.length, 'pixels where the trapezius covers the rhomboid major').toBeGreaterThan(0);
    const spot = innermost(covered, STEP);
    if (!spot) return;

    // Hidden: a click there selects what lies beneath.
    await clickAt(page, spot);
    await expect.poll(() => selected(page)).toBe('rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await resetView(page, home, centre);

    // Show all (from the rhomboid's overlay): the trapezius is back and catches the same click.
    await action(page, 'Show all').click();
    await expect.poll(async () => (await appState(page)).hidden).toEqual([]);
    await settle(page);
    await clickAt(page, spot);
    await expect.poll(() => selected(page)).toBe('trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    await resetView(page, home, centre);

    // X-ray the rhomboid from its overlay, then clear the selection: the same spot now reaches the rhomboid
    // through the trapezius.
    await clickNode(page, 'rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await action(page, 'X-ray').click();
    await expect(action(page, 'X-ray').getAttribute('aria-pressed')).resolves.toBe('true');
    await resetView(page, home, centre);
    await clickAt(page, empty);
    await expect.poll(() => selected(page)).toBeNull();
    // What covers it is a ghost: a click where the latissimus was does not pick it.
    expect(await nodeAtPoint(page, lat)).not.toBe('latissimus-dorsi.left');
    await clickAt(page, spot);
    await expect.poll(() => selected(page)).toBe('rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await resetView(page, home, centre);

    // Isolate the rhomboid: a click anywhere else selects nothing, on it still selects it.
    await action(page, 'Isolate').click();
    await action(page, 'Show the rest').waitFor();
    await settle(page);
    await clickAt(page, lat);
    await expect.poll(() => selected(page)).toBeNull();
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor({ state: 'detached' });
    await clickAt(page, spot);
    await expect.poll(() => selected(page)).toBe('rhomboid-major.left');

    // Show all: everything is back, a click on the latissimus selects it again.
    await action(page, 'Show all').click();
    await expect.poll(() => linkParam(page, 'isolate')).toBeNull();
    expect(linkParam(page, 'xray')).toBeNull();
    await resetView(page, home, centre);
    await clickAt(page, lat);
    await expect.poll(() => selected(page)).toBe('latissimus-dorsi.left');
    await regionHeading(page, headingPattern('latissimus-dorsi.left')).waitFor();
  });
});

describe('search', () => {
  it('finds by lay name and with one typo; Enter selects the first hit and opens its overlay', async () => {
    const { page } = await app.open('');
    const box = page.getByRole('combobox', { name: 'Search' });
    const results = page.getByRole('listbox', { name: 'Search results' });
    const cases: [query: string, node: string][] = [
      ['traps', 'trapezius.left'],
      ['lats', 'latissimus-dorsi.left'],
      ['shoulder blade', 'scapula.left'],
      ['rhomboyd', 'rhomboid-major.left'],
      ['trapezuis', 'trapezius.left'],
    ];
    for (const [query, node] of cases) {
      await box.fill(query);
      const first = results.getByRole('option').first();
      await expect.poll(() => first.innerText(), { message: `first hit for “${query}”` }).toMatch(headingPattern(node));
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
      await box.press('Enter');
      await expect.poll(() => selected(page), { message: `selected after “${query}” + Enter` }).toBe(node);
      await regionHeading(page, headingPattern(node)).waitFor();
    }
  });

  it('“between shoulder blades” lists the muscle that lay name belongs to', async () => {
    // The rhomboids' lay names include “muscle between the shoulder blades”; the issue names this phrase.
    const { page } = await app.open('');
    const box = page.getByRole('combobox', { name: 'Search' });
    const results = page.getByRole('listbox', { name: 'Search results' });
    await box.fill('between shoulder blades');
    await expect
      .poll(() => results.getByRole('option').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Rhomboid major/)]));
  });
});

describe('reset view', () => {
  it('returns to the default view after a selection, also for people who ask for reduced motion', async () => {
    const { page } = await app.open('');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const home = await landmark(page);
    expect(home).not.toBeNull();
    if (!home) return;
    await clickNode(page, 'trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    expect(near(await landmark(page), home), 'the selection is framed: the view moved').toBe(false);
    // The pointer leaves the model for the top bar, where the button is.
    const bar = await page.locator('header').boundingBox();
    if (!bar) throw new Error('no top bar');
    await page.mouse.move(bar.x + 4, bar.y + 4);
    await settle(page);
    await page.getByRole('button', { name: 'Reset view', exact: true }).click();
    await settle(page);
    await expect
      .poll(async () => near(await landmark(page), home), { message: 'back to the default view', timeout: 5000 })
      .toBe(true);
  });
});

describe('patient / clinician toggle', () => {
  it('switches the overlay wording and back', async () => {
    const { page } = await app.open('?select=trapezius.left');
    const overlay = page.getByRole('region', { name: /^Trapezius/ });
    await overlay.waitFor();
    const patient = await overlay.innerText();
    const wording = page.getByRole('radiogroup', { name: 'Wording' });

    await wording.getByText('Clinician', { exact: true }).click();
    await expect.poll(() => overlay.innerText()).not.toBe(patient);
    await expect(wording.getByRole('radio', { name: 'Clinician' }).isChecked()).resolves.toBe(true);
    expect((await appState(page)).mode).toBe('clinician');
    await expect.poll(() => linkParam(page, 'mode')).toBe('clinician');

    await wording.getByText('Patient', { exact: true }).click();
    await expect.poll(() => overlay.innerText()).toBe(patient);
    await expect.poll(() => linkParam(page, 'mode')).toBe('patient');
  });
});

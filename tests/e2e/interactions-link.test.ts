// Issue 5, links: every parameter of the link contract restores the view it names (what can be clicked, what
// is selected and how it is framed, the wording, a free camera, isolation, x-ray); a copied link reproduces
// the view in a new page; garbage in any parameter gives a polite notice and no page error.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../contract';
import { appState, canvasImage, layerControl, regionHeading, settle, useBrowser } from './browser';
import {
  clickMap,
  differingShare,
  linkParam,
  noticeText,
  reachable,
  type Point,
} from './interactions-helpers';
import { headingPattern, layerOf } from './names';

const app = useBrowser();

/** The middle of what the panels leave of the view on a wide screen: between the side panels, below the top bar. */
function freeMiddle(page: Page): Promise<Point> {
  return page.evaluate(() => {
    const rect = (selector: string): DOMRect => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      return el.getBoundingClientRect();
    };
    return {
      x: Math.round((rect('.left-panel').right + rect('.right-panel').left) / 2),
      y: Math.round((rect('.topbar').bottom + rect('canvas').bottom) / 2),
    };
  });
}

/** Moves the pointer onto the top bar, so no hover highlight is left on the model for a picture. */
async function pointerAway(page: Page): Promise<void> {
  const bar = await page.locator('header').boundingBox();
  if (!bar) throw new Error('no top bar');
  await page.mouse.move(bar.x + 4, bar.y + 4);
  await settle(page);
}

/** The text of the selected structure's overlay: the landmark region named by its heading. */
function overlayText(page: Page, heading: RegExp): Promise<string> {
  return page.getByRole('region', { name: heading }).innerText();
}

describe('each link parameter restores the view', () => {
  it('layers: only structures of the listed layers can be clicked', async () => {
    const { page } = await app.open('?layers=intrinsic,skeleton');
    const { layers } = await appState(page);
    expect(LAYERS.filter((l) => layers[l].visible)).toEqual(['intrinsic', 'skeleton']);
    const nodes = [...reachable(await clickMap(page, 10))];
    const byLayer = new Set(nodes.map((n) => layerOf(n)));
    expect([...byLayer].sort()).toEqual(['intrinsic', 'skeleton']);
  });

  it('hide: the named nodes are hidden one by one, their twins stay', async () => {
    const { page } = await app.open('?hide=trapezius.left,latissimus-dorsi.left');
    expect((await appState(page)).hidden).toEqual(['trapezius.left', 'latissimus-dorsi.left']);
    const nodes = reachable(await clickMap(page, 8));
    expect(nodes.has('trapezius.left')).toBe(false);
    expect(nodes.has('latissimus-dorsi.left')).toBe(false);
    expect(nodes.has('trapezius.right')).toBe(true);
    expect(nodes.has('latissimus-dorsi.right')).toBe(true);
    // With its cover gone, what lay under the left trapezius can be clicked.
    expect(nodes.has('rhomboid-minor.left')).toBe(true);
    expect(linkParam(page, 'hide')).toBe('trapezius.left,latissimus-dorsi.left');
  });

  it('select: selected, overlay open, framed from behind and centred on the structure', async () => {
    // The trapezius is hidden so the rhomboid under it can be seen; hiding does not change the framing.
    const { page } = await app.open('?select=rhomboid-major.left&hide=trapezius.left,trapezius.right');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    expect((await appState(page)).selected).toBe('rhomboid-major.left');
    await expect(
      page.getByRole('treeitem', { selected: true }).getAttribute('aria-selected'),
    ).resolves.toBe('true');

    // The camera looks along +Z at the centre of the structure's box, shifted so the box sits in the middle
    // of what the panels leave free (between the side panels, below the top bar): that middle shows it,
    // and from behind (from the front, the ribs would be in the way).
    const centre = await freeMiddle(page);
    await expect
      .poll(() => page.evaluate(({ x, y }) => window.__ube?.nodeAt(x, y) ?? null, centre), {
        message: 'what a click in the middle of the free part of the view selects',
      })
      .toBe('rhomboid-major.left');
    const point = await page.evaluate(() => window.__ube?.screenPointOf('rhomboid-major.left') ?? null);
    expect(point).not.toBeNull();
    if (!point) return;
    expect(Math.hypot(point.x - centre.x, point.y - centre.y), 'rhomboid point from the free middle (px)').toBeLessThan(60);
    // From behind, the patient's left is on the viewer's left: the left shoulder blade lies left of the
    // rhomboid's middle, the spine right of it.
    const scapula = await page.evaluate(() => window.__ube?.screenPointOf('scapula.left') ?? null);
    const spine = await page.evaluate(
      () => ['t2', 't3', 't4', 't5', 't6'].map((n) => window.__ube?.screenPointOf(n)).find((p) => p) ?? null,
    );
    expect(scapula, 'left scapula on screen').not.toBeNull();
    expect(spine, 'a thoracic vertebra on screen').not.toBeNull();
    if (scapula) expect(scapula.x).toBeLessThan(centre.x);
    if (spine) expect(spine.x).toBeGreaterThan(centre.x);
    // Framed, not just pointed at: the camera came closer than the whole-back view (the sacrum is out of it).
    expect(reachable(await clickMap(page, 12)).has('sacrum'), 'sacrum in view').toBe(false);
  });

  it('mode: the overlay uses patient or clinician wording, and the switch shows which', async () => {
    const patient = await app.open('?select=trapezius.left&mode=patient');
    await regionHeading(patient.page, /^Trapezius/).waitFor();
    const patientText = await overlayText(patient.page, /^Trapezius/);
    await expect(patient.page.getByRole('radio', { name: 'Patient' }).isChecked()).resolves.toBe(true);

    const clinician = await app.open('?select=trapezius.left&mode=clinician');
    await regionHeading(clinician.page, /^Trapezius/).waitFor();
    expect((await appState(clinician.page)).mode).toBe('clinician');
    await expect(clinician.page.getByRole('radio', { name: 'Clinician' }).isChecked()).resolves.toBe(true);
    const clinicianText = await overlayText(clinician.page, /^Trapezius/);
    expect(clinicianText).not.toBe(patientText);
  });

  it('camera: a free view from the address bar shows the same picture in a new page', async () => {
    const first = await app.open('');
    await pointerAway(first.page);
    const before = await canvasImage(first.page);
    expect(linkParam(first.page, 'camera')).toBeNull();

    // Orbit by dragging on an empty part of the stage, away from the panels.
    const box = await first.page.locator('canvas').boundingBox();
    if (!box) throw new Error('canvas has no box');
    const from = { x: box.x + box.width / 2, y: box.y + box.height * 0.85 };
    await first.page.mouse.move(from.x, from.y);
    await first.page.mouse.down();
    await first.page.mouse.move(from.x + 120, from.y - 30, { steps: 12 });
    await first.page.mouse.up();
    await expect.poll(() => linkParam(first.page, 'camera'), { timeout: 10_000 }).not.toBeNull();
    await pointerAway(first.page);
    const orbited = await canvasImage(first.page);
    expect(differingShare(before, orbited), 'the orbit changed the picture').toBeGreaterThan(0.02);

    const second = await app.open(new URL(first.page.url()).search);
    expect(linkParam(second.page, 'camera')).toBe(linkParam(first.page, 'camera'));
    await pointerAway(second.page);
    const restored = await canvasImage(second.page);
    expect(differingShare(orbited, restored), 'share of pixels that differ from the sender’s picture').toBeLessThan(0.01);
  });

  it('isolate: only the isolated structure can be clicked, and "Show the rest" brings the others back', async () => {
    const { page } = await app.open('?isolate=rhomboid-major.left&select=rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    expect([...reachable(await clickMap(page, 8))]).toEqual(['rhomboid-major.left']);
    await page.getByRole('button', { name: 'Show the rest', exact: true }).click();
    await settle(page);
    await expect.poll(() => linkParam(page, 'isolate')).toBeNull();
    const nodes = reachable(await clickMap(page, 8));
    expect(nodes.size).toBeGreaterThan(3);
    expect(nodes.has('trapezius.left')).toBe(true);
  });

  it('xray: what covers the structure stops catching clicks; it, its twin and what lies deeper stay', async () => {
    const { page } = await app.open('?xray=rhomboid-major.left&select=rhomboid-major.left');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await expect(
      page.getByRole('button', { name: 'X-ray', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.getByRole('button', { name: 'Reset view', exact: true }).click();
    await settle(page);
    const nodes = reachable(await clickMap(page, 8));
    for (const ghost of ['trapezius.left', 'trapezius.right', 'latissimus-dorsi.left', 'rhomboid-minor.left']) {
      expect(nodes.has(ghost), `${ghost} is ghosted`).toBe(false);
    }
    expect(nodes.has('rhomboid-major.left')).toBe(true);
    expect(nodes.has('rhomboid-major.right'), 'the twin stays solid').toBe(true);
    expect([...nodes].some((n) => layerOf(n) === 'intrinsic'), 'deeper layers stay solid').toBe(true);
  });
});

describe('a copied link', () => {
  it('reproduces the view in a new page', async () => {
    const sender = await app.open('');
    await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseURL });
    const { page } = sender;
    // A view made by hand: clinician wording, skeleton off, the left rhomboid selected from the list, x-rayed.
    await page.getByRole('radiogroup', { name: 'Wording' }).getByText('Clinician', { exact: true }).click();
    await layerControl(page, 'Skeleton').click();
    const tree = page.getByRole('tree', { name: 'Structures' });
    const rhomboid = tree.getByRole('treeitem', { name: /^Rhomboid major/ });
    await rhomboid.click();
    await rhomboid.getByRole('treeitem', { name: 'Left', exact: true }).click();
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    await page.getByRole('button', { name: 'X-ray', exact: true }).click();
    await settle(page);
    const wanted = await appState(page);
    expect(wanted.selected).toBe('rhomboid-major.left');
    expect(wanted.mode).toBe('clinician');
    expect(wanted.layers.skeleton.visible).toBe(false);

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page.getByRole('button', { name: 'Link copied', exact: true }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.origin).toBe(new URL(app.baseURL).origin);
    expect(url.searchParams.get('xray')).toBe('rhomboid-major.left');
    await pointerAway(page);
    const sent = await canvasImage(page);

    const receiver = await app.open(url.search);
    await regionHeading(receiver.page, headingPattern('rhomboid-major.left')).waitFor();
    const got = await appState(receiver.page);
    expect(got).toEqual(wanted);
    await expect(
      receiver.page.getByRole('button', { name: 'X-ray', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await pointerAway(receiver.page);
    expect(differingShare(sent, await canvasImage(receiver.page)), 'pixels that differ from the sender’s view').toBeLessThan(0.01);
  });
});

const LONG = 'x'.repeat(5000);

interface GarbageCase {
  name: string;
  query: string;
  /** What must still hold after the garbage was dropped. */
  check(page: Page): Promise<void>;
}

const garbage: GarbageCase[] = [
  {
    name: 'layers: an unknown layer next to a known one',
    query: '?layers=skeleton,bones',
    async check(page) {
      const { layers } = await appState(page);
      expect(LAYERS.filter((l) => layers[l].visible)).toEqual(['skeleton']);
    },
  },
  {
    name: 'layers: 5,000 characters',
    query: `?layers=${LONG}&select=trapezius.left`,
    async check(page) {
      await regionHeading(page, /^Trapezius/).waitFor();
    },
  },
  {
    name: 'hide: an unknown id next to a known one',
    query: '?hide=no-such-muscle.left,trapezius.left',
    async check(page) {
      expect((await appState(page)).hidden).toEqual(['trapezius.left']);
    },
  },
  {
    name: 'hide: malformed percent-encoding',
    query: '?hide=%E0%A4%A,%ZZ&mode=clinician',
    async check(page) {
      const state = await appState(page);
      expect(state.hidden).toEqual([]);
      expect(state.mode).toBe('clinician');
    },
  },
  {
    name: 'select: an unknown id',
    query: '?select=rhomboid-mega.left&mode=clinician',
    async check(page) {
      const state = await appState(page);
      expect(state.selected).toBeNull();
      expect(state.mode).toBe('clinician');
    },
  },
  {
    name: 'select: 5,000 characters',
    query: `?select=${LONG}&hide=trapezius.left`,
    async check(page) {
      const state = await appState(page);
      expect(state.selected).toBeNull();
      expect(state.hidden).toEqual(['trapezius.left']);
      // The notice quotes the value politely, not all 5,000 characters of it.
      expect((await noticeText(page)).length).toBeLessThan(400);
    },
  },
  {
    name: 'select: malformed percent-encoding',
    query: '?select=%E0%A4%A&layers=superficial',
    async check(page) {
      const state = await appState(page);
      expect(state.selected).toBeNull();
      expect(LAYERS.filter((l) => state.layers[l].visible)).toEqual(['superficial']);
    },
  },
  {
    name: 'mode: neither patient nor clinician',
    query: '?mode=surgeon&select=trapezius.left',
    async check(page) {
      expect((await appState(page)).mode).toBe('patient');
      await regionHeading(page, /^Trapezius/).waitFor();
    },
  },
  {
    name: 'camera: NaN',
    query: '?camera=NaN,NaN,NaN,0,0,0&select=trapezius.left',
    async check(page) {
      await regionHeading(page, /^Trapezius/).waitFor();
      expect(linkParam(page, 'camera')).toBeNull();
      // The default framing of the selection is used: the trapezius is in the middle of the view.
      const nodes = reachable(await clickMap(page, 12));
      expect(nodes.has('trapezius.left')).toBe(true);
    },
  },
  {
    name: 'camera: 5,000 characters',
    query: `?camera=${'1,'.repeat(2500)}`,
    async check(page) {
      expect(linkParam(page, 'camera')).toBeNull();
      expect(reachable(await clickMap(page, 12)).size).toBeGreaterThan(3);
    },
  },
  {
    name: 'isolate: an unknown id',
    query: '?isolate=ghost-muscle',
    async check(page) {
      expect(reachable(await clickMap(page, 12)).size, 'nothing isolated: the whole back can be clicked').toBeGreaterThan(3);
      expect(linkParam(page, 'isolate')).toBeNull();
    },
  },
  {
    name: 'isolate: malformed percent-encoding and 5,000 characters',
    query: `?isolate=%E0%A4%A,${LONG}`,
    async check(page) {
      expect(reachable(await clickMap(page, 12)).size).toBeGreaterThan(3);
    },
  },
  {
    name: 'xray: an unknown id',
    query: '?xray=trapezius.middle',
    async check(page) {
      expect(reachable(await clickMap(page, 12)).has('trapezius.left'), 'nothing ghosted').toBe(true);
      expect(linkParam(page, 'xray')).toBeNull();
    },
  },
  {
    name: 'xray: malformed percent-encoding',
    query: '?xray=%%41%E0%A4%A',
    async check(page) {
      expect(reachable(await clickMap(page, 12)).has('trapezius.left'), 'nothing ghosted').toBe(true);
    },
  },
];

describe('garbage in a link parameter gives a polite notice and no page error', () => {
  it.each(garbage)('$name', async ({ query, check }) => {
    const session = await app.open(query);
    const { page } = session;
    await expect.poll(() => noticeText(page)).not.toBe('');
    await expect(page.getByRole('status').first().getAttribute('aria-live')).resolves.toBe('polite');
    await check(page);
    expect(session.problems).toEqual([]);
  });

  it('a link whose only layer is unknown still shows the back (the value is dropped, not the model)', async () => {
    const session = await app.open('?layers=bones');
    await expect.poll(() => noticeText(session.page)).toMatch(/bones/);
    expect(reachable(await clickMap(session.page, 12)).size, 'structures a click can reach').toBeGreaterThan(0);
  });
});

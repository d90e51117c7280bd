// Issue 6, failure state "No WebGL": Chromium launched with WebGL turned off. The app says clearly that the
// 3D view is unavailable, mounts no canvas, and still teaches: the full structure list, every structure's
// overlay, its causes, the warning signs, search, and links.
import { describe, expect, inject, it } from 'vitest';
import { structures } from '../../content';
import { nodeName } from '../../contract';
import { regionHeading } from './browser';
import { selectViaTree, treeItem, useWatchedBrowser, type Watched } from './failure-kit';
import { headingPattern } from './names';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const browser = useWatchedBrowser(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'], origin);

async function visit(query = ''): Promise<Watched> {
  const w = await browser.page();
  await w.page.goto(`${baseURL}/${query}`);
  return w;
}

const NO_3D = /cannot show the 3D view/i;

describe('no WebGL', () => {
  it('the browser really has no WebGL (or this file tests nothing)', async () => {
    const { page } = await visit();
    const gl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
    });
    expect(gl).toBe(false);
  });

  it('says so in an alert, mounts no canvas, and shows the full structure list', async () => {
    const { page } = await visit();
    const alert = page.getByRole('alert').filter({ hasText: NO_3D });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/structure list/i);
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    // No endless "loading" in place of the model.
    await expect(page.getByRole('progressbar', { name: 'Loading 3D model' }).count()).resolves.toBe(0);

    const tree = page.getByRole('tree', { name: 'Structures' });
    for (const label of ['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin']) {
      const layer = treeItem(tree, 1, label);
      if ((await layer.getAttribute('aria-expanded')) !== 'true') await layer.locator(':scope > .tree-row').click();
    }
    // Every structure of the content is in the list.
    const shown = await tree.locator('li[role="treeitem"][aria-level="2"] > .tree-row > span:not([aria-hidden])').allInnerTexts();
    expect([...shown].sort()).toEqual(structures.map((s) => s.name).sort());
  });

  it('every structure and side is reached with the keyboard alone and opens its overlay', async () => {
    const { page } = await visit();
    await page.getByRole('alert').filter({ hasText: NO_3D }).waitFor();
    const tree = page.getByRole('tree', { name: 'Structures' });
    await treeItem(tree, 1, 'Superficial').focus();
    const wanted = structures.flatMap((s) =>
      s.paired ? [nodeName(s.id, 'left'), nodeName(s.id, 'right')] : [nodeName(s.id, 'midline')],
    );
    const opened = new Map<string, string>();
    // Walk the whole tree: open every closed branch (ArrowRight), select every leaf (Enter), move on (ArrowDown).
    for (let step = 0; step < 1_000; step++) {
      const here = await page.evaluate(() => {
        const el = document.activeElement;
        const holder = window as unknown as { e2eLastItem?: Element | null };
        const same = holder.e2eLastItem === el;
        holder.e2eLastItem = el;
        if (!(el instanceof HTMLLIElement) || el.getAttribute('role') !== 'treeitem') return null;
        const label = el.querySelector(':scope > .tree-row > span:not([aria-hidden])')?.textContent ?? '';
        return { label, same, expanded: el.getAttribute('aria-expanded'), selectable: el.hasAttribute('aria-selected') };
      });
      expect(here, 'focus stays on a tree item').not.toBeNull();
      if (!here) break;
      if (here.expanded === 'false') {
        await page.keyboard.press('ArrowRight');
        await page.evaluate(() => {
          (window as unknown as { e2eLastItem?: Element | null }).e2eLastItem = null;
        });
        continue;
      }
      if (here.same) break; // ArrowDown did not move: the last item
      if (here.selectable) {
        await page.keyboard.press('Enter');
        const result = await page.evaluate(() => ({
          heading: document.querySelector('aside h2')?.textContent ?? '',
          selected: document.activeElement?.getAttribute('aria-selected') ?? null,
        }));
        expect(result.selected, `${here.label}: aria-selected after Enter`).toBe('true');
        opened.set(result.heading, here.label);
      }
      await page.keyboard.press('ArrowDown');
    }
    // Each node's overlay heading was shown once, under its display name.
    for (const node of wanted) {
      const pattern = headingPattern(node);
      const side = node.endsWith('.left') ? /\(left\)/ : node.endsWith('.right') ? /\(right\)/ : /^[^(]*$/;
      const hit = [...opened.keys()].some((h) => pattern.test(h) && side.test(h));
      expect(hit, `overlay of ${node} (headings seen: ${opened.size})`).toBe(true);
    }
    expect(opened.size).toBe(wanted.length);
    // And the mouse path works the same way.
    await selectViaTree(page, 'latissimus-dorsi.right');
    await regionHeading(page, /^Latissimus dorsi \(right\)/).waitFor();
  });

  it('the keyboard reaches a structure and Enter opens it; its causes and the warning signs open too', async () => {
    const { page } = await visit();
    await page.getByRole('alert').filter({ hasText: NO_3D }).waitFor();
    const tree = page.getByRole('tree', { name: 'Structures' });
    // The first item takes focus with Tab order; walk: Superficial (open) → Trapezius → open → Left.
    await treeItem(tree, 1, 'Superficial').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await regionHeading(page, /^Trapezius \(left\)/).waitFor();

    const overlay = page.getByRole('region', { name: /^Trapezius/ });
    const causes = overlay.locator('.cause-list button');
    expect(await causes.count()).toBeGreaterThan(0);
    const causeName = (await causes.first().innerText()).trim();
    await causes.first().click();
    await regionHeading(page, causeName).waitFor();

    await page.getByRole('button', { name: 'Warning signs', exact: true }).first().click();
    await regionHeading(page, 'Warning signs').waitFor();
  });

  it('search selects a structure, and a link still applies (selection and wording)', async () => {
    const { page } = await visit('?select=rhomboid-major.right&mode=clinician');
    await regionHeading(page, /^Rhomboid major \(right\)/).waitFor();
    await expect(page.getByRole('radio', { name: 'Clinician', exact: true }).isChecked()).resolves.toBe(true);

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('levator');
    await search.press('Enter');
    await regionHeading(page, /^Levator scapulae/).waitFor();
  });

  it('a pain-map link still gives the likely causes, says the model is needed for what lies beneath, and opens the handout', async () => {
    const { page } = await visit('?pain=4.5:-10,breath:y');
    const region = page.getByRole('region', { name: 'Where it hurts' });
    await region.waitFor();
    await expect(region.innerText()).resolves.toMatch(/3D model is needed/);
    await expect(region.getByRole('button', { name: 'Heart attack', exact: true }).count()).resolves.toBe(1);
    // The emergency answer shows the call-out without any 3D.
    await expect(page.getByRole('alert').filter({ hasText: /Call \d+ now/ }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Handout' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).waitFor();
    await expect(dialog.locator('img[src^="data:image"]').count()).resolves.toBe(0);
  });
});

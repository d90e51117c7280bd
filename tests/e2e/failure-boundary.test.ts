// A part of the screen that throws shows a message in its place and the rest keeps working (README,
// "Failure states"): the 3D view's camera rig failing leaves the list and panels; a panel failing leaves
// the view and "Warning signs". Test builds throw on request (src/fault-injection.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { regionHeading, waitReady } from './browser';
import { launchWith, selectViaTree, withWatchedPage, type Watched } from './failure-kit';

const baseURL = inject('baseURL');
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchWith([]);
});
afterAll(async () => {
  await browser?.close();
});

async function failAt(page: Page, site: string): Promise<void> {
  await page.addInitScript({ content: `window.__ubeFail = ${JSON.stringify(site)};` });
}

/** The only console errors are the failure we asked for, reported by the boundary (and React). */
function expectOnlyInjected(w: Watched): void {
  expect(w.problems.length, 'the failure is reported in the console').toBeGreaterThan(0);
  for (const p of w.problems) expect(p).toMatch(/injected failure/);
}

describe('error boundaries', () => {
  it('a throw in the camera rig leaves the structure list and the panels working, and Try again restores the view', async () => {
    await withWatchedPage(
      browser,
      baseURL,
      async (w) => {
        const { page } = w;
        await failAt(page, 'camera-rig');
        await page.goto(`${baseURL}/`);
        const alert = page.getByRole('alert').filter({ hasText: 'The 3D view stopped working' });
        await alert.waitFor();
        // The list still selects, and the overlay opens.
        await selectViaTree(page, 'rhomboid-major.left');
        await regionHeading(page, /^Rhomboid major/).waitFor();
        await page.getByRole('button', { name: 'Warning signs' }).first().click();
        await regionHeading(page, /warning signs/i).waitFor();
        // Once the cause is gone, trying again brings the 3D view back, drawn.
        await page.evaluate(() => delete window.__ubeFail);
        await alert.getByRole('button', { name: 'Try again' }).click();
        await waitReady(page);
        await expect.poll(() => page.locator('canvas').count()).toBe(1);
        expectOnlyInjected(w);
      },
      { clean: false },
    );
  });

  it('a throw in the information panel leaves the 3D view and the warning signs one click away', async () => {
    await withWatchedPage(
      browser,
      baseURL,
      async (w) => {
        const { page } = w;
        await failAt(page, 'info-panel');
        await page.goto(`${baseURL}/?select=trapezius.left`);
        const panel = page.getByRole('complementary', { name: 'Information' });
        await panel.getByRole('alert').filter({ hasText: 'This panel stopped working' }).waitFor();
        // The 3D view is unaffected: the model is drawn.
        await waitReady(page);
        await page.evaluate(() => delete window.__ubeFail);
        await panel.getByRole('button', { name: 'Warning signs' }).click();
        await regionHeading(page, /warning signs/i).waitFor();
        expectOnlyInjected(w);
      },
      { clean: false },
    );
  });
});

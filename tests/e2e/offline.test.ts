// Issue 6, "Offline": an installable PWA. After one visit the app, the model and the content work with the
// network cut: visit, wait for the service worker to control the page, go offline, reload, use it.
// Issue 13: and with a network that hangs instead of failing (hospital Wi-Fi), a reload still comes up.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appState, regionHeading, waitReady } from './browser';
import { launchWith, selectViaTree, withWatchedPage } from './failure-kit';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchWith([]);
});
afterAll(async () => {
  await browser?.close();
});

/** One visit, until the service worker controls the page (it claims open pages; else one reload). */
async function visitUntilControlled(page: Page): Promise<void> {
  await page.goto(`${baseURL}/`);
  await waitReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${baseURL}/`);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await waitReady(page);
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${baseURL}/sw.js`);
}

describe('offline', () => {
  it('the manifest makes the app installable', async () => {
    await withWatchedPage(browser, origin, async (w) => {
      const response = await w.context.request.get(`${baseURL}/manifest.webmanifest`);
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-type']).toMatch(/manifest\+json|json/);
      const manifest = (await response.json()) as {
        name?: string;
        start_url?: string;
        display?: string;
        icons?: { src: string; sizes: string; type?: string }[];
      };
      expect(manifest.name).toBeTruthy();
      expect(manifest.start_url).toBeTruthy();
      expect(['standalone', 'fullscreen', 'minimal-ui']).toContain(manifest.display);
      const sizes = (manifest.icons ?? []).map((i) => i.sizes);
      expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons ?? []) {
        const r = await w.context.request.get(new URL(icon.src, `${baseURL}/manifest.webmanifest`).href);
        expect(r.ok(), icon.src).toBe(true);
      }
      await w.page.goto(`${baseURL}/`);
      await expect(w.page.locator('link[rel="manifest"]').getAttribute('href')).resolves.toBeTruthy();
    });
  });

  it('after one visit, the app, the model and the content work with the network cut', async () => {
    // Offline, Chromium logs nothing for requests the worker answered; any failed request would show here.
    await withWatchedPage(browser, origin, async (w) => {
      const { page, context } = w;
      // The worker installs (precaching everything) and activates.
      await visitUntilControlled(page);

      await context.setOffline(true);
      // Really offline: a request the worker does not answer from its cache fails (and Chromium logs that
      // one failure, which is ours, not the app's: taken out of the record below).
      const logged = w.problems.length;
      await expect(page.evaluate(async () => {
        try {
          await fetch('/not-cached-anywhere.json', { cache: 'no-store' });
          return 'reached the network';
        } catch {
          return 'offline';
        }
      })).resolves.toBe('offline');
      expect(w.problems.splice(logged)).toEqual(['console.error: Failed to load resource: net::ERR_FAILED']);

      // A reload and a fresh link both come up, with the model drawn.
      await page.reload();
      await waitReady(page);
      await page.goto(`${baseURL}/?layers=superficial,skeleton&select=trapezius.left&mode=clinician`);
      await waitReady(page);
      await regionHeading(page, /^Trapezius \(left\)/).waitFor();
      expect((await appState(page)).mode).toBe('clinician');

      // The content: structures from the list, their causes, the warning signs.
      await selectViaTree(page, 'rhomboid-minor.right');
      await regionHeading(page, /^Rhomboid minor \(right\)/).waitFor();
      const cause = page.getByRole('region', { name: /^Rhomboid minor/ }).locator('.cause-list button').first();
      const causeName = (await cause.innerText()).trim();
      await cause.click();
      await regionHeading(page, causeName).waitFor();
      await page.getByRole('button', { name: 'Warning signs', exact: true }).first().click();
      await regionHeading(page, 'Warning signs').waitFor();
      expect((await appState(page)).selected).toBe('rhomboid-minor.right');
    });
  });

  it('after one visit, a reload comes up within seconds when the network hangs instead of failing', async () => {
    await withWatchedPage(browser, origin, async (w) => {
      const { page, context } = w;
      await visitUntilControlled(page);
      // From now on the page's own address is never answered: the request neither fails nor completes (a
      // stalled access point, a captive portal that never replies). Everything else goes through.
      const hung: string[] = [];
      await context.route(
        (url) => url.origin === origin && url.pathname === '/',
        (route) => {
          hung.push(`${route.request().serviceWorker() ? 'worker' : 'page'} ${route.request().url()}`);
          // Never fulfilled, continued or aborted.
        },
      );
      const started = Date.now();
      // The worker waits 3 s for the network, then answers from its cache. (The old worker waited for ever:
      // this reload timed out.)
      await page.reload({ timeout: 15_000 });
      await page.waitForFunction(() => window.__ube?.ready === true, null, { timeout: 15_000 });
      const took = Date.now() - started;
      expect(hung.length, 'the navigation reached the (hung) network').toBeGreaterThan(0);
      expect(took, 'reload to model drawn, in ms').toBeLessThan(15_000);
      expect(took, 'the worker gave the network its 3 s first').toBeGreaterThanOrEqual(2_900);
      await page.getByRole('tree', { name: 'Structures' }).waitFor({ timeout: 1000 });
      await context.unrouteAll({ behavior: 'ignoreErrors' });
    });
  });
});

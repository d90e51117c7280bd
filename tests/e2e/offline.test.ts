// Issue 6, "Offline": an installable PWA. After one visit the app, the model and the content work with the
// network cut: visit, wait for the service worker to control the page, go offline, reload, use it.
import type { Browser } from 'playwright-core';
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
      await page.goto(`${baseURL}/`);
      await waitReady(page);
      // The worker installs (precaching everything) and activates.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${baseURL}/`);
      // It claims open pages when it activates; if this one is still not controlled, one reload makes it so.
      if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
        await page.reload();
        await waitReady(page);
      }
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${baseURL}/sw.js`);

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
});

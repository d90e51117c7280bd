// Issue 13, "The loading bar is wrong when the model comes compressed": served with gzip (Content-Length is
// then the compressed size, the stream yields the decompressed bytes), the bar rises to 100 and never past
// it, and the model is drawn. The built app is served with gzip on a port of its own; the model's download
// is throttled and starts once the app runs, so the bar is seen moving. (That the bar follows the bytes is the unit test's job:
// tests/unit/fetch-model.test.ts.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type StaticServer } from '../../scripts/serve-dist';
import { waitReady } from './browser';
import { launchWith, withWatchedPage } from './failure-kit';

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWith([]), serveDir('dist-test', { gzip: true })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** A value the bar showed (or 'gone' when it was taken away), and when (performance.now()). */
interface Shown {
  value: number | 'gone';
  at: number;
}

/**
 * Runs in the page before its scripts: records every value the loading bar shows, and 'gone' when it is
 * taken away, in `window.__bar`.
 */
const RECORD_BAR = `(() => {
  const seen = (window.__bar = []);
  let present = false;
  const look = () => {
    const bar = document.querySelector('[role="progressbar"][aria-label="Loading 3D model"]');
    if (bar) {
      present = true;
      const value = Number(bar.getAttribute('aria-valuenow'));
      if (seen.at(-1)?.value !== value) seen.push({ value, at: performance.now() });
    } else if (present) {
      present = false;
      seen.push({ value: 'gone', at: performance.now() });
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow'],
  });
})();`;

describe('served compressed', () => {
  it('the loading bar rises to 100, never past it, and the model is drawn', async () => {
    if (!server) throw new Error('server not started');
    const { url } = server;
    await withWatchedPage(browser, new URL(url).origin, async ({ page, context }) => {
      await context.addInitScript({ content: RECORD_BAR });
      // A slow link (about 1.5 Mbit/s), so the download takes long enough for the bar to be seen moving.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 40,
        downloadThroughput: 200_000,
        uploadThroughput: 200_000,
      });
      // The model is preloaded from the page's head and would arrive whole while the (larger) code still
      // downloads, before any bar is drawn. Its request is held until the app's code has run, then goes to
      // the server as it is: the app then shows the bar for a download in progress.
      const codeRan = page.waitForEvent('domcontentloaded');
      await context.route('**/models/torso.glb', async (route) => {
        await codeRan;
        await route.continue();
      });
      const model = page.waitForResponse((r) => r.url().endsWith('/models/torso.glb'));
      await page.goto(`${url}/`);
      const response = await model;
      // What the test is about: the model came compressed, with the compressed length.
      const headers = await response.allHeaders();
      expect(headers['content-encoding']).toBe('gzip');
      expect(Number(headers['content-length'])).toBeLessThan((await response.body()).byteLength);
      await waitReady(page);

      const seen = await page.evaluate(() => (window as unknown as { __bar: Shown[] }).__bar);
      const record = JSON.stringify(seen.map((s) => s.value));
      const shown = seen.filter((s): s is Shown & { value: number } => s.value !== 'gone');
      const values = shown.map((s) => s.value);
      expect(values.length, `the bar was seen moving: ${record}`).toBeGreaterThan(10);
      for (const v of values) expect(v, record).toBeLessThanOrEqual(100);
      for (let i = 1; i < values.length; i++) expect(values[i], record).toBeGreaterThanOrEqual(values[i - 1] ?? 0);
      // It ends at 100, or is taken away (once, for good) once it got there.
      const gone = seen.filter((s) => s.value === 'gone');
      expect(gone.length, record).toBeLessThanOrEqual(1);
      if (gone.length === 1) expect(seen.at(-1)?.value, record).toBe('gone');
      expect(values.at(-1), record).toBe(100);
      // And it does not sit near full while much of the file is still to come: at a steady rate, the last
      // 5 % take about 5 % of the time. (Dividing by the compressed length, about half the file's, the bar
      // reached 95 at half-way and stayed there for half the download.)
      const start = shown.find((s) => s.value > 0)?.at ?? 0;
      const nearlyFull = shown.find((s) => s.value >= 95)?.at ?? 0;
      const full = shown.at(-1)?.at ?? 0;
      expect((full - nearlyFull) / (full - start), `share of the bar's time spent at 95 % or more: ${record}`).toBeLessThan(0.25);
      await cdp.detach();
    });
  });
});

// Shared by the e2e harness and the bench (no vitest here, so the bench can import it).
import type { Page } from 'playwright-core';
// For the global type of window.__ube.
import type {} from '../../src/test-hook';

/**
 * Waits until the on-demand renderer has caught up: the frame counter stays put across four animation frames
 * (or 3 s have passed, if the app keeps rendering, e.g. while the camera glides). A wait, not an assertion: it lets a
 * screenshot show the state the test just set.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = window.__ube?.frames ?? 0;
        let still = 0;
        const until = performance.now() + 3000;
        const tick = (): void => {
          const now = window.__ube?.frames ?? 0;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 4 || performance.now() > until) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

// Tap → findings painted (issue 14): with "Where does it hurt?" on, a tap between the shoulder blades until
// the findings list what lies beneath the mark and the next animation frame has run, timed in the page.
import type { Page } from 'playwright-core';

/** Where the tap goes: over the left rhomboid major, under the trapezius. */
export const PAIN_TAP_NODE = 'rhomboid-major.left';

export async function tapToFindings(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Where does it hurt?', exact: true }).click();
  await page.getByRole('heading', { name: 'Where it hurts', exact: true }).waitFor();
  const point = await page.evaluate((node) => window.__ube?.centreOf(node) ?? null, PAIN_TAP_NODE);
  if (!point) throw new Error(`${PAIN_TAP_NODE} is not on screen`);
  await page.evaluate(() => {
    const w = window as unknown as { __painMs?: Promise<number> };
    w.__painMs = new Promise<number>((resolve) => {
      let t0 = Number.NaN;
      addEventListener('pointerdown', () => (t0 = performance.now()), { capture: true, once: true });
      const found = (): boolean => (document.querySelector('.beneath-list .chip') ?? null) !== null;
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
  });
  await page.mouse.click(point.x, point.y);
  const ms = await page.evaluate(() => (window as unknown as { __painMs: Promise<number> }).__painMs);
  // Leave the page as it was for what is measured next.
  await page.getByRole('button', { name: 'Clear marks', exact: true }).click();
  await page.getByRole('button', { name: 'Where does it hurt?', exact: true }).click();
  return ms;
}

// Leak check: JS heap (after a forced GC, via CDP) and renderer.info.memory before and after 200 cycles of
// select → deselect → hide a layer → show it again. A short warm-up first, so that one-time work (shader
// compilation, first overlay render, lazy chunks) is not counted as growth. The page asks for reduced motion.
// The heap is reported whole and without compiled code (see heap-snapshot.ts); the budget applies to the
// latter, which is what a leak would grow.
import type { Page } from 'playwright-core';
import { ALL_LAYERS, emptyPoint, launch, openTimed, screenPointOf, settle } from './browser';
import { heapSplit } from './heap-snapshot';
import { CLICK_NODE, type RendererInfo } from './measure';

const LAYER_NAMES = ['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin'] as const;

export interface MemoryResult {
  cycles: number;
  warmup: number;
  /** JSHeapUsedSize, compiled code included. */
  heapBefore: number;
  heapAfter: number;
  heapGrowthPct: number;
  /** Heap snapshot bytes without compiled code: what the budget is checked on. */
  dataBefore: number;
  dataAfter: number;
  growthPct: number;
  rendererBefore: RendererInfo;
  rendererAfter: RendererInfo;
}

async function waitSelected(page: Page, node: string | null): Promise<void> {
  await page.waitForFunction((n) => window.__ube?.state().selected === n, node, { polling: 'raf' });
}

// Selecting reframes the camera, so both points are found afresh each time.
async function cycle(page: Page, i: number): Promise<void> {
  const on = await screenPointOf(page, CLICK_NODE);
  await page.mouse.click(on.x, on.y);
  await waitSelected(page, CLICK_NODE);
  const off = await emptyPoint(page);
  await page.mouse.click(off.x, off.y);
  await waitSelected(page, null);
  const name = LAYER_NAMES[i % LAYER_NAMES.length] ?? 'Skin';
  const control = page.getByRole('checkbox', { name, exact: true }).or(page.getByRole('switch', { name, exact: true }));
  const key = name.toLowerCase() as Lowercase<typeof name>;
  await control.click();
  await page.waitForFunction((k) => window.__ube?.state().layers[k].visible === false, key, { polling: 'raf' });
  await control.click();
  await page.waitForFunction((k) => window.__ube?.state().layers[k].visible === true, key, { polling: 'raf' });
}

export async function memoryRun(url: string, cycles = 200, warmup = 10): Promise<MemoryResult> {
  const browser = await launch();
  try {
    // Reduced motion: the camera jumps to a selection instead of gliding, so cycles do not wait on animation.
    const page = await openTimed(browser, 'reduce');
    await page.goto(`${url}/${ALL_LAYERS}`);
    await page.waitForFunction(() => window.__ube?.ready === true, null, { timeout: 120_000 });
    await settle(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async (): Promise<{ heap: number; data: number; renderer: RendererInfo }> => {
      await settle(page);
      const split = await heapSplit(cdp);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      const renderer = await page.evaluate(() => {
        if (!window.__ube) throw new Error('no __ube');
        return window.__ube.rendererInfo();
      });
      return { heap, data: split.total - split.code, renderer };
    };

    for (let i = 0; i < warmup; i++) await cycle(page, i);
    const before = await measure();
    for (let i = 0; i < cycles; i++) await cycle(page, i);
    const after = await measure();
    return {
      cycles,
      warmup,
      heapBefore: before.heap,
      heapAfter: after.heap,
      heapGrowthPct: ((after.heap - before.heap) / before.heap) * 100,
      dataBefore: before.data,
      dataAfter: after.data,
      growthPct: ((after.data - before.data) / before.data) * 100,
      rendererBefore: before.renderer,
      rendererAfter: after.renderer,
    };
  } finally {
    await browser.close();
  }
}

// Pixel comparison of two test builds (`npx tsx bench/compare-view.ts <before-dir> <after-dir>`): the
// default view, every layer shown, and every layer shown after the same drag has come to rest, each at
// 1280×720 in the bench's Chromium. A change meant to make frames cheaper must not change what is drawn:
// the script prints, per view, how many canvas pixels differ at all and by more than the tolerance,
// and exits 1 when more than TOLERANCE_SHARE of them differ by more than TOLERANCE_LEVELS.
import type { Page } from 'playwright-core';
import { serveDir } from '../scripts/serve-dist';
import { decodePng } from '../tests/e2e/png';
import { ALL_LAYERS, firstFrameAt, launch, openTimed, settle } from './browser';

/** A channel may differ by this many levels (of 255) without counting... */
export const TOLERANCE_LEVELS = 8;
/** ...and at most this share of the canvas's pixels may differ by more. */
export const TOLERANCE_SHARE = 0.001;

const VIEWS = [
  { name: 'default view', query: '', drag: false },
  { name: 'all layers', query: ALL_LAYERS, drag: false },
  { name: 'all layers, after a drag has come to rest', query: ALL_LAYERS, drag: true },
] as const;

async function drag(page: Page): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(cx + 4 * i, cy + i);
  await page.mouse.up();
  // The glide after release, then the redraw at rest.
  await page.waitForTimeout(1500);
  await settle(page);
}

async function shot(url: string, query: string, withDrag: boolean): Promise<Buffer> {
  const browser = await launch();
  try {
    const page = await openTimed(browser);
    await page.goto(`${url}/${query}`);
    await firstFrameAt(page);
    await settle(page);
    if (withDrag) await drag(page);
    return await page.locator('canvas').screenshot();
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) throw new Error('usage: compare-view.ts <before-dir> <after-dir>');
  const a = await serveDir(before);
  const b = await serveDir(after);
  let failed = 0;
  try {
    for (const view of VIEWS) {
      const x = decodePng(await shot(a.url, view.query, view.drag));
      const y = decodePng(await shot(b.url, view.query, view.drag));
      if (x.width !== y.width || x.height !== y.height) throw new Error(`${view.name}: sizes differ`);
      let differ = 0;
      let over = 0;
      let worst = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        let d = 0;
        for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)));
        if (d > 0) differ++;
        if (d > TOLERANCE_LEVELS) over++;
        worst = Math.max(worst, d);
      }
      const pixels = x.width * x.height;
      const ok = over <= pixels * TOLERANCE_SHARE;
      if (!ok) failed++;
      console.log(
        `${view.name}: ${x.width}×${x.height}, ${differ} pixels differ (${((100 * differ) / pixels).toFixed(3)} %), ` +
          `${over} by more than ${TOLERANCE_LEVELS} levels, largest difference ${worst} — ${ok ? 'within tolerance' : 'OVER'}`,
      );
    }
  } finally {
    await a.close();
    await b.close();
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);

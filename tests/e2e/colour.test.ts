// The legend's swatches are the colours on the model: the lit middle of a muscle or bone, seen head-on,
// is drawn in its layer's swatch colour (no tone mapping, a matcap that is 1.0 facing the viewer, a fibre
// texture whose mean is the layer colour: see src/scene/matcap.ts and muscle-texture.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasImage, layerControl, screenPointOf, useBrowser, type LayerName } from './browser';
import { deltaE, meanColour, parseCssColour, type Rgb } from './colour';

const app = useBrowser();

/**
 * Largest difference allowed (CIE76 ΔE*ab). Side by side, about 2.3 is just noticeable; a swatch 16 px
 * wide beside a shaded body reads as "the same colour" well beyond that. What is left is the shading's
 * slope across the sampled disc, the fibre stripes not averaging out exactly over it and 8-bit rounding.
 */
const MAX_DELTA_E = 3.5;
/**
 * Radius of the sampled disc around the structure's middle (CSS px). The fibre stripes swing the colour
 * ±10 % around the layer colour (muscle-texture.ts); over a disc this wide they average out to within a
 * few per cent, so the disc's mean (in linear light) is compared with the swatch, not one pixel.
 */
const RADIUS = 7;

/**
 * For each layer, a large structure whose middle faces the default (posterior) view, away from its tendons:
 * the rhomboid major (the trapezius over it hidden), the lower serratus posterior, the iliocostalis column
 * and the blade of the scapula. Shown with nothing else of its layer's neighbours in front.
 */
const SAMPLES: { layer: LayerName; node: string; query: string }[] = [
  { layer: 'Superficial', node: 'rhomboid-major.left', query: '?layers=superficial&hide=trapezius.left,trapezius.right' },
  { layer: 'Intermediate', node: 'serratus-posterior-inferior.right', query: '?layers=intermediate' },
  { layer: 'Intrinsic', node: 'iliocostalis.left', query: '?layers=intrinsic' },
  { layer: 'Skeleton', node: 'scapula.left', query: '?layers=skeleton' },
];

/** The colour the legend shows for a layer, as the browser computes it. */
async function swatchColour(page: Page, layer: LayerName): Promise<Rgb> {
  const swatch = page.locator('label', { has: layerControl(page, layer) }).locator('.swatch');
  return parseCssColour(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor));
}

/** Mean colour (in linear light) of the pixels within RADIUS of the node's middle that show the node. */
async function drawnColour(page: Page, node: string): Promise<{ colour: Rgb; pixels: number; at: { x: number; y: number } }> {
  const at = await screenPointOf(page, node);
  expect(at, `${node} is drawn and reachable`).not.toBeNull();
  if (!at) throw new Error('unreachable');
  // Only pixels the node itself covers (the hook's ray test), so an edge or a neighbour never mixes in.
  const points = await page.evaluate(
    ({ x, y, r, name }) => {
      const out: { x: number; y: number }[] = [];
      for (let dy = -r; dy <= r; dy++) {
        for (let dx = -r; dx <= r; dx++) {
          if (dx * dx + dy * dy <= r * r && window.__ube?.nodeAt(x + dx, y + dy) === name) out.push({ x: x + dx, y: y + dy });
        }
      }
      const box = document.querySelector('canvas')?.getBoundingClientRect();
      return { out, left: box?.left ?? 0, top: box?.top ?? 0 };
    },
    { ...at, r: RADIUS, name: node },
  );
  const img = await canvasImage(page);
  const pixels = points.out.map(({ x, y }): Rgb => {
    const k = (Math.round(y - points.top) * img.width + Math.round(x - points.left)) * 4;
    return [img.data[k] ?? 0, img.data[k + 1] ?? 0, img.data[k + 2] ?? 0];
  });
  return { colour: meanColour(pixels), pixels: pixels.length, at };
}

describe('colours on the model', () => {
  it("draws each layer's lit middle in the colour of its legend swatch", async () => {
    const report: string[] = [];
    const failures: string[] = [];
    for (const { layer, node, query } of SAMPLES) {
      // That layer alone, nothing selected or hovered: its structures are drawn plain and uncovered.
      const { page, context } = await app.open(query);
      const swatch = await swatchColour(page, layer);
      const drawn = await drawnColour(page, node);
      const dE = deltaE(drawn.colour, swatch);
      const line = `${layer} (${node} at ${drawn.at.x},${drawn.at.y}, ${drawn.pixels} px): drawn rgb(${drawn.colour.map(Math.round).join(', ')}), swatch rgb(${swatch.join(', ')}), ΔE ${dE.toFixed(1)}`;
      report.push(line);
      expect(drawn.pixels, `${node}: enough of it sampled`).toBeGreaterThan(50);
      if (!(dE <= MAX_DELTA_E)) failures.push(line);
      await context.close();
    }
    console.info(report.join('\n'));
    expect(failures, `ΔE above ${MAX_DELTA_E}`).toEqual([]);
  });
});

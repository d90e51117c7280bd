// What is drawn is what is picked (contracts, accessible surface): over a grid of pixels, the structure an
// id render draws at a pixel is the one a click there selects, for several views, selected or not.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, useBrowser } from './browser';

const app = useBrowser();

/** Grid spacing (CSS px) and how far round a sample the id render must agree for it to count as inside a shape. */
const STEP = 14;
const EDGE = 3;

interface Agreement {
  /** Samples whose neighbourhood is one structure (or empty) in the id render. */
  inside: number;
  /** Of those, the ones where a click would pick something else, with an example or two. */
  mismatches: number;
  examples: string[];
  /** Pixels per drawn structure, so a test can check the view shows what it means to. */
  drawn: Record<string, number>;
}

async function agreement(page: Page): Promise<Agreement> {
  await settle(page);
  return page.evaluate(
    ({ step, edge }) => {
      const hook = window.__ube;
      if (!hook) throw new Error('no test hook');
      const canvas = document.querySelector('canvas');
      if (!canvas) throw new Error('no canvas');
      const r = canvas.getBoundingClientRect();
      const centres: { x: number; y: number }[] = [];
      for (let y = r.top + step / 2; y < r.bottom - edge; y += step) {
        for (let x = r.left + step / 2; x < r.right - edge; x += step) centres.push({ x: Math.round(x), y: Math.round(y) });
      }
      const around = centres.flatMap((c) => [c, { x: c.x + edge, y: c.y }, { x: c.x - edge, y: c.y }, { x: c.x, y: c.y + edge }, { x: c.x, y: c.y - edge }]);
      const ids = hook.drawnAt(around);
      const out = { inside: 0, mismatches: 0, examples: [] as string[], drawn: {} as Record<string, number> };
      centres.forEach((c, i) => {
        const five = ids.slice(i * 5, i * 5 + 5);
        const id = five[0] ?? null;
        if (id) out.drawn[id] = (out.drawn[id] ?? 0) + 1;
        if (!five.every((v) => v === id)) return;
        out.inside++;
        const picked = hook.nodeAt(c.x, c.y);
        if (picked !== id) {
          out.mismatches++;
          if (out.examples.length < 5) out.examples.push(`(${c.x},${c.y}) drawn ${id}, picked ${picked}`);
        }
      });
      return out;
    },
    { step: STEP, edge: EDGE },
  );
}

describe('what is drawn is what is picked', () => {
  const views: [string, string, string][] = [
    ['the default view', '', 'trapezius.left'],
    ['a selected sheet over the erector columns', '?layers=intermediate,intrinsic,skeleton&select=serratus-posterior-superior.left', 'serratus-posterior-superior.left'],
    ['its unselected twin', '?layers=intermediate,intrinsic,skeleton&select=serratus-posterior-superior.right', 'serratus-posterior-superior.left'],
    ['the rhomboid with the trapezius hidden', '?layers=superficial,intermediate,intrinsic,skeleton&hide=trapezius.left,trapezius.right&select=rhomboid-major.left', 'rhomboid-major.left'],
    ['bone alone', '?layers=skeleton&select=t6', 't6'],
    ['an x-rayed muscle under its cover, skin on', '?layers=superficial,intermediate,intrinsic,skeleton,skin&select=rhomboid-minor.right&xray=rhomboid-minor.right', 'rhomboid-minor.right'],
  ];
  for (const [name, query, expected] of views) {
    it(`agrees pixel for pixel in ${name}`, async () => {
      const { page } = await app.open(query);
      const a = await agreement(page);
      expect(a.drawn[expected] ?? 0, `${expected} is drawn in this view`).toBeGreaterThan(10);
      expect(a.inside, 'enough samples inside shapes').toBeGreaterThan(1000);
      expect(a.mismatches, a.examples.join('; ')).toBe(0);
    });
  }
});

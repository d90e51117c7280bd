// What is drawn is what is picked, measured: over a grid of pixels, the structure an id render draws
// (`__ube.drawnAt`) against the one a click would select (`__ube.nodeAt`). Shared by picking.test.ts and
// other-glb.test.ts.
import type { Page } from 'playwright-core';
import { settle } from './settle';

/** Grid spacing (CSS px) and how far round a sample the id render must agree for it to count as inside a shape. */
const STEP = 14;
const EDGE = 3;

export interface Agreement {
  /** Samples whose neighbourhood is one structure (or empty) in the id render. */
  inside: number;
  /** Of those, the ones where a click would pick something else, with an example or two. */
  mismatches: number;
  examples: string[];
  /** Pixels per drawn structure, so a test can check the view shows what it means to. */
  drawn: Record<string, number>;
}

export async function agreement(page: Page): Promise<Agreement> {
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


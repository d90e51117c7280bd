// What is drawn is what is picked (contracts, accessible surface): over a grid of pixels, the structure an
// id render draws at a pixel is the one a click there selects, for several views, selected or not.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { agreement } from './draw-pick';

const app = useBrowser();

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

import { describe, expect, it } from 'vitest';
import { freeRect, insetsFromRects, type Rect } from '../../src/overlays/stage-insets';

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('insetsFromRects (panel boxes → what they cover of the stage)', () => {
  const tablet = box(0, 0, 1024, 768);

  it('charges a top bar to the top, side panels to their sides, the hint line to the bottom', () => {
    const insets = insetsFromRects(tablet, [
      box(8, 8, 1008, 60), // top bar
      box(8, 76, 256, 684), // left panel
      box(704, 76, 312, 684), // information panel
      box(400, 690, 300, 40), // hint line, centred near the bottom
    ]);
    expect(insets).toEqual({ top: 68, left: 264, right: 320, bottom: 78 });
  });

  it('charges a bottom sheet to the bottom and a drawer that is both wide and tall to its side', () => {
    const phone = box(0, 0, 390, 844);
    expect(insetsFromRects(phone, [box(0, 544, 390, 300)])).toEqual({ top: 0, right: 0, bottom: 300, left: 0 });
    // 312 of 390 px wide and most of the height: giving up the left edge keeps more than giving up the bottom.
    expect(insetsFromRects(phone, [box(8, 124, 312, 712)])).toEqual({ top: 0, right: 0, bottom: 0, left: 320 });
  });

  it('keeps the widest reach per edge, clips to the stage, ignores empty and outside boxes, rounds to px', () => {
    const insets = insetsFromRects(tablet, [
      box(8, -20, 1008, 60.4), // reaches past the top edge: clipped to it
      box(8, 8, 1008, 100), // a taller bar on the same edge wins
      box(300, 300, 0, 50), // empty
      box(2000, 0, 100, 100), // off stage
    ]);
    expect(insets).toEqual({ top: 108, right: 0, bottom: 0, left: 0 });
  });

  it('measures from the stage, not the viewport', () => {
    const stage = box(100, 50, 800, 600);
    expect(insetsFromRects(stage, [box(100, 50, 800, 40)])).toEqual({ top: 40, right: 0, bottom: 0, left: 0 });
    expect(freeRect(stage, { top: 40, right: 10, bottom: 0, left: 20 })).toEqual({ left: 120, top: 90, right: 890, bottom: 650 });
  });

  it('is all zero with no panels or an empty stage', () => {
    expect(insetsFromRects(tablet, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(insetsFromRects(box(0, 0, 0, 0), [box(0, 0, 10, 10)])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

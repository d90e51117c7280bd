import { describe, expect, it } from 'vitest';
import { snapAfterDrag } from '../../src/overlays/use-bottom-sheet';

describe('snapAfterDrag (where the bottom sheet comes to rest)', () => {
  const heights = { peek: 90, default: 290, full: 680 };

  it('returns to where it started after a drag too short to count', () => {
    expect(snapAfterDrag(heights, 'default', 310)).toBe('default');
    expect(snapAfterDrag(heights, 'peek', 70)).toBe('peek');
  });

  it('moves on to the next resting height in the direction of the drag', () => {
    expect(snapAfterDrag(heights, 'default', 200)).toBe('peek');
    expect(snapAfterDrag(heights, 'default', 340)).toBe('full');
    expect(snapAfterDrag(heights, 'peek', 200)).toBe('default');
    expect(snapAfterDrag(heights, 'full', 500)).toBe('default');
  });

  it('passes a resting height the drag went past', () => {
    expect(snapAfterDrag(heights, 'peek', 500)).toBe('full');
    expect(snapAfterDrag(heights, 'full', 150)).toBe('peek');
  });
});

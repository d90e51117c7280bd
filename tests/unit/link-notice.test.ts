import { describe, expect, it } from 'vitest';
import { linkNotice } from '../../src/link/link-sync';

describe('link notice', () => {
  it('is absent when nothing was dropped', () => {
    expect(linkNotice([])).toBeNull();
  });
  it('lists one or two problems in full', () => {
    expect(linkNotice(['A.', 'B.'])).toBe('A. B.');
  });
  it('counts the rest, so 700 bad ids are still one short notice', () => {
    const text = linkNotice(Array.from({ length: 700 }, (_, i) => `Problem ${i}.`));
    expect(text).toBe('Problem 0. Problem 1. 698 more parts of the link were left out too.');
  });
});

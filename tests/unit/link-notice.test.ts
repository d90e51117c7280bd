import { describe, expect, it } from 'vitest';
import { linkNotices } from '../../src/link/link-sync';

const problem = (param: string, text: string) => ({ param, text });

describe('link notices', () => {
  it('are absent when nothing was dropped', () => {
    expect(linkNotices([])).toEqual([]);
  });
  it('are one per parameter, in the order met', () => {
    expect(linkNotices([problem('layers', 'A.'), problem('select', 'B.')])).toEqual(['A.', 'B.']);
  });
  it('count the rest of a parameter, so 700 bad ids are still one short notice', () => {
    const many = Array.from({ length: 700 }, (_, i) => problem('hide', `Problem ${i}.`));
    expect(linkNotices([...many, problem('mode', 'M.')])).toEqual(['Problem 0. 699 more like it were left out too.', 'M.']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseLink, serializeLink } from '../../src/link/url-state';
import { KNOWN } from './fixtures';

describe('link contract', () => {
  it('reads every parameter', () => {
    const { view, problems } = parseLink(
      '?layers=superficial,skeleton&hide=trapezius.left&select=rhomboid-major.left&mode=clinician&camera=0,0.1,-1,0,0.1,0',
      KNOWN,
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      layers: ['superficial', 'skeleton'],
      hidden: ['trapezius.left'],
      selected: 'rhomboid-major.left',
      mode: 'clinician',
      camera: { position: [0, 0.1, -1], target: [0, 0.1, 0] },
    });
  });

  it('an empty layers list means no layer is shown', () => {
    expect(parseLink('?layers=', KNOWN).view.layers).toEqual([]);
  });

  it('a layers list that names only unknown layers keeps the default layers', () => {
    const { view, problems } = parseLink('?layers=bones,muscles', KNOWN);
    expect(view.layers).toBeUndefined();
    expect(problems).toHaveLength(2);
  });

  it('drops what names nothing, says so, and keeps the rest', () => {
    const { view, problems } = parseLink(
      '?layers=superficial,bones&hide=trapezius.left,nope&select=heart&mode=doctor&camera=1,2,3',
      KNOWN,
    );
    expect(view.layers).toEqual(['superficial']);
    expect(view.hidden).toEqual(['trapezius.left']);
    expect(view.selected).toBeUndefined();
    expect(view.mode).toBeUndefined();
    expect(view.camera).toBeUndefined();
    expect(problems).toHaveLength(5);
    const text = problems.map((p) => p.text).join(' ');
    expect(text).toContain('“bones”');
    expect(text).toContain('“heart”');
    expect(problems.map((p) => p.param)).toEqual(['layers', 'hide', 'select', 'mode', 'camera']);
  });

  it('survives garbage and very long values without throwing, and keeps notices short', () => {
    const long = 'x'.repeat(5000);
    const { problems } = parseLink(`?select=${long}&layers=%E0%A4%A&camera=NaN,1,1,1,1,1&hide=${long}`, KNOWN);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) expect(p.text.length).toBeLessThan(200);
  });

  it('rejects cameras that are far away or degenerate', () => {
    expect(parseLink('?camera=0,0,-500,0,0,0', KNOWN).view.camera).toBeUndefined();
    expect(parseLink('?camera=1,1,1,1,1,1', KNOWN).view.camera).toBeUndefined();
  });

  it('round-trips a view', () => {
    const view = {
      layers: ['superficial', 'intrinsic'] as const,
      hidden: ['trapezius.left'],
      selected: 't4',
      mode: 'clinician' as const,
      camera: { position: [0.1, 0.2, -0.9] as [number, number, number], target: [0, 0.1, 0] as [number, number, number] },
      isolated: null,
      xray: 'multifidus.left',
    };
    const query = serializeLink({ ...view, layers: [...view.layers] });
    expect(query).toBe(
      'layers=superficial,intrinsic&hide=trapezius.left&xray=multifidus.left&select=t4&mode=clinician&camera=0.1,0.2,-0.9,0,0.1,0',
    );
    const { view: back, problems } = parseLink(`?${query}`, KNOWN);
    expect(problems).toEqual([]);
    const { isolated: _none, ...rest } = view;
    expect(back).toEqual({ ...rest, layers: [...view.layers] });
  });
});

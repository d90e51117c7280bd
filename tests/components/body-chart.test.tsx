// The 2D body chart: the back view is seen from behind, so a zone on the patient's right (negative x) is drawn
// on the viewer's right of the back's centre line, and the front view mirrors that; its label names the shaded
// places in the mode's words and counts the marks.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bodyRegions, felt } from '../../content';
import { CANONICAL_ANCHORS } from '../../src/pain/anchors';
import { zoneRects, type ZoneRect } from '../../src/pain/zones';
import { BodyChart } from '../../src/overlays/BodyChart';

const regionName = (id: string, mode: 'patient' | 'clinician'): string => bodyRegions.find((r) => r.id === id)!.name[mode];

function backCentre(container: HTMLElement): number {
  const back = container.querySelector<SVGGElement>('[data-view="back"]')!;
  return Number(back.getAttribute('data-center-x'));
}

function zoneSpan(container: HTMLElement, i = 0): [number, number] {
  const rect = container.querySelector(`[data-zone="${i}"]`)!;
  const x = Number(rect.getAttribute('x'));
  return [x, x + Number(rect.getAttribute('width'))];
}

describe('BodyChart', () => {
  it('draws a zone on the patient\'s right on the viewer\'s right of the back view', () => {
    // Gallbladder: its main patch under the right shoulder blade (side "right": negative x).
    const zones = zoneRects({ ...felt['VIS-06']!, back: felt['VIS-06']!.back.slice(0, 1) }, CANONICAL_ANCHORS);
    expect(zones.length).toBe(1);
    expect(zones[0]!.x1).toBeLessThan(0);
    const { container } = render(<BodyChart mode="patient" zones={zones} />);
    const [from, to] = zoneSpan(container);
    const centre = backCentre(container);
    expect(from).toBeGreaterThan(centre);
    // Mapped 1 cm to 1 unit: the blade's medial border (6.9 cm) to its lateral border (16.4 cm).
    expect(from - centre).toBeCloseTo(CANONICAL_ANCHORS.edges['scapula-medial'], 5);
    expect(to - centre).toBeCloseTo(CANONICAL_ANCHORS.edges['scapula-lateral'], 5);
  });

  it('draws a zone on the patient\'s left on the viewer\'s left of the back view', () => {
    const zone: ZoneRect = { x0: 4, x1: 9, y0: -15, y1: -5, weight: 1 };
    const { container } = render(<BodyChart mode="patient" zones={[zone]} />);
    const [, to] = zoneSpan(container);
    expect(to).toBeLessThan(backCentre(container));
  });

  it('puts a side region on the patient\'s side in each view', () => {
    const { container } = render(<BodyChart mode="patient" regions={['arm-right']} />);
    // Both views draw the arm; the right arm is mirrored from the left-side shape in each view's frame.
    const shapes = container.querySelectorAll('[data-region="arm-right"]');
    expect(shapes.length).toBe(2);
    for (const shape of shapes) expect(shape.parentElement!.getAttribute('transform')).toBe('scale(-1 1)');
    const frames = [...shapes].map((s) => s.closest('[data-view]')!.querySelector('g[transform^="translate"]')!.getAttribute('transform'));
    // Front: patient's left to the viewer's right (x kept); back: x reversed.
    expect(frames[0]).toMatch(/scale\(1 -1\)$/);
    expect(frames[1]).toMatch(/scale\(-1 -1\)$/);
  });

  it('names the shaded regions in the mode\'s words and counts the marks', () => {
    const marks = [{ x: -10, y: -22 }, { x: 3, y: -8 }, { x: 0, y: -12 }];
    const { unmount } = render(<BodyChart mode="patient" regions={['chest-middle', 'arm-left']} marks={marks} />);
    const label = screen.getByRole('img').getAttribute('aria-label')!;
    expect(label).toMatch(/^Body chart\./);
    expect(label).toContain(regionName('chest-middle', 'patient'));
    expect(label).toContain(regionName('arm-left', 'patient'));
    expect(label).not.toContain(regionName('leg-left', 'patient'));
    expect(label).toContain('3 marks');
    unmount();

    render(<BodyChart mode="clinician" regions={['chest-middle']} marks={marks.slice(0, 1)} title="Chart" />);
    const clinician = screen.getByRole('img', { name: /^Chart\./ }).getAttribute('aria-label')!;
    expect(clinician).toContain(regionName('chest-middle', 'clinician'));
    expect(clinician).not.toContain(regionName('chest-middle', 'patient'));
    expect(clinician).toContain('1 mark.');
  });

  it('draws each mark as a numbered dot on the back view', () => {
    const { container } = render(<BodyChart mode="patient" marks={[{ x: -10, y: -22 }, { x: 3, y: -8 }]} />);
    const dots = container.querySelectorAll('[data-mark]');
    expect([...dots].map((d) => d.textContent)).toEqual(['1', '2']);
    const centre = backCentre(container);
    expect(Number(dots[0]!.querySelector('circle')!.getAttribute('cx'))).toBeCloseTo(centre + 10, 5);
    expect(Number(dots[1]!.querySelector('circle')!.getAttribute('cx'))).toBeCloseTo(centre - 3, 5);
  });

  it('has a shape for every content region, and a visible legend', () => {
    const ids = bodyRegions.map((r) => r.id);
    const { container } = render(<BodyChart mode="patient" regions={ids} />);
    for (const id of ids) expect(container.querySelector(`[data-region="${id}"]`), id).not.toBeNull();
    expect(screen.getByText('Where it is felt')).toBeTruthy();
    expect(screen.getByText('Your marks')).toBeTruthy();
    expect(screen.getByText('Front')).toBeTruthy();
    expect(screen.getByText('Back')).toBeTruthy();
  });
});

// The guided tour's steps are content (issue 15): schema-checked, and every layer, structure and cause a step
// names must exist, so a step can never open a view of nothing.
import { describe, expect, it } from 'vitest';
import { content, tour } from '../../content/index';
import { validateContent } from '../../content/validate';
import type { TourStep } from '../../content/types';

function withStep(change: (step: TourStep) => TourStep, index = 1): unknown {
  return { ...content, tour: content.tour.map((s, i) => (i === index ? change(structuredClone(s)) : s)) };
}

describe('tour content', () => {
  it('has at least eight steps with unique ids, both wordings and sources', () => {
    expect(tour.length).toBeGreaterThanOrEqual(8);
    expect(new Set(tour.map((s) => s.id)).size).toBe(tour.length);
    for (const s of tour) {
      expect(s.text.patient.length).toBeGreaterThan(20);
      expect(s.text.clinician.length).toBeGreaterThan(20);
      expect(s.text.sources.length).toBeGreaterThan(0);
    }
  });

  it('covers the subject: layers peeled one by one, posture, nerve roots, heart, gall bladder, aorta, warning signs', () => {
    const ids = tour.map((s) => s.id);
    for (const id of ['skin', 'superficial', 'intermediate', 'intrinsic', 'bone', 'strain-and-posture', 'nerve-roots', 'heart', 'gall-bladder', 'aorta', 'warning-signs'])
      expect(ids).toContain(id);
    const layersShown = tour.slice(0, 6).map((s) => s.view.layers.length);
    // Each peeling step shows no more layers than the one before.
    for (let i = 1; i < layersShown.length; i++) expect(layersShown[i]).toBeLessThanOrEqual(layersShown[i - 1] ?? 99);
  });

  it('tells people with heart-attack signs to call the emergency number now', () => {
    const heart = tour.find((s) => s.id === 'heart');
    expect(heart?.text.patient).toMatch(new RegExp(`call ${content.clinic.emergencyNumber} now`, 'i'));
  });

  it('is valid as shipped', () => {
    expect(validateContent(content)).toEqual([]);
  });

  it('fails a step that names an unknown structure', () => {
    const problems = validateContent(withStep((s) => ({ ...s, view: { ...s.view, select: 'rhomboid-huge.left' } })));
    expect(problems.some((p) => p.includes('unknown structure "rhomboid-huge.left"'))).toBe(true);
  });

  it('fails a paired structure named without its side, and a hidden node that does not exist', () => {
    expect(validateContent(withStep((s) => ({ ...s, view: { ...s.view, select: 'trapezius' } }))).join('\n')).toMatch(/not a node of the model/);
    expect(validateContent(withStep((s) => ({ ...s, view: { ...s.view, hide: ['t99'] } }))).join('\n')).toMatch(/unknown structure "t99"/);
  });

  it('fails a step that names an unknown cause or layer', () => {
    expect(validateContent(withStep((s) => ({ ...s, view: { ...s.view, cause: 'VIS-99' } }))).join('\n')).toMatch(/unknown cause "VIS-99"/);
    expect(
      validateContent(withStep((s) => ({ ...s, view: { ...s.view, layers: ['fascia' as never] } }))).some((p) => p.startsWith('schema: tour.1.view.layers')),
    ).toBe(true);
  });

  it('fails duplicate step ids and a tour shorter than eight steps', () => {
    expect(validateContent(withStep((s) => ({ ...s, id: tour[0]?.id ?? 'skin' }))).join('\n')).toMatch(/tour step id "skin" appears more than once/);
    expect(validateContent({ ...content, tour: tour.slice(0, 7) }).join('\n')).toMatch(/at least eight steps/);
  });
});

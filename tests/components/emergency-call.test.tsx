// Emergency causes offer the emergency call first (issue 12): on the view of every cause with urgency
// "emergency", the first thing that can be tapped is a tel: link to the clinic country's emergency number, and the
// clinic's own line is labelled as the appointments line, not for emergencies. Other causes show no such link first.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { causes, clinic, contactLabels } from '../../content';
import { InfoPanel } from '../../src/overlays/InfoPanel';
import { explorerStore } from '../../src/store/use-explorer';
import { resetStoreBeforeEach } from './reset-store';

resetStoreBeforeEach();

/** Links and buttons of a region, in document order. */
const actionable = (region: HTMLElement): HTMLElement[] => [...region.querySelectorAll<HTMLElement>('a[href], button')];

function openCause(id: string): HTMLElement {
  explorerStore.getState().openCause(id);
  render(<InfoPanel />);
  const cause = causes.find((c) => c.id === id)!;
  return screen.getByRole('region', { name: cause.name.patient });
}

describe('emergency cause views', () => {
  const emergencies = causes.filter((c) => c.urgency === 'emergency');

  it('exist (heart attack, aortic dissection, cord compression, major injury, …)', () => {
    expect(emergencies.map((c) => c.id)).toEqual(expect.arrayContaining(['VIS-01', 'VIS-02', 'VIS-03', 'NEU-07', 'TRA-01']));
  });

  for (const cause of emergencies) {
    it(`${cause.id}: "Call ${clinic.emergencyNumber} now" is the first thing to tap, and the clinic line says it is not for emergencies`, () => {
      const region = openCause(cause.id);
      const first = actionable(region)[0]!;
      expect(first.tagName).toBe('A');
      expect(first.textContent).toBe(`Call ${clinic.emergencyNumber} now`);
      expect(first.getAttribute('href')).toBe(`tel:${clinic.emergencyNumber}`);

      const clinicLink = within(region).getByRole('link', { name: clinic.phone });
      expect(clinicLink.getAttribute('href')).toBe(`tel:${clinic.phoneE164}`);
      const noteId = clinicLink.getAttribute('aria-describedby');
      expect(noteId).toBeTruthy();
      expect(region.querySelector(`#${noteId}`)?.textContent).toMatch(/not for emergencies/);
      // The emergency link comes before the clinic's line.
      const links = actionable(region);
      expect(links.indexOf(first)).toBeLessThan(links.indexOf(clinicLink));
    });
  }

  it('the words come from content, built from the clinic file', () => {
    expect(contactLabels.emergencyCall).toEqual({ label: `Call ${clinic.emergencyNumber} now`, href: `tel:${clinic.emergencyNumber}` });
    expect(contactLabels.clinicLineNote).toMatch(/appointments/);
  });
});

describe('other cause views', () => {
  it('start with the back button, not an emergency call (a routine cause: muscle strain)', () => {
    const region = openCause('MSK-01');
    const first = actionable(region)[0]!;
    expect(first.tagName).toBe('BUTTON');
    expect(within(region).queryByRole('link', { name: `Call ${clinic.emergencyNumber} now` })).toBeNull();
  });
});

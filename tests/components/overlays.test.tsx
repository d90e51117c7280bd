import { act as flush, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { causesForStructure, clinic } from '../../content';
import { InfoPanel } from '../../src/overlays/InfoPanel';
import { LayerPanel } from '../../src/overlays/LayerPanel';
import { explorerStore } from '../../src/store/use-explorer';
import { resetStoreBeforeEach } from './reset-store';

resetStoreBeforeEach();
const act = explorerStore.getState;

describe('structure overlay', () => {
  it('is a region headed by the display name with the side', () => {
    act().select('rhomboid-major.left');
    render(<InfoPanel />);
    const region = screen.getByRole('region', { name: 'Rhomboid major (left)' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Rhomboid major (left)');
    expect(within(region).getByText('How it can cause pain between the shoulder blades')).toBeTruthy();
  });

  it('lists related causes with emergency ones first, and opens a cause with the clinic shown', () => {
    act().select('rhomboid-major.left');
    render(<InfoPanel />);
    const related = causesForStructure('rhomboid-major');
    expect(related.length).toBeGreaterThan(0);
    const firstNonEmergency = related.findIndex((r) => r.cause.urgency !== 'emergency');
    expect(related.slice(firstNonEmergency).some((r) => r.cause.urgency === 'emergency')).toBe(false);

    const first = related[0]!.cause;
    fireEvent.click(screen.getByRole('button', { name: first.name.patient }));
    const region = screen.getByRole('region', { name: first.name.patient });
    expect(within(region).getByText(clinic.phone)).toBeTruthy();
  });

  it('reaches the warning signs in one click from every panel, with the emergency number', () => {
    for (const setup of [() => act().select('trapezius.right'), () => act().openCause('VIS-01'), () => act().select(null)]) {
      act().openStructurePanel();
      setup();
      const { unmount } = render(<InfoPanel />);
      fireEvent.click(screen.getAllByRole('button', { name: /Warning signs/ })[0]!);
      const region = screen.getByRole('region', { name: 'Warning signs' });
      expect(within(region).getByRole('link', { name: `Call ${clinic.emergencyNumber} now` }).getAttribute('href')).toBe(`tel:${clinic.emergencyNumber}`);
      unmount();
    }
  });

  it('switches wording with the mode and opens the anatomy details for clinicians', () => {
    act().select('trapezius.left');
    const { container, rerender } = render(<InfoPanel />);
    const patientText = container.textContent;
    expect(container.querySelector('details.anatomy')?.hasAttribute('open')).toBe(false);
    flush(() => act().setMode('clinician'));
    rerender(<InfoPanel />);
    expect(container.textContent).not.toBe(patientText);
    expect(container.querySelector('details.anatomy')?.hasAttribute('open')).toBe(true);
    expect(screen.getByText('Nerve supply')).toBeTruthy();
  });

  it('hide, isolate and x-ray act on the selected node', () => {
    act().select('trapezius.left');
    render(<InfoPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(act().hidden).toEqual(['trapezius.left']);
    fireEvent.click(screen.getByRole('button', { name: 'Isolate' }));
    expect(act().isolated).toEqual(['trapezius.left']);
    fireEvent.click(screen.getByRole('button', { name: 'Show the rest' }));
    expect(act().isolated).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'X-ray' }));
    expect(act().xray).toBe('trapezius.left');
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(act()).toMatchObject({ hidden: [], isolated: null, xray: null });
  });
});

describe('layer controls', () => {
  it('are switches named after the five layers that toggle the store', () => {
    render(<LayerPanel />);
    for (const name of ['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin']) {
      expect(screen.getByRole('switch', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('switch', { name: 'Superficial' }));
    expect(act().layers.superficial.visible).toBe(false);
    fireEvent.change(screen.getByRole('slider', { name: 'Intrinsic opacity' }), { target: { value: '40' } });
    expect(act().layers.intrinsic.opacity).toBeCloseTo(0.4);
  });
});

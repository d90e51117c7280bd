// The printable handout (contracts §3.6 "Handout"): the clinic and today's date, the open subject in the mode's
// words, the pain map's findings with emergency causes marked, the emergency signs with the number to call, the
// disclaimer, and the link as text and as a QR code made from that very link. Print and close work from the
// buttons, Escape closes, and the dialog takes focus.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { encode } from 'uqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { causeById, clinic, disclaimer, structureById, warningSigns } from '../../content';
import type { Mode } from '../../content/types';
import { Handout, type HandoutProps } from '../../src/overlays/Handout';
import { QR_OPTIONS } from '../../src/overlays/QrCode';

const LINK = 'https://explorer.example.org/?mode=patient&select=trapezius.left&marks=-10,-22';
const N = clinic.emergencyNumber;

function props(over: Partial<HandoutProps> = {}): HandoutProps {
  return {
    mode: 'patient',
    picture: 'data:image/png;base64,iVBORw0KGgo=',
    subject: { kind: 'structure', node: 'trapezius.left' },
    marks: [{ x: -10, y: -22 }, { x: 3, y: -8 }],
    beneath: [['skin', 'trapezius.right', 'rhomboid-major.right'], []],
    causes: [
      { id: 'VIS-01', emergency: true },
      { id: 'MSK-01', emergency: false },
    ],
    zones: [],
    regions: ['chest-middle'],
    link: LINK,
    date: new Date(2026, 11, 4, 12),
    onClose: () => {},
    ...over,
  };
}

const dialog = (): HTMLElement => screen.getByRole('dialog', { name: 'Handout' });

afterEach(() => vi.restoreAllMocks());

describe('Handout', () => {
  it('is a modal dialog named by its "Handout" heading, portalled onto <body>, that takes focus', () => {
    const { container } = render(<Handout {...props()} />);
    const d = dialog();
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(within(d).getByRole('heading', { name: 'Handout' })).toBeTruthy();
    expect(document.activeElement).toBe(d);
    // Out of the app's own tree, so print CSS can hide everything but the handout.
    expect(container.contains(d)).toBe(false);
    expect(d.closest('.handout-print-root')?.parentElement).toBe(document.body);
  });

  it('makes the app behind it inert while open and gives focus back on close', () => {
    const app = document.createElement('div');
    app.id = 'root';
    const opener = document.createElement('button');
    app.append(opener);
    document.body.append(app);
    opener.focus();
    const { unmount } = render(<Handout {...props()} />);
    expect(app.inert).toBe(true);
    expect(document.activeElement).toBe(dialog());
    unmount();
    expect(app.inert).toBe(false);
    expect(document.activeElement).toBe(opener);
    app.remove();
  });

  it('shows the clinic\'s name and phone and today\'s date written out', () => {
    render(<Handout {...props()} />);
    const d = dialog();
    expect(within(d).getAllByText(clinic.name).length).toBeGreaterThan(0);
    const phone = within(d).getAllByRole('link', { name: clinic.phone })[0]!;
    expect(phone.getAttribute('href')).toBe(`tel:${clinic.phoneE164}`);
    const date = within(d).getByText('4 December 2026');
    expect(date.getAttribute('datetime')).toBe('2026-12-04');
  });

  it('shows the picture with alt text naming the view, or says plainly that there is none', () => {
    const { unmount } = render(<Handout {...props()} />);
    const img = within(dialog()).getByRole('img', { name: /3D view.*Trapezius \(left\)/ });
    expect(img.getAttribute('src')).toBe(props().picture);
    unmount();
    render(<Handout {...props({ picture: null })} />);
    expect(within(dialog()).queryByRole('img', { name: /3D view/ })).toBeNull();
    expect(within(dialog()).getByText(/picture of the 3D view is not available/)).toBeTruthy();
  });

  for (const [mode, other] of [['patient', 'clinician'], ['clinician', 'patient']] as [Mode, Mode][]) {
    it(`shows the open structure in ${mode} words, not ${other} words`, () => {
      render(<Handout {...props({ mode })} />);
      const d = dialog();
      const s = structureById('trapezius')!;
      expect(within(d).getByRole('heading', { name: 'Trapezius (left)' })).toBeTruthy();
      expect(d.textContent).toContain(s.function[mode]);
      expect(d.textContent).toContain(s.painRole[mode]);
      expect(d.textContent).not.toContain(s.function[other]);
      expect(d.textContent).not.toContain(s.painRole[other]);
    });

    it(`shows every emergency sign in ${mode} words, with "Call ${N} now", and the ${mode} disclaimer`, () => {
      render(<Handout {...props({ mode })} />);
      const d = dialog();
      const alert = within(d).getByRole('region', { name: /Warning signs/ });
      const tierA = warningSigns.filter((w) => w.tier === 'emergency');
      expect(tierA.length).toBeGreaterThan(0);
      for (const w of tierA) {
        expect(alert.textContent).toContain(w.sign[mode]);
        expect(alert.textContent).not.toContain(w.sign[other]);
      }
      const call = within(alert).getByRole('link', { name: `Call ${N} now` });
      expect(call.getAttribute('href')).toBe(`tel:${N}`);
      expect(d.textContent).toContain(disclaimer[mode]);
      expect(d.textContent).not.toContain(disclaimer[other]);
    });
  }

  it('opens an emergency cause with the call first, then its name and words in the mode', () => {
    render(<Handout {...props({ mode: 'clinician', subject: { kind: 'cause', id: 'VIS-01' } })} />);
    const d = dialog();
    const cause = causeById('VIS-01')!;
    const heading = within(d).getByRole('heading', { name: cause.name.clinician });
    const section = heading.closest('section')!;
    const first = section.querySelector('a[href]')!;
    expect(first.textContent).toBe(`Call ${N} now`);
    expect(first.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const claim of [cause.feelsLike, cause.regions, cause.whatHelps, cause.whenToSeeDoctor]) {
      expect(section.textContent).toContain(claim.clinician);
      expect(section.textContent).not.toContain(claim.patient);
    }
  });

  it('lists what lies beneath each mark by display name, and the likely causes with Emergency marked', () => {
    render(<Handout {...props()} />);
    const d = dialog();
    const findings = within(d).getByRole('heading', { name: 'Where it hurts' }).closest('section')!;
    const marks = findings.querySelectorAll('.handout-marks li');
    expect(marks.length).toBe(2);
    expect(marks[0]!.textContent).toContain('Trapezius (right), Rhomboid major (right)');
    expect(marks[0]!.textContent).not.toContain('trapezius.right');

    const items = [...findings.querySelectorAll('.handout-causes li')];
    const heart = items.find((li) => li.textContent!.includes(causeById('VIS-01')!.name.patient))!;
    const strain = items.find((li) => li.textContent!.includes(causeById('MSK-01')!.name.patient))!;
    expect(within(heart as HTMLElement).getByText('Emergency')).toBeTruthy();
    expect(within(strain as HTMLElement).queryByText('Emergency')).toBeNull();
    // In the order given (the pain map ranks them).
    expect(items.indexOf(heart)).toBeLessThan(items.indexOf(strain));
  });

  it('says the structures are not known yet while beneath is null', () => {
    render(<Handout {...props({ beneath: null })} />);
    const marks = dialog().querySelectorAll('.handout-marks li');
    expect([...marks].every((li) => /not known yet/.test(li.textContent!))).toBe(true);
  });

  it('shows the link as text and as a QR code of exactly that link', () => {
    render(<Handout {...props()} />);
    const d = dialog();
    expect(within(d).getByRole('link', { name: LINK }).getAttribute('href')).toBe(LINK);
    const qr = within(d).getByRole('img', { name: /QR code/ });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    const expected = encode(LINK, QR_OPTIONS);
    expect(Number(qr.getAttribute('data-modules'))).toBe(expected.size);
    // The viewBox spans the modules plus the same quiet zone on each side.
    const [x, , w] = qr.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w! + 2 * x!).toBe(expected.size);
    // Every dark module, and only those, is drawn.
    const drawn = new Set([...qr.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    const dark = new Set(expected.data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))));
    expect(drawn.size).toBe(dark.size);
    expect([...dark].every((k) => drawn.has(k))).toBe(true);
    // A different link gives a different code, so the check above means something.
    expect(encode(`${LINK}&x=1`, QR_OPTIONS).data).not.toEqual(expected.data);
  });

  it('includes the body chart with the regions and marks', () => {
    render(<Handout {...props()} />);
    const chart = within(dialog()).getByRole('img', { name: /^Body chart\./ });
    expect(chart.getAttribute('aria-label')).toContain('the middle of your chest');
    expect(chart.getAttribute('aria-label')).toContain('2 marks');
  });

  it('prints with "Print or save as PDF", closes with "Close" and with Escape', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const onClose = vi.fn();
    render(<Handout {...props({ onClose })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(dialog(), { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

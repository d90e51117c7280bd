// The printable handout of the current view: one or two A4 pages a patient takes home, readable when printed in
// black and white. It shows the clinic, the date, the picture of the 3D view, what is open, the pain map's
// findings, the body chart, the emergency warning signs with the number to call, the disclaimer and the link
// (also as a QR code made on the device). On screen it is a modal dialog over the app; in print only it is
// printed (handout.css), which is why it is portalled out of #root onto <body>.
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { causeById, clinic, contactLabels, disclaimer, structureById, urgencyLabels, warningSigns, warningTiers } from '../../content';
import type { BodyRegionId, Mode } from '../../content/types';
import { parseNodeName } from '../../contract';
import type { BackPoint, ZoneRect } from '../pain/zones';
import { BodyChart } from './BodyChart';
import { displayName } from './display-name';
import { QrCode } from './QrCode';
import { UrgencyBadge } from './UrgencyBadge';
import './handout.css';

export type HandoutSubject = { kind: 'structure'; node: string } | { kind: 'cause'; id: string } | null;

export interface HandoutProps {
  mode: Mode;
  /** PNG data URL of the 3D view as it is on screen, or null when unavailable (then the handout says so). */
  picture: string | null;
  /** What is open: a structure node (e.g. "trapezius.left"), a cause id, or nothing. */
  subject: HandoutSubject;
  /** Pain-map marks (cm, model frame), numbered from 1 in this order. */
  marks: readonly BackPoint[];
  /** Per mark, the node names beneath it from the skin inwards; null while unknown. */
  beneath: readonly (readonly string[])[] | null;
  /** Likely causes for the marks, ranked (shown in this order), with emergency ones flagged. */
  causes: readonly { id: string; emergency: boolean }[];
  /** Zones for the body chart (the open cause's, or the top causes'). */
  zones: readonly ZoneRect[];
  /** Regions past the back for the body chart. */
  regions: readonly BodyRegionId[];
  /** The link that reproduces this view (absolute URL). */
  link: string;
  /** Today (injectable for tests). */
  date: Date;
  /** Closes the handout. */
  onClose(): void;
}

/**
 * content/clinic.ts names no locale; en-GB writes the date as "4 December 2026", which no reader anywhere
 * can misread as another day (unlike 12/4/2026).
 */
const DATE_LOCALE = 'en-GB';

const longDate = (date: Date): string =>
  new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
const isoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The clinic's line, labelled as the appointments line so nobody calls it instead of the emergency number. */
function ClinicLine() {
  const noteId = useId();
  return (
    <p className="handout-clinic">
      <strong>{clinic.name}</strong>{' '}
      <a href={`tel:${clinic.phoneE164}`} aria-describedby={noteId}>
        {clinic.phone}
      </a>{' '}
      <span id={noteId} className="handout-note">
        ({contactLabels.clinicLineNote})
      </span>
    </p>
  );
}

function CallNow() {
  return (
    <p className="handout-call">
      <a href={contactLabels.emergencyCall.href}>{contactLabels.emergencyCall.label}</a>
    </p>
  );
}

/** What the open subject is called, for the picture's alt text; null when nothing is open or it is unknown. */
function subjectName(subject: HandoutSubject, mode: Mode): string | null {
  if (subject?.kind === 'structure') return parseNodeName(subject.node) ? displayName(subject.node) : null;
  if (subject?.kind === 'cause') return causeById(subject.id)?.name[mode] ?? null;
  return null;
}

function StructureSection({ node, mode }: { node: string; mode: Mode }) {
  const parsed = parseNodeName(node);
  const s = parsed ? structureById(parsed.structure) : undefined;
  if (!s) return null;
  return (
    <section className="handout-section">
      <h3>{displayName(node)}</h3>
      <h4>What it does</h4>
      <p>{s.function[mode]}</p>
      <h4>How it can cause pain</h4>
      <p>{s.painRole[mode]}</p>
    </section>
  );
}

function CauseSection({ id, mode }: { id: string; mode: Mode }) {
  const cause = causeById(id);
  if (!cause) return null;
  const parts = [
    ['What it feels like', cause.feelsLike],
    ['Where', cause.regions],
    ['What helps', cause.whatHelps],
    ['When to see a doctor', cause.whenToSeeDoctor],
  ] as const;
  return (
    <section className="handout-section">
      <div className="handout-title-row">
        {/* An emergency cause says what to do before anything else, as its view in the app does. */}
        {cause.urgency === 'emergency' ? <CallNow /> : null}
        <h3>{cause.name[mode]}</h3>
        <UrgencyBadge urgency={cause.urgency} />
      </div>
      {parts.map(([title, claim]) => (
        <div key={title}>
          <h4>{title}</h4>
          <p>{claim[mode]}</p>
        </div>
      ))}
      <ClinicLine />
    </section>
  );
}

function Findings({ marks, beneath, causes, mode }: Pick<HandoutProps, 'marks' | 'beneath' | 'causes' | 'mode'>) {
  const known = causes.flatMap((c) => {
    const cause = causeById(c.id);
    return cause ? [{ ...c, name: cause.name[mode] }] : [];
  });
  if (marks.length === 0 && known.length === 0) return null;
  return (
    <section className="handout-section handout-findings">
      <h3>Where it hurts</h3>
      <div className="handout-findings-grid">
        {marks.length > 0 ? (
          <ol className="handout-marks">
            {marks.map((_, i) => {
              const nodes = beneath?.[i];
              return (
                <li key={i}>
                  <span className="handout-mark-label">Mark {i + 1}:</span>{' '}
                  {nodes === undefined ? 'not known yet' : nodes.length === 0 ? 'nothing found beneath' : nodes.map(displayName).join(', ')}
                </li>
              );
            })}
          </ol>
        ) : null}
        {known.length > 0 ? (
          <div>
            <h4>Likely causes</h4>
            <ol className="handout-causes">
              {known.map((c) => (
                <li key={c.id}>
                  {c.name}
                  {c.emergency ? (
                    <>
                      {' '}
                      <strong className="handout-emergency">{urgencyLabels.emergency}</strong>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function WarningSigns({ mode }: { mode: Mode }) {
  const tier = warningTiers.find((t) => t.tier === 'emergency');
  const signs = warningSigns.filter((w) => w.tier === 'emergency');
  const headingId = useId();
  return (
    <section className="handout-section handout-alert" aria-labelledby={headingId}>
      <div className="handout-title-row">
        <h3 id={headingId}>Warning signs{tier ? `: ${tier.title[mode]}` : ''}</h3>
        <CallNow />
      </div>
      {tier ? <p>{tier.action[mode]}</p> : null}
      <ul>
        {signs.map((w) => (
          <li key={w.id}>{w.sign[mode]}</li>
        ))}
      </ul>
    </section>
  );
}

export function Handout(props: HandoutProps) {
  const { mode, picture, subject, marks, zones, regions, link, date, onClose } = props;
  const headingId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  // A modal: focus moves in, the app behind goes inert (no Tab stops, no clicks) and focus returns on close.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    const wasInert = root?.inert ?? false;
    if (root) root.inert = true;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (root) root.inert = wasInert;
      before?.focus();
    };
  }, []);

  const name = subjectName(subject, mode);
  const alt = name ? `The 3D view as it was on screen, showing ${name}` : 'The 3D view as it was on screen';

  return createPortal(
    <div className="handout-print-root">
      <div ref={dialog} className="handout" role="dialog" aria-modal="true" aria-labelledby={headingId} tabIndex={-1}>
        <div className="handout-actions">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" onClick={() => close.current()}>
            Close
          </button>
        </div>

        <header className="handout-header">
          <h2 id={headingId}>Handout</h2>
          <div className="handout-from">
            <ClinicLine />
            <p className="handout-date">
              <time dateTime={isoDate(date)}>{longDate(date)}</time>
            </p>
          </div>
        </header>

        <div className="handout-views">
          <figure className="handout-picture">
            {picture ? <img src={picture} alt={alt} /> : <p className="handout-no-picture">The picture of the 3D view is not available.</p>}
          </figure>
          <div className="handout-chart">
            <BodyChart zones={zones} regions={regions} marks={marks} mode={mode} />
          </div>
          {/* The QR code sits beside the pictures, where the row has room: it keeps the handout to two pages. */}
          <figure className="handout-qr">
            <QrCode value={link} label="QR code of the link to this view" />
            <figcaption>Scan to open this view</figcaption>
          </figure>
        </div>

        {subject?.kind === 'structure' ? <StructureSection node={subject.node} mode={mode} /> : null}
        {subject?.kind === 'cause' ? <CauseSection id={subject.id} mode={mode} /> : null}
        <Findings marks={marks} beneath={props.beneath} causes={props.causes} mode={mode} />
        <WarningSigns mode={mode} />
        <footer className="handout-section handout-footer">
          <p className="handout-disclaimer">{disclaimer[mode]}</p>
          <p className="handout-link">
            <strong>Open this view again:</strong> <a href={link}>{link}</a>
          </p>
        </footer>
      </div>
    </div>,
    document.body,
  );
}

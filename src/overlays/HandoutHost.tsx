// Opens the handout with what the screen shows now: the picture the scene took, the open structure or cause,
// the pain map's findings ranked as in the panel, and the link of this view. Always in patient words: the
// page goes home with the patient.
import { lazy, Suspense, useMemo } from 'react';
import { paintedRegions, paintedZone } from '../store/painted-zone';
import { explorerStore, useExplorer } from '../store/use-explorer';
import type { HandoutSubject } from './Handout';
import { usePainRanking } from './use-pain-ranking';

// The handout (and its QR encoder) is its own chunk: the first paint never needs it. It is fetched in idle
// time once the model has settled (startup.ts), so opening it is immediate; until it is there a plain
// dialog says it is on its way.
export const loadHandout = () => import('./Handout');
const Handout = lazy(() => loadHandout().then((m) => ({ default: m.Handout })));

function Preparing() {
  return (
    <div className="handout-preparing" role="dialog" aria-label="Handout" aria-busy="true">
      Preparing the handout…
    </div>
  );
}

/** How many causes of each kind the handout lists: the best fits, so the page stays within two A4 sheets. */
const LISTED = 4;

export function HandoutHost() {
  const open = useExplorer((s) => s.handoutOpen);
  const picture = useExplorer((s) => s.snapshot);
  const panel = useExplorer((s) => s.panel);
  const selected = useExplorer((s) => s.selected);
  const referralShown = useExplorer((s) => s.referralShown);
  const anchors = useExplorer((s) => s.anchors);
  const marks = useExplorer((s) => s.marks);
  const beneath = useExplorer((s) => s.beneath);
  const ranking = usePainRanking();
  const ranked = useMemo(
    () => [...ranking.emergencies.slice(0, LISTED), ...ranking.others.slice(0, LISTED)].map((c) => ({ id: c.id, emergency: c.emergency })),
    [ranking],
  );
  if (!open) return null;
  const subject: HandoutSubject =
    panel.kind === 'cause' ? { kind: 'cause', id: panel.id } : selected && panel.kind === 'structure' ? { kind: 'structure', node: selected } : null;
  const zoneInput = { panel, selected, referralShown, anchors };
  return (
    <Suspense fallback={<Preparing />}>
      <Handout
      mode="patient"
      picture={picture}
      subject={subject}
      marks={marks}
      beneath={beneath}
      causes={ranked}
      zones={paintedZone(zoneInput)}
      regions={paintedRegions(zoneInput)}
      link={window.location.href}
      date={new Date()}
      onClose={() => explorerStore.getState().closeHandout()}
      />
    </Suspense>
  );
}

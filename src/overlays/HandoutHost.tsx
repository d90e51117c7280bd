// Opens the handout with what the screen shows now: the picture the scene took, the open structure or cause,
// the pain map's findings ranked as in the panel, and the link of this view. Always in patient words: the
// page goes home with the patient.
import { lazy, Suspense, useMemo } from 'react';
import { causes, felt, painQuestions } from '../../content';
import { rankCauses } from '../pain/ranking';
import { paintedRegions, paintedZone } from '../store/painted-zone';
import { explorerStore, useExplorer } from '../store/use-explorer';
import type { HandoutSubject } from './Handout';

// The handout (and its QR encoder) is loaded the first time it is opened: the first paint never needs it.
const Handout = lazy(() => import('./Handout').then((m) => ({ default: m.Handout })));

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
  const answers = useExplorer((s) => s.answers);
  const beneath = useExplorer((s) => s.beneath);
  const ranked = useMemo(() => {
    if (marks.length === 0 && Object.keys(answers).length === 0) return [];
    const r = rankCauses({ marks, answers, anchors, causes, felt, questions: painQuestions });
    return [...r.emergencies.slice(0, LISTED), ...r.others.slice(0, LISTED)].map((c) => ({ id: c.id, emergency: c.emergency }));
  }, [marks, answers, anchors]);
  if (!open) return null;
  const subject: HandoutSubject =
    panel.kind === 'cause' ? { kind: 'cause', id: panel.id } : selected && panel.kind === 'structure' ? { kind: 'structure', node: selected } : null;
  const zoneInput = { panel, selected, referralShown, anchors };
  return (
    <Suspense fallback={null}>
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

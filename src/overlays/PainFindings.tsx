// "Where it hurts": the pain map's findings. What lies beneath each mark from the skin inwards (whatever is
// hidden), the questions drawn from the warning signs, and the likely causes with emergencies first and
// marked. An answer that matches an emergency sign puts the call first, at once.
import { useMemo, useState } from 'react';
import { causeById, painMapCallout, painMapNote, painQuestions, warningSigns } from '../../content';
import type { Mode } from '../../content/types';
import { emergencySignsAnswered, type RankedCause } from '../pain/ranking';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { displayName } from './display-name';
import { EmergencyCallLink } from './EmergencyCallLink';
import { UrgencyBadge } from './UrgencyBadge';
import { usePainRanking } from './use-pain-ranking';
import { WarningSignsButton } from './WarningSignsButton';

/** How many of each list show before "Show all": the best fits first, the rest one tap away. */
const SHOWN = 6;

function RankedList({ items, mode, className }: { items: RankedCause[]; mode: Mode; className: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ol className={className}>
        {shown.map((r) => (
          <CauseItem key={r.id} ranked={r} mode={mode} />
        ))}
      </ol>
      {items.length > SHOWN ? (
        <button type="button" className="show-all" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      ) : null}
    </>
  );
}

export interface PainFindingsProps {
  mode: Mode;
}

function CauseItem({ ranked, mode }: { ranked: RankedCause; mode: Mode }) {
  const cause = causeById(ranked.id);
  if (!cause) return null;
  return (
    <li>
      <button type="button" className="cause-link" onClick={() => explorerStore.getState().openCause(cause.id)}>
        {cause.name[mode]}
      </button>{' '}
      {ranked.emergency ? <span className="badge badge-emergency">Emergency</span> : <UrgencyBadge urgency={cause.urgency} />}
    </li>
  );
}

function Questions({ mode }: { mode: Mode }) {
  const answers = useExplorer((s) => s.answers);
  return (
    <div className="pain-questions">
      {painQuestions.map((q) => {
        const now = answers[q.id];
        const set = (value: 'yes' | 'no'): void => explorerStore.getState().answer(q.id, now === value ? null : value);
        return (
          <div key={q.id} role="group" aria-labelledby={`q-${q.id}`} className="pain-question">
            <p id={`q-${q.id}`}>{q.question[mode]}</p>
            <button type="button" aria-pressed={now === 'yes'} onClick={() => set('yes')}>
              Yes
            </button>
            <button type="button" aria-pressed={now === 'no'} onClick={() => set('no')}>
              No
            </button>
          </div>
        );
      })}
    </div>
  );
}

export function PainFindings({ mode }: PainFindingsProps) {
  const marks = useExplorer((s) => s.marks);
  const answers = useExplorer((s) => s.answers);
  const beneath = useExplorer((s) => s.beneath);
  const modelReady = useExplorer((s) => s.modelStatus === 'ready');
  const ranking = usePainRanking();
  const urgent = useMemo(() => emergencySignsAnswered(answers, painQuestions, warningSigns), [answers]);
  const store = explorerStore.getState();

  return (
    <section className="panel-body pain-findings" aria-labelledby="pain-heading">
      {urgent.length > 0 ? (
        <div className="emergency-callout pain-callout" role="alert">
          <p>
            <strong>{painMapCallout[mode]}</strong>
          </p>
          <p className="emergency-call">
            <EmergencyCallLink />
          </p>
          <ul>
            {urgent.map((s) => (
              <li key={s.id}>{s.sign[mode]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2 id="pain-heading">Where it hurts</h2>
      {marks.length === 0 ? (
        <p className="pain-hint">
          Tap or click the back where it hurts. You can place several marks. Drag to turn the body.
        </p>
      ) : (
        <>
          <h3>{mode === 'patient' ? 'What lies under your marks' : 'Structures beneath the marks (superficial to deep)'}</h3>
          {beneath === null ? (
            <p>{modelReady ? 'Looking…' : 'The 3D model is needed to find what lies under the marks.'}</p>
          ) : (
            <ol className="beneath-list">
              {marks.map((m, i) => (
                <li key={`${m.x}:${m.y}`}>
                  <span className="mark-number">Mark {i + 1}</span>
                  <ul className="chip-list">
                    {(beneath[i] ?? []).map((node) => (
                      <li key={node}>
                        <button type="button" className="chip" onClick={() => store.select(node)}>
                          {displayName(node)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <h3>{mode === 'patient' ? 'A few questions' : 'Red-flag questions'}</h3>
      <Questions mode={mode} />
      {marks.length > 0 || Object.keys(answers).length > 0 ? (
        <>
          <h3>{mode === 'patient' ? 'What can cause pain here' : 'Differential for the marked area'}</h3>
          {ranking.emergencies.length + ranking.others.length === 0 ? (
            <p>No cause in this guide is felt mainly at these marks. Your doctor can tell you more.</p>
          ) : null}
          {ranking.emergencies.length > 0 ? (
            <>
              <h4>{mode === 'patient' ? 'Rule these out first' : 'Exclude first (emergencies)'}</h4>
              <RankedList items={ranking.emergencies} mode={mode} className="cause-list emergencies" />
            </>
          ) : null}
          {ranking.others.length > 0 ? (
            <>
              <h4>{mode === 'patient' ? 'Other likely causes' : 'Other causes, best fit first'}</h4>
              <RankedList items={ranking.others} mode={mode} className="cause-list" />
            </>
          ) : null}
        </>
      ) : null}
      <p className="disclaimer">{painMapNote[mode]}</p>
      <div className="pain-actions">
        <button type="button" onClick={() => store.clearMarks()} disabled={marks.length === 0}>
          Clear marks
        </button>
        <WarningSignsButton className="inline" />
      </div>
    </section>
  );
}

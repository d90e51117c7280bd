// The guided tour (issue 15): a region named "Tour: Pain between the shoulder blades" at the bottom edge of the
// canvas (at the top under the bar where the information panel is a bottom sheet), never over its centre. Each
// step sets its view through the store and the link follows (`tour=`); "Back", "Next" and "Leave tour" work by
// mouse, touch and keyboard (Escape leaves too). A screen reader hears each step: the step is a polite live
// region, and opening the tour moves the focus to its heading.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { tour, tourTitle } from '../../content';
import { prefersReducedMotion } from '../scene/reduced-motion';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { SourceList } from './SourceList';

/** Shows a step of the tour: its view on the model, the camera flying unless motion is reduced. */
export function goToTourStep(index: number): void {
  const step = tour[Math.max(0, Math.min(tour.length - 1, index))];
  if (step) explorerStore.getState().showTourStep(step.id, step.view, prefersReducedMotion());
}

/** Where the focus goes back to when an activity closes: its top-bar button, or "More" when that is folded away. */
export function focusActivityButton(kind: 'tour' | 'quiz'): void {
  const button = document.querySelector<HTMLElement>(`[data-activity="${kind}"]`);
  if (button && button.offsetParent !== null) button.focus();
  else document.querySelector<HTMLElement>('.more-button')?.focus();
}

export function TourPanel() {
  const stepId = useExplorer((s) => s.tourStep);
  const mode = useExplorer((s) => s.mode);
  const heading = useRef<HTMLHeadingElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const open = stepId !== null;
  const index = tour.findIndex((t) => t.id === stepId);

  // Opening the tour takes the focus to it; the steps after that are announced by the live region.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  // A button that just became disabled (Next on the last step, Back on the first) would drop the focus to the
  // page; it moves to the control that still makes sense instead.
  const move = (to: number): void => {
    goToTourStep(to);
    if (to >= tour.length - 1) leaveButton.current?.focus();
    else if (to <= 0) next.current?.focus();
  };

  const step = tour[index];
  if (!open || !step) return null;
  const leave = (): void => {
    explorerStore.getState().leaveTour();
    focusActivityButton('tour');
  };
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      leave();
    }
  };
  const last = index === tour.length - 1;
  return (
    <section className="activity-panel tour-panel" aria-labelledby="tour-heading" data-covers-stage onKeyDown={onKey}>
      <div className="activity-head">
        <h2 id="tour-heading" ref={heading} tabIndex={-1}>
          Tour: {tourTitle}
        </h2>
        <button ref={leaveButton} type="button" className="activity-leave" onClick={leave}>
          Leave tour
        </button>
      </div>
      <div className="activity-body">
        <div aria-live="polite" aria-atomic="true" className="tour-step">
          <p className="activity-count">
            Step {index + 1} of {tour.length}
          </p>
          <h3>{step.title[mode]}</h3>
          <p>{step.text[mode]}</p>
        </div>
        <SourceList claims={[step.text]} mode={mode} />
      </div>
      <div className="activity-nav">
        <button ref={back} type="button" onClick={() => move(index - 1)} disabled={index === 0}>
          Back
        </button>
        <button ref={next} type="button" className="primary" onClick={() => move(index + 1)} disabled={last}>
          Next
        </button>
      </div>
    </section>
  );
}

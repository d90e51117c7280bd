// Top edge, one row from a landscape tablet up: the drawer button (narrow screens), the app's name, search,
// the view actions (wording, copy link, reset view) and the warning signs, always in sight and styled as an
// alert. Where the row is short of room (portrait tablets, phones) the view actions fold into "More".
import { useEffect, useRef, useState } from 'react';
import { explorerStore } from '../store/use-explorer';
import { ConsultViewButton, HandoutButton, PainMapButton } from './ConsultButtons';
import { CopyLinkButton } from './CopyLinkButton';
import { MenuIcon, ResetIcon } from './icons';
import { ModeSwitch } from './ModeSwitch';
import { SearchBox } from './SearchBox';
import { WarningSignsButton } from './WarningSignsButton';
import { goToTourStep } from './TourPanel';
import { useExplorer } from '../store/use-explorer';

export interface TopBarProps {
  /** Shows the drawer button that opens the left panel on narrow screens. */
  onToggleDrawer: () => void;
  drawerOpen: boolean;
}

export function TopBar({ onToggleDrawer, drawerOpen }: TopBarProps) {
  const [moreOpen, setMoreOpen] = useState(false);
  const consult = useExplorer((s) => s.consult);
  const more = useRef<HTMLButtonElement>(null);
  const actions = useRef<HTMLDivElement>(null);

  // The folded actions close on Escape (the focus back on "More") and on a press anywhere else.
  useEffect(() => {
    if (!moreOpen) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      setMoreOpen(false);
      more.current?.focus();
    };
    const onPress = (e: PointerEvent): void => {
      const t = e.target as Node;
      if (!actions.current?.contains(t) && !more.current?.contains(t)) setMoreOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress);
    };
  }, [moreOpen]);

  return (
    <header className="topbar" data-covers-stage>
      <button
        type="button"
        className="drawer-button"
        aria-expanded={drawerOpen}
        aria-controls="left-panel"
        onClick={onToggleDrawer}
      >
        <MenuIcon />
        <span className="drawer-label">Layers &amp; list</span>
      </button>
      <h1>Upper Back Explorer</h1>
      <SearchBox />
      <PainMapButton />
      {/* In the consultation view the handout is one tap away, in words. */}
      {consult ? <HandoutButton labelled /> : null}
      <button
        ref={more}
        type="button"
        className="more-button"
        aria-expanded={moreOpen}
        aria-controls="view-actions"
        onClick={() => setMoreOpen((o) => !o)}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      <div id="view-actions" ref={actions} className={`view-actions ${moreOpen ? 'open' : ''}`}>
        {consult ? null : <HandoutButton onChosen={() => setMoreOpen(false)} />}
        <ConsultViewButton onChosen={() => setMoreOpen(false)} />
        {/* The consultation view keeps only what a consultation needs. */}
        {consult ? null : <LearnButtons onChosen={() => setMoreOpen(false)} />}
        <ModeSwitch />
        <CopyLinkButton />
        <button
          type="button"
          className="icon-button"
          title="Reset view"
          onClick={() => {
            explorerStore.getState().resetView();
            setMoreOpen(false);
          }}
        >
          <ResetIcon />
          <span className="icon-label">Reset view</span>
        </button>
      </div>
      <WarningSignsButton />
    </header>
  );
}

/** "Tour" and "Quiz" (issue 15): toggles that open the guided tour at its first step and a quiz round. */
function LearnButtons({ onChosen }: { onChosen: () => void }) {
  const tourOpen = useExplorer((s) => s.tourStep !== null);
  const quizOpen = useExplorer((s) => s.quizOpen);
  return (
    <>
      <button
        type="button"
        data-activity="tour"
        aria-pressed={tourOpen}
        onClick={() => {
          if (tourOpen) explorerStore.getState().leaveTour();
          else goToTourStep(0);
          onChosen();
        }}
      >
        Tour
      </button>
      <button
        type="button"
        data-activity="quiz"
        aria-pressed={quizOpen}
        onClick={() => {
          const store = explorerStore.getState();
          if (quizOpen) store.leaveQuiz();
          else store.startQuiz();
          onChosen();
        }}
      >
        Quiz
      </button>
    </>
  );
}

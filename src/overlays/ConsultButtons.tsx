// The consultation's three switches: "Where does it hurt?" (the pain map, a toggle), "Consultation view"
// (a toggle) and "Handout" (opens the printable page of the current view).
import { explorerStore, useExplorer } from '../store/use-explorer';
import { ConsultIcon, PrintIcon } from './icons';

export function PainMapButton() {
  const on = useExplorer((s) => s.painMap);
  return (
    <button
      type="button"
      className="pain-map-button"
      aria-pressed={on}
      onClick={() => explorerStore.getState().setPainMap(!on)}
    >
      Where does it hurt?
    </button>
  );
}

export interface ChosenProps {
  /** Called after the choice, e.g. to fold the "More" menu. Default: nothing. */
  onChosen?: () => void;
}

export function ConsultViewButton({ onChosen }: ChosenProps) {
  const on = useExplorer((s) => s.consult);
  return (
    <button
      type="button"
      className="icon-button"
      title="Consultation view"
      aria-pressed={on}
      onClick={() => {
        explorerStore.getState().setConsult(!on);
        onChosen?.();
      }}
    >
      <ConsultIcon />
      <span className="icon-label">Consultation view</span>
    </button>
  );
}

export interface HandoutButtonProps extends ChosenProps {
  /** Show the word beside the icon (the consultation view's top bar). Default false: the icon, the word kept as its name. */
  labelled?: boolean;
}

export function HandoutButton({ onChosen, labelled = false }: HandoutButtonProps) {
  return (
    <button
      type="button"
      className={labelled ? 'icon-button labelled' : 'icon-button'}
      title="Handout"
      onClick={() => {
        explorerStore.getState().openHandout();
        onChosen?.();
      }}
    >
      <PrintIcon />
      <span className="icon-label">Handout</span>
    </button>
  );
}

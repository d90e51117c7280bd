// The consultation's three switches: "Where does it hurt?" (the pain map, a toggle), "Consultation view"
// (a toggle) and "Handout" (opens the printable page of the current view).
import { explorerStore, useExplorer } from '../store/use-explorer';

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
      aria-pressed={on}
      onClick={() => {
        explorerStore.getState().setConsult(!on);
        onChosen?.();
      }}
    >
      Consultation view
    </button>
  );
}

export function HandoutButton({ onChosen }: ChosenProps) {
  return (
    <button
      type="button"
      onClick={() => {
        explorerStore.getState().openHandout();
        onChosen?.();
      }}
    >
      Handout
    </button>
  );
}

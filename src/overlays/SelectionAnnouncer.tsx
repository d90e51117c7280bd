// Tells screen-reader users what is selected, whichever way it was selected (model, list, search, link).
import { useExplorer } from '../store/use-explorer';
import { displayName } from './display-name';

export function SelectionAnnouncer() {
  const selected = useExplorer((s) => s.selected);
  return (
    <p className="visually-hidden" aria-live="polite">
      {selected ? `Selected: ${displayName(selected)}` : ''}
    </p>
  );
}

// The way to the emergency list, styled as an alert; present in the top bar and in every panel.
import { explorerStore } from '../store/use-explorer';

export interface WarningSignsButtonProps {
  /** Extra class for placement. */
  className?: string;
}

export function WarningSignsButton({ className }: WarningSignsButtonProps) {
  return (
    <button
      type="button"
      className={`warning-button ${className ?? ''}`}
      onClick={() => explorerStore.getState().openWarnings()}
    >
      <span aria-hidden="true">⚠ </span>Warning signs
    </button>
  );
}

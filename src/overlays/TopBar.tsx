// Top edge: the app's name, search, wording, copy link, reset view, and the warning signs.
import { explorerStore } from '../store/use-explorer';
import { CopyLinkButton } from './CopyLinkButton';
import { ModeSwitch } from './ModeSwitch';
import { SearchBox } from './SearchBox';
import { WarningSignsButton } from './WarningSignsButton';

export interface TopBarProps {
  /** Shows the drawer button that opens the left panel on narrow screens. */
  onToggleDrawer: () => void;
  drawerOpen: boolean;
}

export function TopBar({ onToggleDrawer, drawerOpen }: TopBarProps) {
  return (
    <header className="topbar" data-covers-stage>
      <button
        type="button"
        className="drawer-button"
        aria-expanded={drawerOpen}
        aria-controls="left-panel"
        onClick={onToggleDrawer}
      >
        Layers &amp; list
      </button>
      <h1>Upper Back Explorer</h1>
      <SearchBox />
      <ModeSwitch />
      <CopyLinkButton />
      <button type="button" onClick={() => explorerStore.getState().resetView()}>
        Reset view
      </button>
      <WarningSignsButton />
    </header>
  );
}

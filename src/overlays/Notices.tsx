// Polite notices (e.g. parts of a link that named nothing), each dismissible. Never blocks the view.
import { explorerStore, useExplorer } from '../store/use-explorer';

export function Notices() {
  const notices = useExplorer((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => explorerStore.getState().dismissNotice(n.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}

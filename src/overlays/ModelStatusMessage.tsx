// What to say when there is no 3D view: no WebGL on this device, or the model failed to load. Either
// way the structure list and the overlays still teach everything.
import { explorerStore, useExplorer } from '../store/use-explorer';

export function ModelStatusMessage() {
  const status = useExplorer((s) => s.modelStatus);
  const detail = useExplorer((s) => s.modelError);
  if (status === 'no-webgl') {
    return (
      <div className="status-message" role="alert">
        <p>
          <strong>This device or browser cannot show the 3D view</strong> (WebGL is turned off or not supported).
        </p>
        <p>Everything else works: choose a muscle or bone from the structure list to read about it.</p>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="status-message" role="alert">
        <p>
          <strong>The 3D model could not be loaded.</strong> Check the connection and try again. Meanwhile the
          structure list and the information panels still work.
        </p>
        {detail ? <p className="muted">Details: {detail}</p> : null}
        <button type="button" onClick={() => explorerStore.getState().retryModel()}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}

// Resolves once the model has stopped loading: drawn, failed, or impossible to draw (no WebGL).
import type { ExplorerStore } from './explorer-store';

export function modelSettled(store: ExplorerStore): Promise<void> {
  return new Promise((resolve) => {
    const settled = (): boolean => store.getState().modelStatus !== 'loading';
    if (settled()) {
      resolve();
      return;
    }
    const stop = store.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
}

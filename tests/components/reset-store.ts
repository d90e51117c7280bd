// Component tests share the app's store instance; each test starts from its initial state.
import { beforeEach } from 'vitest';
import { explorerStore } from '../../src/store/use-explorer';

const initial = explorerStore.getState();
export function resetStoreBeforeEach(): void {
  beforeEach(() => explorerStore.setState(initial, true));
}

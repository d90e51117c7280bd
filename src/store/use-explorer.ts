// The app's store instance and its hook. Components read with selectors: useExplorer((s) => s.selected).
import { useStore } from 'zustand';
import { structures } from '../../content';
import { buildCatalog } from '../model/catalog';
import { createExplorerStore, type ExplorerState } from './explorer-store';

export const explorerStore = createExplorerStore(buildCatalog(structures));

export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(explorerStore, selector);
}

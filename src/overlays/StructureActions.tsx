// Per-structure view controls: hide, isolate (with the way back), x-ray, and show all.
import { useShallow } from 'zustand/react/shallow';
import { explorerStore, useExplorer } from '../store/use-explorer';

export interface StructureActionsProps {
  node: string;
}

export function StructureActions({ node }: StructureActionsProps) {
  const { hidden, isolated, xray } = useExplorer(
    useShallow((s) => ({
      hidden: s.hidden.includes(node),
      isolated: s.isolated?.includes(node) ?? false,
      xray: s.xray === node,
    })),
  );
  const store = explorerStore.getState;
  return (
    <div className="actions" role="group" aria-label="View">
      <button type="button" onClick={() => (hidden ? store().show(node) : store().hide(node))}>
        {hidden ? 'Show' : 'Hide'}
      </button>
      <button type="button" onClick={() => (isolated ? store().clearIsolation() : store().isolate(node))}>
        {isolated ? 'Show the rest' : 'Isolate'}
      </button>
      <button
        type="button"
        aria-pressed={xray}
        title="See it through whatever covers it"
        onClick={() => store().setXray(xray ? null : node)}
      >
        X-ray
      </button>
      <button type="button" onClick={() => store().showAll()}>
        Show all
      </button>
    </div>
  );
}

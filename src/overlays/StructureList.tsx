// The keyboard twin of the 3D scene: a tree of layer → structure → side that selects, hides and
// isolates exactly as clicks on the model do (same store actions). Arrow keys move, Enter selects,
// H hides or shows, I isolates, X x-rays.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { structures } from '../../content';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { ancestorsOf, buildTree, parentOf, visibleItems, type TreeItem } from './structure-tree';

export function StructureList() {
  const tree = useMemo(() => buildTree(structures), []);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(['layer:superficial']));
  const [focusId, setFocusId] = useState<string>(tree[0]?.id ?? '');
  const selected = useExplorer((s) => s.selected);
  const { hidden, isolated } = useExplorer(useShallow((s) => ({ hidden: s.hidden, isolated: s.isolated })));
  const refs = useRef(new Map<string, HTMLLIElement>());
  const ownFocus = useRef(false);

  // A selection made on the model (or by a link) opens its branch here, so the twin stays in step.
  useEffect(() => {
    if (!selected) return;
    const path = ancestorsOf(tree, selected);
    if (path.length === 0) return;
    setExpanded((prev) => (path.every((p) => prev.has(p)) ? prev : new Set([...prev, ...path])));
    setFocusId(selected);
  }, [selected, tree]);

  useEffect(() => {
    if (ownFocus.current) refs.current.get(focusId)?.focus();
    ownFocus.current = false;
  }, [focusId, expanded]);

  const items = visibleItems(tree, expanded);
  const moveTo = (id: string | undefined): void => {
    if (!id) return;
    ownFocus.current = true;
    setFocusId(id);
  };
  const toggle = (id: string, open?: boolean): void =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const index = items.findIndex((i) => i.id === focusId);
    const item = items[index];
    if (!item) return;
    const store = explorerStore.getState();
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let handled = true;
    switch (key) {
      case 'ArrowDown':
        moveTo(items[index + 1]?.id);
        break;
      case 'ArrowUp':
        moveTo(items[index - 1]?.id);
        break;
      case 'Home':
        moveTo(items[0]?.id);
        break;
      case 'End':
        moveTo(items[items.length - 1]?.id);
        break;
      case 'ArrowRight':
        if (item.children.length > 0) {
          if (expanded.has(item.id)) moveTo(item.children[0]?.id);
          else toggle(item.id, true);
        }
        break;
      case 'ArrowLeft':
        if (item.children.length > 0 && expanded.has(item.id)) toggle(item.id, false);
        else moveTo(parentOf(tree, item.id)?.id);
        break;
      case 'Enter':
      case ' ':
        if (item.node) store.select(item.node);
        else toggle(item.id);
        break;
      case 'h':
        if (item.node) (hidden.includes(item.node) ? store.show : store.hide)(item.node);
        break;
      case 'i':
        if (item.node) (isolated?.includes(item.node) ? store.clearIsolation() : store.isolate(item.node));
        break;
      case 'x':
        if (item.node) store.setXray(store.xray === item.node ? null : item.node);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  const render = (list: readonly TreeItem[]) =>
    list.map((item) => {
      const open = expanded.has(item.id);
      const isHidden = item.node !== undefined && hidden.includes(item.node);
      return (
        <li
          key={item.id}
          ref={(el) => {
            if (el) refs.current.set(item.id, el);
            else refs.current.delete(item.id);
          }}
          role="treeitem"
          aria-level={item.level}
          aria-expanded={item.children.length > 0 ? open : undefined}
          aria-selected={item.node !== undefined ? selected === item.node : undefined}
          tabIndex={item.id === focusId ? 0 : -1}
          className={`tree-item level-${item.level}`}
          onClick={(e) => {
            e.stopPropagation();
            setFocusId(item.id);
            if (item.node) explorerStore.getState().select(item.node);
            else toggle(item.id);
          }}
        >
          <span className="tree-row">
            {item.children.length > 0 ? <span aria-hidden="true" className="twisty">{open ? '▾' : '▸'}</span> : null}
            <span>{item.label}</span>
            {isHidden ? <span className="muted"> (hidden)</span> : null}
          </span>
          {item.children.length > 0 && open ? <ul role="group">{render(item.children)}</ul> : null}
        </li>
      );
    });

  return (
    <section className="structure-list" aria-labelledby="structures-heading">
      <h2 id="structures-heading" className="panel-title">
        Structures
      </h2>
      <p id="structures-help" className="help">
        Arrow keys move · Enter selects · H hides · I isolates · X x-rays
      </p>
      <ul role="tree" aria-label="Structures" aria-describedby="structures-help" onKeyDown={onKeyDown}>
        {render(tree)}
      </ul>
    </section>
  );
}

// One box that finds structures and causes (ARIA combobox with a listbox). Enter picks the highlighted
// hit, or the first; a structure is selected on the model, a cause opens its view.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { causes, structures } from '../../content';
import { nodeName } from '../../contract';
import { explorerStore } from '../store/use-explorer';
import { buildIndex, search, type SearchHit } from './search-index';

function choose(hit: SearchHit): void {
  const store = explorerStore.getState();
  if (hit.kind === 'cause') store.openCause(hit.id);
  else store.select(nodeName(hit.id, hit.paired ? 'left' : 'midline'));
}

export function SearchBox() {
  const index = useMemo(() => buildIndex(structures, causes), []);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => search(index, query), [index, query]);
  const expanded = open && query.trim().length > 0;

  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    choose(hit);
    setQuery(hit.label);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      pick(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    } else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search: “traps”, “shoulder blade”, “posture”…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" hidden={!expanded} className="search-results">
        {expanded && hits.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            No matches
          </li>
        ) : null}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span>{hit.label}</span> <span className="muted">{hit.detail}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

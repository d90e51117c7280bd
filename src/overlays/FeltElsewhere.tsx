// Where a zone reaches past the back the model shows (the arm, the jaw, the chest…), named in words, as
// the body chart draws it; the back itself is painted on the model.
import { bodyRegions } from '../../content';
import type { Felt, Mode } from '../../content/types';

const names = new Map(bodyRegions.map((r) => [r.id, r.name]));

export interface FeltElsewhereProps {
  felt: Felt | undefined;
  mode: Mode;
}

export function FeltElsewhere({ felt, mode }: FeltElsewhereProps) {
  const places = (felt?.elsewhere ?? []).map((id) => names.get(id)?.[mode]).filter((n): n is string => Boolean(n));
  if (places.length === 0) return null;
  return (
    <p className="felt-elsewhere">
      <strong>{mode === 'patient' ? 'Also felt in: ' : 'Beyond the back: '}</strong>
      {places.join(', ')}.
    </p>
  );
}

// Where a zone reaches past the back the model shows (the arm, the jaw, the chest…): named in words and drawn
// on the front-and-back body chart with the back's patches; the back itself is also painted on the model.
import { bodyRegions } from '../../content';
import type { Felt, Mode } from '../../content/types';
import { zoneRects } from '../pain/zones';
import { useExplorer } from '../store/use-explorer';
import { BodyChart } from './BodyChart';

const names = new Map(bodyRegions.map((r) => [r.id, r.name]));

export interface FeltElsewhereProps {
  felt: Felt | undefined;
  mode: Mode;
}

export function FeltElsewhere({ felt, mode }: FeltElsewhereProps) {
  const anchors = useExplorer((s) => s.anchors);
  if (!felt) return null;
  const places = felt.elsewhere.map((id) => names.get(id)?.[mode]).filter((n): n is string => Boolean(n));
  return (
    <div className="felt-elsewhere">
      {places.length > 0 ? (
        <p>
          <strong>{mode === 'patient' ? 'Also felt in: ' : 'Beyond the back: '}</strong>
          {places.join(', ')}.
        </p>
      ) : null}
      <BodyChart mode={mode} zones={zoneRects(felt, anchors)} regions={felt.elsewhere} title="Where it is felt" />
    </div>
  );
}

// Patient or clinician wording for every overlay (and clinicians see anatomy details opened).
import type { Mode } from '../../content/types';
import { explorerStore, useExplorer } from '../store/use-explorer';

const MODES: { value: Mode; label: string }[] = [
  { value: 'patient', label: 'Patient' },
  { value: 'clinician', label: 'Clinician' },
];

export function ModeSwitch() {
  const mode = useExplorer((s) => s.mode);
  return (
    <fieldset className="segmented" role="radiogroup" aria-label="Wording">
      <legend className="visually-hidden">Wording</legend>
      {MODES.map((m) => (
        <label key={m.value} className={mode === m.value ? 'active' : undefined}>
          <input
            type="radio"
            name="mode"
            value={m.value}
            checked={mode === m.value}
            onChange={() => explorerStore.getState().setMode(m.value)}
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}

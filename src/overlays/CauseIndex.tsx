// Every cause of pain between the shoulder blades, by group, emergency ones marked: the differential a
// clinician walks through, and a way in for anyone who starts from a symptom rather than a muscle.
import { causeGroups, causes } from '../../content';
import type { Mode } from '../../content/types';
import { explorerStore } from '../store/use-explorer';
import { UrgencyBadge } from './UrgencyBadge';


export function CauseIndex({ mode }: { mode: Mode }) {
  return (
    <div className="cause-index">
      <h3>Causes of pain between the shoulder blades</h3>
      {causeGroups.map(({ group, title }) => {
        const list = causes.filter((c) => c.group === group);
        return (
          <details key={group} open={group === 'visceral'}>
            <summary>
              {title[mode]} ({list.length})
            </summary>
            <ul className="cause-list">
              {list.map((c) => (
                <li key={c.id} className={c.urgency === 'emergency' ? 'cause-emergency' : undefined}>
                  <button type="button" className="link-button" onClick={() => explorerStore.getState().openCause(c.id)}>
                    {c.name[mode]}
                  </button>
                  {c.urgency === 'emergency' || c.urgency === 'same-day' ? <UrgencyBadge urgency={c.urgency} /> : null}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

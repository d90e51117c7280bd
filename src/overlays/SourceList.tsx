// The references behind everything a panel says, collected from its claims (each claim cites at least
// one source). Open by default for clinicians; one tap away for patients.
import { sourceById } from '../../content';
import type { Claim, Mode } from '../../content/types';

export interface SourceListProps {
  claims: readonly Claim[];
  mode: Mode;
}

export function SourceList({ claims, mode }: SourceListProps) {
  const ids = [...new Set(claims.flatMap((c) => c.sources))];
  return (
    <details className="sources" open={mode === 'clinician'}>
      <summary>Sources ({ids.length})</summary>
      <ol>
        {ids.map((id) => {
          const s = sourceById(id);
          if (!s) return null;
          return (
            <li key={id}>
              {s.citation}
              {s.url ? (
                <>
                  {' '}
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    link
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

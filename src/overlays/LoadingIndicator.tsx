// Progress of the model download, shown until the model is on screen.
import { useExplorer } from '../store/use-explorer';

export function LoadingIndicator() {
  const loading = useExplorer((s) => s.modelStatus === 'loading');
  const value = useExplorer((s) => s.modelProgress);
  if (!loading) return null;
  return (
    <div className="loading">
      <div role="progressbar" aria-label="Loading 3D model" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
        <div className="bar" style={{ width: `${value}%` }} />
      </div>
      <p>Loading the 3D model… {value}%</p>
    </div>
  );
}

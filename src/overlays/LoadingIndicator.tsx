// Progress of the model download, shown until the model is on screen.
import { useProgress } from '@react-three/drei';
import { useExplorer } from '../store/use-explorer';

export function LoadingIndicator() {
  const loading = useExplorer((s) => s.modelStatus === 'loading');
  const { progress } = useProgress();
  if (!loading) return null;
  const value = Math.round(progress);
  return (
    <div className="loading">
      <div role="progressbar" aria-label="Loading 3D model" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
        <div className="bar" style={{ width: `${value}%` }} />
      </div>
      <p>Loading the 3D model… {value}%</p>
    </div>
  );
}

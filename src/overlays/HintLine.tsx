// One line that tells a first-time visitor what they can do; gone after the first interaction. It covers
// the bottom of the stage, so the default view frames the back above it (data-covers-stage).
import { useExplorer } from '../store/use-explorer';

export function HintLine() {
  const show = useExplorer((s) => !s.interacted && s.modelStatus === 'ready');
  if (!show) return null;
  return <p className="hint" data-covers-stage>Drag to turn the back · Scroll or pinch to zoom · Click a muscle to learn about it</p>;
}

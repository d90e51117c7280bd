// One line that tells a first-time visitor what they can do; gone after the first interaction.
import { useExplorer } from '../store/use-explorer';

export function HintLine() {
  const show = useExplorer((s) => !s.interacted && s.modelStatus === 'ready');
  if (!show) return null;
  return <p className="hint">Drag to turn the back · Scroll or pinch to zoom · Click a muscle to learn about it</p>;
}

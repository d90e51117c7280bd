// One line that tells a first-time visitor what they can do; gone after the first interaction. It floats
// low between the panels; the default framing leaves room for it (CameraRig.tsx), so the picture does not
// move when it goes (StageInsets.tsx leaves it out of the insets).
// Narrow screens (touch, mostly) get the short wording, so it stays one line there.
import { useExplorer } from '../store/use-explorer';

export function HintLine() {
  const show = useExplorer((s) => !s.interacted && s.modelStatus === 'ready');
  if (!show) return null;
  return (
    <p className="hint" data-covers-stage>
      <span className="hint-long">Drag to turn the back · Scroll or pinch to zoom · Click a muscle to learn about it</span>
      <span className="hint-short">Drag to turn · Pinch to zoom · Tap a muscle</span>
    </p>
  );
}

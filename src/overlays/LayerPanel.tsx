// The five layer switches, each with its legend colour (the same as on the model) and a fade slider.
import { useShallow } from 'zustand/react/shallow';
import { LAYERS, type Layer, LAYER_COLORS, LAYER_LABELS } from '../../contract';
import { explorerStore, useExplorer } from '../store/use-explorer';

function LayerRow({ layer }: { layer: Layer }) {
  const { visible, opacity } = useExplorer(useShallow((s) => s.layers[layer]));
  const label = LAYER_LABELS[layer];
  const id = `layer-${layer}`;
  const percent = Math.round(opacity * 100);
  return (
    <li className="layer-row">
      <label className="switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={visible}
          onChange={(e) => explorerStore.getState().setLayerVisible(layer, e.target.checked)}
        />
        <span className="swatch" style={{ background: LAYER_COLORS[layer] }} aria-hidden="true" />
        <span>{label}</span>
      </label>
      <input
        className="fade"
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        disabled={!visible}
        aria-label={`${label} opacity`}
        aria-valuetext={`${percent}%`}
        onChange={(e) => explorerStore.getState().setLayerOpacity(layer, Number(e.target.value) / 100)}
      />
    </li>
  );
}

export function LayerPanel() {
  return (
    <section className="layers" aria-labelledby="layers-heading">
      <h2 id="layers-heading" className="panel-title">
        Layers
      </h2>
      <ul>
        {LAYERS.map((l) => (
          <LayerRow key={l} layer={l} />
        ))}
      </ul>
    </section>
  );
}

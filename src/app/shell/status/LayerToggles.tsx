import { useUi } from '../../ui/uiStore.ts';
import type { Layers } from '../../ui/uiStore.ts';
import { LAYER_COLOURS } from '../../canvas/overlayStyle.ts';

const ITEMS: { layer: keyof Layers; label: string; key: string; colour: string }[] = [
  {
    layer: 'words',
    label: 'Words',
    key: 'W',
    colour: 'linear-gradient(90deg, rgb(220,38,38), rgb(245,158,11), rgb(22,163,74))',
  },
  { layer: 'lines', label: 'Lines', key: 'L', colour: LAYER_COLOURS.line },
  { layer: 'paragraphs', label: 'Paragraphs', key: 'P', colour: LAYER_COLOURS.paragraph },
  { layer: 'tables', label: 'Tables', key: 'T', colour: LAYER_COLOURS.table },
];

/** Which overlay layers are drawn (and clickable). */
export function LayerToggles() {
  const layers = useUi((s) => s.layers);
  const toggle = useUi((s) => s.toggleLayer);
  return (
    <div className="layers" role="group" aria-label="Layers">
      {ITEMS.map((it) => (
        <button
          key={it.layer}
          type="button"
          className={layers[it.layer] ? 'layer on' : 'layer'}
          aria-pressed={layers[it.layer]}
          title={`${it.label} (${it.key})`}
          data-testid={`layer-${it.layer}`}
          onClick={() => toggle(it.layer)}
        >
          <span className="layer-swatch" style={{ background: it.colour }} />
          {it.label}
        </button>
      ))}
    </div>
  );
}

import type { ViewLayers } from '../../../model/index.ts';
import { LAYER_COLOURS } from '../../canvas/overlayStyle.ts';
import { ActionButton } from '../../actions/ActionButton.tsx';
import { TextLayerToggles } from '../../textLayers/TextLayerToggles.tsx';

const ITEMS: { layer: keyof ViewLayers; label: string; action: string; colour: string }[] = [
  {
    layer: 'words',
    label: 'Words',
    action: 'toggleWords',
    colour: 'linear-gradient(90deg, rgb(220,38,38), rgb(245,158,11), rgb(22,163,74))',
  },
  { layer: 'lines', label: 'Lines', action: 'toggleLines', colour: LAYER_COLOURS.line },
  { layer: 'paragraphs', label: 'Paragraphs', action: 'toggleParagraphs', colour: LAYER_COLOURS.paragraph },
  { layer: 'tables', label: 'Tables', action: 'toggleTables', colour: LAYER_COLOURS.table },
];

/** Which overlay layers are drawn (and clickable). */
export function LayerToggles() {
  return (
    <div className="layers" role="group" aria-label="Layers">
      {ITEMS.map((it) => (
        <ActionButton
          key={it.layer}
          action={it.action}
          className="layer"
          title={it.label}
          data-testid={`layer-${it.layer}`}
        >
          <span className="layer-swatch" style={{ background: it.colour }} />
          {it.label}
        </ActionButton>
      ))}
      <TextLayerToggles />
    </div>
  );
}

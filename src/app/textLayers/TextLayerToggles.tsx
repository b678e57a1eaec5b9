import { ActionButton } from '../actions/ActionButton.tsx';
import { ORDER_STYLE } from './orderStyle.ts';
import { useTextLayers } from './textLayerStore.ts';

/** The text-in-place and reading-order toggles, beside the overlay's in the layers group. */
export function TextLayerToggles() {
  const order = useTextLayers((s) => s.order);
  const unit = useTextLayers((s) => s.orderUnit);
  return (
    <>
      <ActionButton action="toggleText" className="layer" title="Text in place" data-testid="layer-text">
        <span className="layer-swatch layer-swatch-text">A</span>
        Text
      </ActionButton>
      <ActionButton action="toggleOrder" className="layer" title="Reading order" data-testid="layer-order">
        <span className="layer-swatch" style={{ background: ORDER_STYLE.next.colour }} />
        Order
      </ActionButton>
      {order && (
        <ActionButton
          action="cycleOrderUnit"
          className="layer layer-unit"
          title={`Reading order numbers ${unit}; switch to ${unit === 'words' ? 'lines' : 'words'}`}
          data-testid="order-unit"
          data-unit={unit}
        >
          by {unit}
        </ActionButton>
      )}
    </>
  );
}

import { create } from 'zustand';
import type { OrderUnit } from '../../model/textLayer/readingPath.ts';

/**
 * The text-in-place and reading-order layers (issue 15 §5, §6). `text` null = automatic: on when
 * the page has no image (a response opened without its document can only be read that way),
 * off over an image. `flick` is true while the hold key shows the text instead of the image.
 */
export interface TextLayersState {
  text: boolean | null;
  order: boolean;
  orderUnit: OrderUnit;
  flick: boolean;
}

export const useTextLayers = create<TextLayersState>()(() => ({
  text: null,
  order: false,
  orderUnit: 'words',
  flick: false,
}));

/** Whether the text layer is on for a document with (or without) a page image. */
export const textLayerOn = (s: Pick<TextLayersState, 'text'>, hasImage: boolean): boolean =>
  s.text ?? !hasImage;

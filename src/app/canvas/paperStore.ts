import { create } from 'zustand';

/**
 * Whether the page image is drawn over the white paper. A feature hides it for a moment (the
 * text layer's hold-to-flick key) without the canvas knowing which feature asked.
 */
export const usePaper = create<{ rasterHidden: boolean }>()(() => ({ rasterHidden: false }));

export const setRasterHidden = (rasterHidden: boolean) => usePaper.setState({ rasterHidden });

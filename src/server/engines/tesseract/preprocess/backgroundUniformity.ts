/**
 * Share of pixels within ±`tolerance` grey levels of the most common level. Scans and rendered
 * documents have one flat paper tone (≥ 0.96 on the project's samples); photos have lighting
 * gradients and backgrounds (0.17 on the receipt photo, 0.23 on the label crop).
 */
export function backgroundUniformity(grey: Uint8Array, tolerance = 12): number {
  if (grey.length === 0) return 1;
  const hist = new Uint32Array(256);
  for (let i = 0; i < grey.length; i++) hist[grey[i]]++;
  let mode = 0;
  for (let i = 1; i < 256; i++) if (hist[i] > hist[mode]) mode = i;
  let near = 0;
  for (let i = Math.max(0, mode - tolerance); i <= Math.min(255, mode + tolerance); i++) near += hist[i];
  return near / grey.length;
}

/** Below this uniformity a page is treated as a photo. */
export const CLEAN_BACKGROUND_MIN = 0.8;

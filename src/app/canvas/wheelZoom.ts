/** Zoom factor for one wheel event: pinch gestures arrive as ctrl+wheel with small deltas, mice as larger steps. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const k = ctrlKey ? 0.01 : 0.0015;
  // Clamp so one violent event cannot jump more than ~2x.
  return Math.exp(-Math.max(-500, Math.min(500, px)) * k);
}

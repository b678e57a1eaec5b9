/**
 * Runs `work` after the next frame has been produced (an animation frame, then a task), so what
 * was just committed is drawn before it; returns a cancel. For the big follow-up work of opening a
 * large response (the whole parse, the full model) that must not delay page 1.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const raf = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}

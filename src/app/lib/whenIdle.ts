/**
 * Resolves once `first` has settled and then the browser is idle: secondary work (thumbnails)
 * waits for the page the user is looking at, instead of competing with it for the main thread
 * and pdf.js's worker.
 */
export function whenIdle(first: Promise<unknown>, timeoutMs = 2000): Promise<void> {
  const settled = first.then(
    () => {},
    () => {},
  );
  return settled.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: timeoutMs });
        else setTimeout(resolve, 0);
      }),
  );
}

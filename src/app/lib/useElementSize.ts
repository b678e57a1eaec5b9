import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The element's content size in CSS px, kept current with a ResizeObserver. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Measured before the first paint too: the page can then be fitted before it is first drawn,
  // instead of being drawn at a stale zoom and again a frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

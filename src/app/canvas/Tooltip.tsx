import { useEffect, useRef } from 'react';
import type { DocumentModel } from '../../model/index.ts';
import { hoverStore } from '../ui/hoverStore.ts';
import { targetInfo } from '../../model/document/targetInfo.ts';
import { sameTarget } from '../../model/document/target.ts';
import type { Target } from '../../model/document/target.ts';
import { formatPercent } from '../lib/format.ts';

const KIND_LABEL = {
  word: 'Word',
  line: 'Line',
  paragraph: 'Paragraph',
  cell: 'Cell',
  table: 'Table',
} as const;

/**
 * The hover tooltip: a plain DOM element moved and filled directly from the hover store (no React
 * render per mouse move). Text is set through textContent, so response text stays inert.
 */
export function Tooltip({ doc }: { doc: DocumentModel | null }) {
  const box = useRef<HTMLDivElement>(null);
  const kind = useRef<HTMLSpanElement>(null);
  const conf = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let shown: Target | null = null;
    let size = { w: 0, h: 0 };
    let at: { x: number; y: number } | null = null;
    // Window size, cached: reading innerWidth can force a layout pass.
    let win = { w: window.innerWidth, h: window.innerHeight };
    const onResize = () => (win = { w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    // Keep it inside the window: flip left/up near the right/bottom edges.
    const place = () => {
      const el = box.current;
      if (!el || !at) return;
      const { w, h } = size;
      const x = at.x + 14 + w > win.w ? at.x - 14 - w : at.x + 14;
      const y = at.y + 18 + h > win.h ? at.y - 12 - h : at.y + 18;
      el.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
    };
    const update = () => {
      const el = box.current;
      const { target, client } = hoverStore.get();
      const info = doc && target ? targetInfo(doc, target) : null;
      if (!el || !info || !target || !client) {
        if (el) el.style.display = 'none';
        shown = null;
        return;
      }
      // Content only when the target changes; moves just translate. The size comes from a
      // ResizeObserver (after the frame's layout, before paint) rather than a forced layout here,
      // which would cost milliseconds per hover with a long text panel on the page.
      if (!sameTarget(shown, target)) {
        kind.current!.textContent = KIND_LABEL[target.kind];
        conf.current!.textContent = info.confidence === null ? '' : formatPercent(info.confidence);
        text.current!.textContent = info.text || '(empty)';
        el.style.display = 'block';
        shown = target;
      }
      at = client;
      place();
    };
    const observer = new ResizeObserver((entries) => {
      const b = entries.at(-1)?.borderBoxSize?.[0];
      if (!b) return;
      size = { w: b.inlineSize, h: b.blockSize };
      place();
    });
    if (box.current) observer.observe(box.current);
    update();
    const off = hoverStore.subscribe(update);
    return () => {
      off();
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  }, [doc]);

  return (
    <div ref={box} className="tooltip" role="tooltip" data-testid="tooltip" style={{ display: 'none' }}>
      <div className="tooltip-head">
        <span ref={kind} className="tooltip-kind" />
        <span ref={conf} className="tooltip-conf" />
      </div>
      <div ref={text} className="tooltip-text" />
    </div>
  );
}

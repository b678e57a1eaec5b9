import { useEffect, useRef } from 'react';
import type { DocumentModel } from '../../model/index.ts';
import { hoverStore } from '../state/hoverStore.ts';
import { targetInfo } from '../state/targetInfo.ts';
import { sameTarget } from '../state/target.ts';
import type { Target } from '../state/target.ts';
import { formatPercent } from '../panels/format.ts';

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
    const update = () => {
      const el = box.current;
      const { target, client } = hoverStore.get();
      const info = doc && target ? targetInfo(doc, target) : null;
      if (!el || !info || !target || !client) {
        if (el) el.style.display = 'none';
        shown = null;
        return;
      }
      // Content (and a layout read for its size) only when the target changes; moves just translate.
      if (!sameTarget(shown, target)) {
        kind.current!.textContent = KIND_LABEL[target.kind];
        conf.current!.textContent = info.confidence === null ? '' : formatPercent(info.confidence);
        text.current!.textContent = info.text || '(empty)';
        el.style.display = 'block';
        size = { w: el.offsetWidth, h: el.offsetHeight };
        shown = target;
      }
      // Keep it inside the window: flip left/up near the right/bottom edges.
      const { w, h } = size;
      const x = client.x + 14 + w > window.innerWidth ? client.x - 14 - w : client.x + 14;
      const y = client.y + 18 + h > window.innerHeight ? client.y - 12 - h : client.y + 18;
      el.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
    };
    update();
    return hoverStore.subscribe(update);
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

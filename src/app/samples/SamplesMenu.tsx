import { useEffect, useRef, useState } from 'react';
import { SamplesGallery } from './SamplesGallery.tsx';

/** The toolbar's "Samples" button: the gallery as a drop-down, closed by a pick, Escape or a click outside. */
export function SamplesMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="samples-menu" ref={root}>
      <button
        type="button"
        className={open ? 'btn btn-ghost on' : 'btn btn-ghost'}
        data-testid="samples-menu"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
      >
        Samples
      </button>
      {open && (
        <div className="samples-popover">
          <SamplesGallery compact onPick={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

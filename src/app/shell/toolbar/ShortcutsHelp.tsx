import { useEffect, useState } from 'react';
import { SHORTCUTS } from '../../keyboard/keymap.ts';
import { isTypingTarget } from '../../lib/isTypingTarget.ts';

/** A "?" button (and the ? key) listing the keyboard shortcuts; Esc or ? again closes it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '?') {
        e.preventDefault();
        setOpen((o) => !o);
      } else if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="help">
      <button
        type="button"
        className="icon-btn"
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        aria-expanded={open}
        aria-controls="shortcuts-help"
        data-testid="shortcuts-button"
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && (
        <div
          id="shortcuts-help"
          className="popover"
          role="dialog"
          aria-label="Keyboard shortcuts"
          data-testid="shortcuts-help"
          onMouseLeave={() => setOpen(false)}
        >
          <h2 className="popover-title">Keyboard shortcuts</h2>
          <table>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.keys}>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

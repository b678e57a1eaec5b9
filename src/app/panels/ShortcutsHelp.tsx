import { useState } from 'react';
import { SHORTCUTS } from '../keyboard/keymap.ts';

/** A "?" button listing the keyboard shortcuts. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  return (
    <div className="help">
      <button
        type="button"
        className="icon-btn"
        title="Keyboard shortcuts"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && (
        <div
          className="popover"
          role="dialog"
          aria-label="Keyboard shortcuts"
          onMouseLeave={() => setOpen(false)}
        >
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

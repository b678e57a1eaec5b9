import { ActionButton } from '../../actions/ActionButton.tsx';
import { closeHelp, useHelp } from '../../actions/help.ts';
import { helpRows } from '../../actions/registry.ts';

/** A "?" button (and the ? key) listing the keyboard shortcuts, from the action registry; Esc or ? again closes it. */
export function ShortcutsHelp() {
  const open = useHelp((s) => s.open);
  return (
    <div className="help">
      <ActionButton
        action="toggleHelp"
        className="icon-btn"
        aria-label="Keyboard shortcuts"
        aria-pressed={undefined}
        aria-expanded={open}
        aria-controls="shortcuts-help"
        data-testid="shortcuts-button"
      >
        ?
      </ActionButton>
      {open && (
        <div
          id="shortcuts-help"
          className="popover"
          role="dialog"
          aria-label="Keyboard shortcuts"
          data-testid="shortcuts-help"
          onMouseLeave={closeHelp}
        >
          <h2 className="popover-title">Keyboard shortcuts</h2>
          <table>
            <tbody>
              {helpRows().map((s) => (
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

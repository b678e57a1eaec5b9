import { keyLabel } from '../projects/runKey.ts';
import { useReportUi } from './reportStore.ts';

/** Which option sets the report compares, and in which order (the first is the reference). */
export function SetPicker({
  projectId,
  available,
  keys,
}: {
  projectId: string;
  available: readonly { key: string; documents: number }[];
  keys: readonly string[];
}) {
  const setKeys = useReportUi((s) => s.setKeys);
  const toggle = (key: string) =>
    setKeys(projectId, keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]);
  const move = (key: string, by: -1 | 1) => {
    const i = keys.indexOf(key);
    const j = i + by;
    if (i < 0 || j < 0 || j >= keys.length) return;
    const next = keys.slice();
    [next[i], next[j]] = [next[j], next[i]];
    setKeys(projectId, next);
  };
  const unchosen = available.filter((a) => !keys.includes(a.key));
  const count = (key: string) => available.find((a) => a.key === key)?.documents ?? 0;
  return (
    <div className="set-picker" data-testid="set-picker">
      <span className="field-label">Option sets</span>
      <ol className="set-chosen">
        {keys.map((k, i) => (
          <li key={k} className="set-chip on" data-testid="set-chosen" data-key={k}>
            <span className="set-order">{i + 1}</span>
            <span title={`${count(k)} documents have a finished run of this set`}>{keyLabel(k)}</span>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Move ${keyLabel(k)} earlier`}
              disabled={i === 0}
              onClick={() => move(k, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Move ${keyLabel(k)} later`}
              disabled={i === keys.length - 1}
              onClick={() => move(k, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Leave ${keyLabel(k)} out`}
              data-testid="set-remove"
              onClick={() => toggle(k)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {unchosen.map((a) => (
        <button
          key={a.key}
          type="button"
          className="set-chip"
          data-testid="set-add"
          data-key={a.key}
          onClick={() => toggle(a.key)}
          title={`Add to the report (${a.documents} documents)`}
        >
          + {keyLabel(a.key)}
        </button>
      ))}
    </div>
  );
}

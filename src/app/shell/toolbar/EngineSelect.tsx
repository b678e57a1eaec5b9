import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchEngines } from '../../run/engines.ts';
import { useUi } from '../../ui/uiStore.ts';
import { useAccessKey } from '../../run/accessKey.ts';

/** Engines from the relay; an unavailable one is listed disabled with the reason. */
export function EngineSelect() {
  const engine = useUi((s) => s.options.engine);
  const setOptions = useUi((s) => s.setOptions);
  const q = useQuery({
    queryKey: ['engines'],
    queryFn: ({ signal }) => fetchEngines(signal),
    staleTime: 60_000,
  });
  const list = q.data;
  const accessKey = useAccessKey((s) => s.key);
  const setAccessKey = useAccessKey((s) => s.setKey);

  // Preselect the relay's preferred engine once the list arrives (or when the chosen one vanished).
  useEffect(() => {
    if (!list) return;
    const current = list.engines.find((e) => e.name === engine);
    if ((!current || !current.available) && list.preferred && list.preferred !== engine)
      setOptions({ engine: list.preferred });
  }, [list, engine, setOptions]);

  const chosen = list?.engines.find((e) => e.name === engine);
  const unavailable = list?.engines.filter((e) => !e.available) ?? [];
  const title = unavailable.length
    ? unavailable.map((e) => `${e.label}: unavailable — ${e.reason ?? 'no reason given'}`).join('\n')
    : 'OCR engine behind the relay';

  return (
    <>
      <label className="field" title={title}>
        <span className="field-label">Engine</span>
        <select
          className="select"
          data-testid="engine-select"
          aria-label="OCR engine"
          value={chosen ? engine : ''}
          disabled={!list}
          onChange={(e) => setOptions({ engine: e.target.value })}
        >
          {!list && <option value="">{q.isError ? 'Relay unreachable' : 'Loading…'}</option>}
          {list?.engines.length === 0 && <option value="">No engine</option>}
          {list?.engines.map((e) => (
            <option key={e.name} value={e.name} disabled={!e.available}>
              {e.available ? e.label : `${e.label} — ${e.reason ?? 'unavailable'}`}
            </option>
          ))}
        </select>
      </label>
      {list?.accessKeyRequired && (
        <input
          className="select"
          type="password"
          autoComplete="off"
          placeholder="Relay access key"
          aria-label="Relay access key"
          data-testid="access-key"
          value={accessKey}
          onChange={(e) => setAccessKey(e.target.value)}
        />
      )}
    </>
  );
}

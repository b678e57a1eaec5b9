import type { ListQuery, SortKey, StatusFilter } from './listView.ts';
import { keyLabel } from './runKey.ts';

const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'All',
  done: 'Done',
  failed: 'Failed',
  running: 'Running',
  queued: 'Queued',
  none: 'Not run',
};

/** Filter by name and status, sort, and which option set's results the columns show. */
export function ListControls({
  query,
  setQuery,
  counts,
  shown,
  keys,
  pick,
}: {
  query: ListQuery;
  setQuery: (q: ListQuery) => void;
  counts: Record<StatusFilter, number>;
  shown: string;
  keys: string[];
  pick: (key: string) => void;
}) {
  const allKeys = keys.includes(shown) ? keys : [shown, ...keys];
  return (
    <div className="list-controls">
      <input
        className="select"
        type="search"
        placeholder="Filter by name"
        aria-label="Filter by name"
        data-testid="list-filter-text"
        value={query.text}
        onChange={(e) => setQuery({ ...query, text: e.target.value })}
      />
      <label className="field">
        <span className="field-label">Status</span>
        <select
          className="select"
          data-testid="list-filter-status"
          value={query.status}
          onChange={(e) => setQuery({ ...query, status: e.target.value as StatusFilter })}
        >
          {(Object.keys(STATUS_LABELS) as StatusFilter[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]} ({counts[s]})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Sort</span>
        <select
          className="select"
          data-testid="list-sort"
          value={query.sort}
          onChange={(e) => setQuery({ ...query, sort: e.target.value as SortKey })}
        >
          <option value="name">Name</option>
          <option value="pages">Pages</option>
          <option value="status">Status (failed first)</option>
        </select>
      </label>
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        data-testid="list-sort-direction"
        title={query.descending ? 'Descending' : 'Ascending'}
        onClick={() => setQuery({ ...query, descending: !query.descending })}
      >
        {query.descending ? '↓ Descending' : '↑ Ascending'}
      </button>
      <div className="toolbar-spacer" />
      <label
        className="field"
        title="The option set whose status, confidence and doubtful words the list shows"
      >
        <span className="field-label">Results of</span>
        <select
          className="select"
          data-testid="list-shown-key"
          value={shown}
          onChange={(e) => pick(e.target.value)}
        >
          {allKeys.map((k) => (
            <option key={k} value={k}>
              {keyLabel(k)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

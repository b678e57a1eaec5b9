import type { CompareCounts } from '../../model/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useCompare } from './compareStore.ts';
import type { CompareData } from './useCompareData.ts';
import { DIFF_COLOURS } from './diffColours.ts';
import { tableSummary } from './tableSummary.ts';

const KINDS: (keyof CompareCounts)[] = ['changed', 'missing', 'extra', 'confidence', 'same'];

const pct = (c: number) => `${(c * 100).toFixed(1)}%`;

/** Run pickers, the diff counts (document and page), the tables line and the picked pair. */
export function CompareSummary({ data }: { data: CompareData }) {
  const { runs, a, b, result, lookup } = data;
  const setRuns = useCompare((s) => s.setRuns);
  const selected = useCompare((s) => s.selected);
  const close = useCompare((s) => s.setOpen);
  const page = useUi((s) => s.page);
  if (!a || !b || !result || !lookup) return null;
  const pageCounts = result.pages.find((p) => p.pageIndex === page)?.counts;
  const tables = tableSummary(result.tables);
  const aId =
    selected?.side === 'a'
      ? selected.wordId
      : selected
        ? (lookup.partnerOfB.get(selected.wordId) ?? null)
        : null;
  const bId =
    selected?.side === 'b'
      ? selected.wordId
      : selected
        ? (lookup.partnerOfA.get(selected.wordId) ?? null)
        : null;
  const wa = aId !== null ? a.doc.words[aId] : null;
  const wb = bId !== null ? b.doc.words[bId] : null;
  const kind = selected
    ? (selected.side === 'a' ? lookup.kindA : lookup.kindB).get(selected.wordId)
    : undefined;

  const select = (which: 'a' | 'b', id: string) =>
    which === 'a'
      ? setRuns(id, id === b.run.id ? a.run.id : b.run.id)
      : setRuns(id === a.run.id ? b.run.id : a.run.id, id);

  return (
    <div className="compare-summary">
      <div className="compare-runs">
        <RunPicker side="A" runs={runs} value={a.run.id} onChange={(id) => select('a', id)} />
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          aria-label="Swap runs A and B"
          title="Swap A and B"
          onClick={() => setRuns(b.run.id, a.run.id)}
        >
          ⇄
        </button>
        <RunPicker side="B" runs={runs} value={b.run.id} onChange={(id) => select('b', id)} />
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          data-testid="compare-close"
          onClick={() => close(false)}
        >
          Close compare
        </button>
      </div>
      <div className="compare-counts" aria-live="polite">
        {KINDS.map((k) => (
          <span
            key={k}
            className="compare-count"
            data-kind={k}
            title={`${DIFF_COLOURS[k].label} words, whole document`}
          >
            <i style={{ background: DIFF_COLOURS[k].fill, borderColor: DIFF_COLOURS[k].stroke }} />
            <b>{result.counts[k]}</b> {DIFF_COLOURS[k].label.toLowerCase()}
            {pageCounts && result.pages.length > 1 && <span className="muted"> ({pageCounts[k]} here)</span>}
          </span>
        ))}
        {tables && (
          <span className="compare-tables" data-testid="compare-tables">
            Tables: {tables}
          </span>
        )}
      </div>
      {!selected && (
        <div className="compare-picked muted">Click a word on either side to see it next to its partner.</div>
      )}
      {selected && (
        <div className="compare-picked" data-testid="compare-picked" data-kind={kind ?? ''}>
          <span
            className="compare-picked-kind"
            style={{ color: kind ? DIFF_COLOURS[kind].stroke : undefined }}
          >
            {kind ? DIFF_COLOURS[kind].label : ''}
          </span>
          <span>
            A: {wa ? <q>{wa.text}</q> : <em>none</em>}{' '}
            {wa && <span className="muted">{pct(wa.confidence)}</span>}
          </span>
          <span aria-hidden="true">→</span>
          <span>
            B: {wb ? <q>{wb.text}</q> : <em>none</em>}{' '}
            {wb && <span className="muted">{pct(wb.confidence)}</span>}
          </span>
        </div>
      )}
    </div>
  );
}

/** One side's run picker. */
function RunPicker(props: {
  side: 'A' | 'B';
  runs: CompareData['runs'];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{props.side}</span>
      <select
        className="select"
        data-testid={`compare-run-${props.side.toLowerCase()}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.runs.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </label>
  );
}

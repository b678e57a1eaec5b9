import { memo, useState } from 'react';

const PAGE = 100;

interface Props {
  name: string | number | null;
  value: unknown;
  depth: number;
  openDepth: number;
}

/** One value of the JSON tree; objects and arrays fold, long arrays show 100 entries at a time. */
export const JsonNode = memo(function JsonNode({ name, value, depth, openDepth }: Props) {
  const [open, setOpen] = useState(depth < openDepth);
  const [shown, setShown] = useState(PAGE);
  const label =
    name === null ? null : <span className="j-key">{typeof name === 'number' ? name : `"${name}"`}: </span>;

  if (value === null || typeof value !== 'object') {
    return (
      <div className="j-row" style={{ paddingLeft: depth * 14 }}>
        <span className="j-toggle-pad" />
        {label}
        <Scalar value={value} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string | number, unknown][] = isArray
    ? (value as unknown[]).map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  const [openB, closeB] = isArray ? ['[', ']'] : ['{', '}'];
  return (
    <>
      <div className="j-row" style={{ paddingLeft: depth * 14 }}>
        <button type="button" className="j-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'}
        </button>
        {label}
        <span className="j-punct">{openB}</span>
        {!open && (
          <button type="button" className="j-summary" onClick={() => setOpen(true)}>
            {entries.length}{' '}
            {isArray ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'key' : 'keys'}
          </button>
        )}
        {!open && <span className="j-punct">{closeB}</span>}
      </div>
      {open &&
        entries
          .slice(0, shown)
          .map(([k, v]) => <JsonNode key={k} name={k} value={v} depth={depth + 1} openDepth={openDepth} />)}
      {open && entries.length > shown && (
        <div className="j-row" style={{ paddingLeft: (depth + 1) * 14 }}>
          <button type="button" className="link" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
          </button>
        </div>
      )}
      {open && (
        <div className="j-row" style={{ paddingLeft: depth * 14 }}>
          <span className="j-toggle-pad" />
          <span className="j-punct">{closeB}</span>
        </div>
      )}
    </>
  );
});

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className="j-str">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="j-num">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="j-bool">{String(value)}</span>;
  if (value === null) return <span className="j-null">null</span>;
  return <span className="j-null">{String(value)}</span>;
}

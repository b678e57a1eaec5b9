import type { ReactNode } from 'react';
import type { DocumentModel, Point } from '../../../model/index.ts';
import type { Target } from '../../../model/document/target.ts';
import { useUi } from '../../ui/uiStore.ts';
import { hoverStore } from '../../ui/hoverStore.ts';
import { ConfidenceBadge } from '../widgets/ConfidenceBadge.tsx';
import { formatCoord, formatPercent } from '../../lib/format.ts';

// The building blocks of the inspector's views, shared by Inspector and CellDetails.

export function Heading({
  kind,
  text,
  tagClass = '',
  empty = '(empty)',
}: {
  kind: string;
  text: string;
  tagClass?: string;
  empty?: string;
}) {
  return (
    <header className="insp-head">
      <span className={tagClass ? `kind-tag ${tagClass}` : 'kind-tag'}>{kind}</span>
      <div className="insp-text" data-testid="inspector-text">
        {text || <span className="muted">{empty}</span>}
      </div>
    </header>
  );
}

export function Props({ children }: { children: ReactNode }) {
  return <dl className="props">{children}</dl>;
}

export function Row({ k, children }: { k: string; children: ReactNode }) {
  return (
    <>
      <dt>{k}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * Enough for the three lines a link shows (inspector.css clamps it). A paragraph of a dense page
 * holds ~100,000 characters: laid out whole, each change of its text (a proofreading edit) cost a
 * 400 ms layout.
 */
const LINK_CHARS = 400;

function shortened(text: string): string {
  if (text.length <= LINK_CHARS) return text;
  // Not between the two halves of a character outside the BMP.
  const cut = /[\uD800-\uDBFF]/.test(text[LINK_CHARS - 1]) ? LINK_CHARS - 1 : LINK_CHARS;
  return `${text.slice(0, cut)}…`;
}

/** A link-like button that selects another target; hovering it highlights that target on the canvas. */
export function TargetLink({ target, text }: { target: Target; text: string }) {
  const select = useUi((s) => s.select);
  return (
    <button
      type="button"
      className="link"
      onClick={() => select(target)}
      onMouseEnter={() => hoverStore.set(target)}
      onMouseLeave={() => hoverStore.set(null)}
    >
      {shortened(text).replace(/\n/g, ' ⏎ ') || '(empty)'}
    </button>
  );
}

export function WordChips({ doc, ids }: { doc: DocumentModel; ids: number[] }) {
  const select = useUi((s) => s.select);
  return (
    <>
      <h4 className="sub">Words</h4>
      <div className="chips">
        {ids.map((id) => {
          const w = doc.words[id];
          return (
            <button
              key={id}
              type="button"
              className="chip"
              title={formatPercent(w.confidence)}
              onClick={() => select({ kind: 'word', id })}
              onMouseEnter={() => hoverStore.set({ kind: 'word', id })}
              onMouseLeave={() => hoverStore.set(null)}
            >
              {w.text}
              <ConfidenceBadge value={w.confidence} />
            </button>
          );
        })}
      </div>
    </>
  );
}

export function Vertices({ poly }: { poly: Point[] }) {
  return (
    <>
      <h4 className="sub">Vertices</h4>
      <table className="vertices">
        <thead>
          <tr>
            <th>#</th>
            <th>x</th>
            <th>y</th>
          </tr>
        </thead>
        <tbody>
          {poly.map((p, i) => (
            <tr key={i}>
              <td>v{i}</td>
              <td>{formatCoord(p.x)}</td>
              <td>{formatCoord(p.y)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

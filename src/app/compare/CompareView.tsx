import { useEffect, useRef } from 'react';
import { fitView } from '../../model/geometry/coords.ts';
import { useUi } from '../ui/uiStore.ts';
import { useElementSize } from '../lib/useElementSize.ts';
import { useCompare } from './compareStore.ts';
import { useCompareData } from './useCompareData.ts';
import { CompareSummary } from './CompareSummary.tsx';
import { CompareStage } from './CompareStage.tsx';
import { DIFF_COLOURS } from './diffColours.ts';
import './compare.css';

/**
 * Two runs of the open document side by side under one shared view (pan and zoom move both),
 * words coloured by how they differ, with the counts from compareDocuments.
 */
export function CompareView() {
  const data = useCompareData();
  const { a, b, result, lookup } = data;
  const selected = useCompare((s) => s.selected);
  const page = useUi((s) => s.page);
  const fitMode = useUi((s) => s.fitMode);
  const panes = useRef<HTMLDivElement>(null);
  const size = useElementSize(panes);
  const shown = a?.pages[page] ?? null;
  const pw = shown?.width ?? 0;
  const ph = shown?.height ?? 0;
  // Each side is half the panes' width (less the gap and label); fit the page into one side.
  const sideW = Math.max(1, (size.width - 8) / 2);
  const sideH = Math.max(1, size.height - 28);
  useEffect(() => {
    if (!fitMode || pw === 0 || size.width === 0) return;
    useUi
      .getState()
      .setView(fitView('page', { width: pw, height: ph }, { width: sideW, height: sideH }), fitMode);
  }, [fitMode, pw, ph, sideW, sideH, size.width, page]);

  if (!a || !b || !result || !lookup) {
    return (
      <div className="compare-view compare-empty" data-testid="compare-view">
        <p>
          Compare needs two results of this document. Change an option (version, language, Tables or engine)
          and run OCR again, or open a saved response together with the document.
        </p>
        <button type="button" className="btn" onClick={() => useCompare.getState().setOpen(false)}>
          Back to the page
        </button>
      </div>
    );
  }
  const partnerInA = selected?.side === 'b' ? (lookup.partnerOfB.get(selected.wordId) ?? null) : null;
  const partnerInB = selected?.side === 'a' ? (lookup.partnerOfA.get(selected.wordId) ?? null) : null;
  return (
    <div
      className="compare-view"
      data-testid="compare-view"
      data-changed={result.counts.changed}
      data-missing={result.counts.missing}
      data-extra={result.counts.extra}
      data-confidence={result.counts.confidence}
      data-same={result.counts.same}
      role="region"
      aria-label="Compare two runs"
    >
      <CompareSummary data={data} />
      <div className="compare-panes" ref={panes}>
        <CompareStage side="a" data={a} kindOf={lookup.kindA} partnerId={partnerInA} />
        <CompareStage side="b" data={b} kindOf={lookup.kindB} partnerId={partnerInB} />
      </div>
      <div className="compare-legend" aria-hidden="true">
        {(['changed', 'missing', 'extra', 'confidence', 'same'] as const).map((k) => (
          <span key={k}>
            <i style={{ background: DIFF_COLOURS[k].fill, borderColor: DIFF_COLOURS[k].stroke }} />
            {DIFF_COLOURS[k].label}
          </span>
        ))}
      </div>
    </div>
  );
}

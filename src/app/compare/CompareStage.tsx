import { useRef } from 'react';
import { Layer } from '../canvas/konva.ts';
import { PageStage } from '../canvas/PageStage.tsx';
import { useElementSize } from '../lib/useElementSize.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocStore } from '../document/docStore.ts';
import type { DiffKind } from '../../model/index.ts';
import type { CompareSideData } from './useCompareData.ts';
import type { CompareSide } from './compareStore.ts';
import { useCompare } from './compareStore.ts';
import { DiffShape } from './DiffShape.tsx';
import { PickedWord } from './PickedWord.tsx';
import { useComparePointer } from './useComparePointer.ts';

interface Props {
  side: CompareSide;
  data: CompareSideData;
  kindOf: Map<number, DiffKind>;
  /** The partner, in this run, of the word picked on the other side. */
  partnerId: number | null;
}

/** One run of the compare view: the page, its words coloured by diff kind, under the shared view. */
export function CompareStage({ side, data, kindOf, partnerId }: Props) {
  const source = useDocStore((s) => s.source);
  const pageIndex = useUi((s) => s.page);
  const view = useUi((s) => s.view);
  const selected = useCompare((s) => s.selected);
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  useComparePointer(container, data.hits, pageIndex, side);
  const page = data.pages[pageIndex] ?? null;
  const ownId = selected?.side === side ? selected.wordId : null;
  const pickedId = ownId ?? partnerId;
  const picked = pickedId !== null ? data.doc.words[pickedId] : undefined;

  return (
    <div className="compare-side">
      <div className="compare-side-label">
        <span className="compare-side-tag">{side.toUpperCase()}</span>
        <span className="compare-side-name" title={data.run.label}>
          {data.run.label}
        </span>
      </div>
      <div
        ref={container}
        className="compare-stage"
        data-testid={`compare-stage-${side}`}
        data-scale={view.scale.toFixed(4)}
        data-x={view.x.toFixed(1)}
        data-y={view.y.toFixed(1)}
        data-picked={pickedId ?? ''}
        aria-label={`Run ${side.toUpperCase()}: ${data.run.label}`}
      >
        {page && size.width > 0 && (
          <PageStage source={source} page={page} view={view} viewport={size}>
            <Layer listening={false}>
              <DiffShape doc={data.doc} pageIndex={pageIndex} kindOf={kindOf} />
              {picked && picked.pageIndex === pageIndex && (
                <PickedWord poly={picked.poly} partner={ownId === null} />
              )}
            </Layer>
          </PageStage>
        )}
      </div>
    </div>
  );
}

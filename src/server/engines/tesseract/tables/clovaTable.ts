import type { Cell, Table } from '../../../../clova/index.ts';
import type { TableLayout } from './cellLayout.ts';
import { cellTextLines } from './cellText.ts';
import type { PlacedWord } from './placeWords.ts';
import type { Frame } from './frame.ts';
import { boxToPoly, meanConfidence } from './quad.ts';

/**
 * Builds one CLOVA table. `wordsByCell[i]` are the words of `layout.cells[i]`. Cells come out
 * column-major (columnIndex, then rowIndex), the order CLOVA uses.
 */
export function toClovaTable(layout: TableLayout, wordsByCell: PlacedWord[][], frame: Frame): Table {
  const { xs, ys } = layout;
  const cells: Cell[] = layout.cells
    .map((box, i) => ({ box, words: wordsByCell[i] }))
    .sort((a, b) => a.box.col - b.box.col || a.box.row - b.box.row)
    .map(({ box, words }) => ({
      cellTextLines: cellTextLines(words, frame),
      boundingPoly: boxToPoly(
        { x0: xs[box.col], y0: ys[box.row], x1: xs[box.col + box.colSpan], y1: ys[box.row + box.rowSpan] },
        frame,
      ),
      inferConfidence: meanConfidence(words.map((w) => w.word.confidence)),
      rowSpan: box.rowSpan,
      rowIndex: box.row,
      columnSpan: box.colSpan,
      columnIndex: box.col,
    }));
  return {
    cells,
    boundingPoly: boxToPoly({ x0: xs[0], y0: ys[0], x1: xs[xs.length - 1], y1: ys[ys.length - 1] }, frame),
    inferConfidence: meanConfidence(wordsByCell.flat().map((w) => w.word.confidence)),
  };
}

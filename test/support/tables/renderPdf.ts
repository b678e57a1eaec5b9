import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { OcrWord } from '../../../src/server/engines/tesseract/tables/types.ts';
import type { TableSpec } from './renderPage.ts';

/**
 * Writes a one-page PDF holding a ruled table (spec in PDF points, y measured from the top like an
 * image) and returns the words' boxes in pixels at `dpi`, as OCR of the rasterised page would.
 */
export async function renderTablePdf(
  spec: TableSpec,
  page: { width: number; height: number; fontSize: number },
  dpi: number,
): Promise<{ pdf: Uint8Array; words: OcrWord[] }> {
  const doc = await PDFDocument.create();
  const pdfPage = doc.addPage([page.width, page.height]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const fs = page.fontSize;
  const k = dpi / 72;
  const flip = (y: number) => page.height - y;
  const words: OcrWord[] = [];
  const colX = [spec.x];
  for (const w of spec.colWidths) colX.push(colX[colX.length - 1] + w);
  const rowY = [spec.y];
  for (const h of spec.rowHeights) rowY.push(rowY[rowY.length - 1] + h);
  const line = (x0: number, y0: number, x1: number, y1: number) =>
    pdfPage.drawLine({
      start: { x: x0, y: flip(y0) },
      end: { x: x1, y: flip(y1) },
      thickness: spec.stroke ?? 0.75,
      color: rgb(0, 0, 0),
    });
  for (const cell of spec.cells) {
    const x0 = colX[cell.col];
    const y0 = rowY[cell.row];
    const x1 = colX[cell.col + (cell.colSpan ?? 1)];
    const y1 = rowY[cell.row + (cell.rowSpan ?? 1)];
    line(x0, y0, x1, y0);
    line(x0, y1, x1, y1);
    line(x0, y0, x0, y1);
    line(x1, y0, x1, y1);
    cell.lines.forEach((text, i) => {
      let cursor = x0 + fs * 0.5;
      const baseline = y0 + fs * 1.3 + i * fs * 1.4;
      for (const token of text.split(' ').filter(Boolean)) {
        pdfPage.drawText(token, { x: cursor, y: flip(baseline), size: fs, font });
        const width = font.widthOfTextAtSize(token, fs);
        const top = (baseline - fs * 0.75) * k;
        const bottom = (baseline + fs * 0.2) * k;
        words.push({
          text: token,
          confidence: 0.95,
          poly: [
            { x: cursor * k, y: top },
            { x: (cursor + width) * k, y: top },
            { x: (cursor + width) * k, y: bottom },
            { x: cursor * k, y: bottom },
          ],
        });
        cursor += width + font.widthOfTextAtSize(' ', fs);
      }
    });
  }
  return { pdf: await doc.save(), words };
}
